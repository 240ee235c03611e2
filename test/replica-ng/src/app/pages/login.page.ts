import {Component, inject} from '@angular/core';
import {MatButtonModule} from '@angular/material/button';
import {MatCardModule} from '@angular/material/card';
import {MatFormFieldModule} from '@angular/material/form-field';
import {MatInputModule} from '@angular/material/input';
import {ObButtonModule} from '@oblique/oblique';
import {returnTarget} from '../../../../replica/src/state/routes';
import {PortalTexts} from '../i18n/portal-texts.service';
import {SESSION} from '../session';

/**
 * A CH-LOGIN look-alike sign-in page (`/portal/login?return=<path>`) without the portal's layout. Signing in is one
 * click; it returns with a full page load, like the real redirect.
 */
@Component({
	selector: 'app-login',
	imports: [MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, ObButtonModule],
	template: `
		<main class="login-page">
			<mat-card class="login-card">
				<mat-card-content>
					<div class="login-brand">CH-LOGIN</div>
					<h1>{{ t.text('loginTitle') }}</h1>
					<p>{{ t.text('loginIntro') }}</p>
					<form (submit)="signIn($event)">
						<mat-form-field>
							<mat-label>{{ t.text('loginEmail') }}</mat-label>
							<input matInput type="text" value="amandine.favre@ti.ch" readonly />
						</mat-form-field>
						<button type="submit" mat-button obButton="primary">{{ t.text('loginButton') }}</button>
					</form>
				</mat-card-content>
			</mat-card>
		</main>
	`,
})
export class LoginPage {
	protected readonly t = inject(PortalTexts);
	private readonly session = inject(SESSION);

	protected signIn(event: Event): void {
		event.preventDefault();
		this.session.signIn();
		window.location.assign(returnTarget(window.location.href));
	}
}
