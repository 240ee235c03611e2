import {Component, inject} from '@angular/core';
import {FormsModule} from '@angular/forms';
import {MatButtonModule} from '@angular/material/button';
import {MatCheckboxModule} from '@angular/material/checkbox';
import {ObButtonModule} from '@oblique/oblique';
import {SIGNED_IN_USER} from '../../../../replica/src/data/superuser';
import {PortalTexts} from '../i18n/portal-texts.service';
import {pageData} from '../page-data';
import {SESSION} from '../session';

/** Home (gestion_del_*): "Willkommen"; with `terms=1`, the terms-of-use step first (cond_util_*). */
@Component({
	selector: 'app-home',
	imports: [FormsModule, MatButtonModule, MatCheckboxModule, ObButtonModule],
	template: `
		@if (loaded()) {
			@if (session.showTerms) {
				<div class="terms-of-use">
					<p class="welcome">{{ t.label('home', 'welcome') }} {{ signedInUser }}</p>
					<p>{{ t.label('termsOfUse', 'intro') }}</p>
					<mat-checkbox [(ngModel)]="accepted" class="terms-accept">
						<strong
							>{{ t.label('termsOfUse', 'checkboxLabelBefore')
							}}<a href="#" (click)="$event.preventDefault()">{{
								t.label('termsOfUse', 'checkboxLabelLink')
							}}</a
							>{{ t.label('termsOfUse', 'checkboxLabelAfter') }}</strong
						>
					</mat-checkbox>
					<div class="page-actions">
						<button
							type="button"
							mat-button
							obButton="primary"
							[disabled]="!accepted"
							(click)="session.acceptTerms()"
						>
							{{ t.label('termsOfUse', 'continueButton') }}
						</button>
					</div>
				</div>
			} @else {
				<p class="welcome">{{ t.label('home', 'welcome') }}</p>
			}
		}
	`,
})
export class HomePage {
	protected readonly session = inject(SESSION);
	protected readonly t = inject(PortalTexts);
	protected readonly signedInUser = SIGNED_IN_USER;
	protected readonly loaded = pageData(() => true);
	protected accepted = false;
}
