import {Component, DestroyRef, inject, signal} from '@angular/core';
import {takeUntilDestroyed} from '@angular/core/rxjs-interop';
import {MatButtonModule} from '@angular/material/button';
import {MatCardModule} from '@angular/material/card';
import {ObAlertModule, ObButtonModule} from '@oblique/oblique';
import {timer} from 'rxjs';
import {ONBOARDING_LINK} from '../../../../replica/src/i18n/labels';
import {lateAlertsDelay} from '../../../../replica/src/state/scenario';
import {PortalTexts} from '../i18n/portal-texts.service';
import {Notifier} from '../notifier.service';
import {pageData} from '../page-data';
import {PortalApi} from '../portal-api.service';
import {PortalNavigation} from '../portal-navigation.service';
import {SESSION} from '../session';

/**
 * Completed (onboarding_*): light title, Oblique success and info alerts (`ob-alert`), the `Onboarding-Link:` card
 * (Material card) with person, link and code; `Andere Benutzer verwalten`, `Drucken`, `Onboarding-Code per E-Mail
 * senden`, `Schliessen`. Sending the code answers with a toast. With `alerts=late` the alerts come after the data and
 * the buttons, as from a second request.
 */
@Component({
	selector: 'app-completed',
	imports: [MatButtonModule, MatCardModule, ObAlertModule, ObButtonModule],
	templateUrl: './completed.page.html',
})
export class CompletedPage {
	protected readonly session = inject(SESSION);
	protected readonly t = inject(PortalTexts);
	private readonly api = inject(PortalApi);
	private readonly notifier = inject(Notifier);
	private readonly navigation = inject(PortalNavigation);
	private readonly destroyRef = inject(DestroyRef);
	protected readonly loaded = pageData(() => true);
	protected readonly alertsShown = signal(this.session.scenario.alerts !== 'late');
	protected readonly sending = signal(false);
	protected readonly onboardingLink = ONBOARDING_LINK;

	constructor() {
		if (!this.alertsShown()) {
			// The second source answers a while after the page's own data (which comes after the delay).
			timer(this.session.delay + lateAlertsDelay(this.session.delay))
				.pipe(takeUntilDestroyed(this.destroyRef))
				.subscribe(() => this.alertsShown.set(true));
		}
	}

	protected user() {
		return this.session.managedUser;
	}

	protected manageOthers(): void {
		this.session.patch((state) => (state.listSelection = undefined));
		void this.navigation.go('users');
	}

	protected print(): void {
		window.print();
	}

	protected close(): void {
		void this.navigation.go('home');
	}

	protected sendCode(): void {
		const user = this.user();
		if (!user || this.sending()) return;
		this.sending.set(true);
		this.api
			.request(() => this.session.updateUser(user.extId, (draft) => (draft.codeSentAt = Date.now())))
			.pipe(takeUntilDestroyed(this.destroyRef))
			.subscribe(() => {
				this.sending.set(false);
				this.notifier.notify('codeSent', {email: user.email});
			});
	}
}
