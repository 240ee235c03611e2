import type {VNode} from 'preact';
import {findUnit} from '../data/units';
import type {PortalUser} from '../data/users';
import {label} from '../i18n/labels';
import {useStore} from '../state/use-store';

/**
 * The one-row summary over the permissions and overview pages (`Unit | Vorname | Nachname | E-Mail-Adresse |
 * Telefonnummer | Benutzer-ID`): an Oblique CSS table.
 */
export function SummaryTable({user, page}: {user: PortalUser; page: 'permissions' | 'overview'}): VNode {
	const store = useStore();
	const t = (key: 'colUnit' | 'colFirstName' | 'colLastName' | 'colEmail' | 'colPhone' | 'colUserId'): string =>
		label(store.lang, page, key);
	return (
		<table class="table ob-table ob-table-cicd summary-table">
			<thead>
				<tr>
					<th>{t('colUnit')}</th>
					<th>{t('colFirstName')}</th>
					<th>{t('colLastName')}</th>
					<th>{t('colEmail')}</th>
					<th>{t('colPhone')}</th>
					<th>{t('colUserId')}</th>
				</tr>
			</thead>
			<tbody key={store.revision}>
				<tr>
					<td>{findUnit(store.state.unitId)?.name}</td>
					<td>{user.firstName}</td>
					<td>{user.lastName}</td>
					<td>{user.email}</td>
					<td>{user.phone}</td>
					<td>{user.extId}</td>
				</tr>
			</tbody>
		</table>
	);
}
