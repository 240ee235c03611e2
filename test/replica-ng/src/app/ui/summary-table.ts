import {Component, inject, input} from '@angular/core';
import {findUnit} from '../../../../replica/src/data/units';
import type {PortalUser} from '../../../../replica/src/data/users';
import {PortalTexts} from '../i18n/portal-texts.service';
import {SESSION} from '../session';

/** The one-row summary over the permissions and overview pages, as an Oblique CSS table. */
@Component({
	selector: 'app-summary-table',
	template: `
		<table class="ob-table ob-table-cicd summary-table">
			<thead>
				<tr>
					<th>{{ t.label(page(), 'colUnit') }}</th>
					<th>{{ t.label(page(), 'colFirstName') }}</th>
					<th>{{ t.label(page(), 'colLastName') }}</th>
					<th>{{ t.label(page(), 'colEmail') }}</th>
					<th>{{ t.label(page(), 'colPhone') }}</th>
					<th>{{ t.label(page(), 'colUserId') }}</th>
				</tr>
			</thead>
			<tbody>
				<tr>
					<td>{{ unitName() }}</td>
					<td>{{ user().firstName }}</td>
					<td>{{ user().lastName }}</td>
					<td>{{ user().email }}</td>
					<td>{{ user().phone }}</td>
					<td>{{ user().extId }}</td>
				</tr>
			</tbody>
		</table>
	`,
})
export class SummaryTable {
	readonly user = input.required<PortalUser>();
	readonly page = input.required<'permissions' | 'overview'>();
	protected readonly t = inject(PortalTexts);
	private readonly session = inject(SESSION);

	protected unitName(): string {
		return findUnit(this.session.state.unitId)?.name ?? '';
	}
}
