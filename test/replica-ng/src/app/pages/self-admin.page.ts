import {Component, inject} from '@angular/core';
import {MatButtonModule} from '@angular/material/button';
import {MatFormFieldModule} from '@angular/material/form-field';
import {MatInputModule} from '@angular/material/input';
import {ObButtonModule} from '@oblique/oblique';
import {PortalTexts} from '../i18n/portal-texts.service';

/**
 * The self-service side (`/portal/selfadminservice/…`, e.g. the onboarding link of the completed page): not the
 * admin portal (no user-management navigation), so the extension must stay away.
 */
@Component({
	selector: 'app-self-admin',
	imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ObButtonModule],
	template: `
		<div class="self-admin">
			<h1>{{ t.text('selfAdminTitle') }}</h1>
			<h2>{{ t.text('selfAdminOnboarding') }}</h2>
			<p>{{ t.text('selfAdminIntro') }}</p>
			<form (submit)="$event.preventDefault()">
				<mat-form-field>
					<mat-label>{{ t.text('selfAdminCode') }}</mat-label>
					<input matInput type="text" />
				</mat-form-field>
				<button type="submit" mat-button obButton="primary">{{ t.text('selfAdminSubmit') }}</button>
			</form>
		</div>
	`,
})
export class SelfAdminPage {
	protected readonly t = inject(PortalTexts);
}
