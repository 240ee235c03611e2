import {Component, DestroyRef, inject, signal} from '@angular/core';
import {takeUntilDestroyed} from '@angular/core/rxjs-interop';
import {FormsModule} from '@angular/forms';
import {MatButtonModule} from '@angular/material/button';
import {MatFormFieldModule} from '@angular/material/form-field';
import {MatInputModule} from '@angular/material/input';
import {ObButtonModule} from '@oblique/oblique';
import {APPLICATION, rolesOf} from '../../../../replica/src/data/roles';
import type {PortalUser, Profile} from '../../../../replica/src/data/users';
import {PortalTexts} from '../i18n/portal-texts.service';
import {Notifier} from '../notifier.service';
import {pageData} from '../page-data';
import {PortalApi} from '../portal-api.service';
import {PortalNavigation} from '../portal-navigation.service';
import {SESSION} from '../session';
import {SummaryTable} from '../ui/summary-table';

/**
 * Overview (enreg_manu_*): summary, `Erteilte Berechtigungen  Mehr anzeigen`, the mandatory justification (a Material
 * textarea), `Onboarding manuell starten` / `Benachrichtigungs-E-Mail senden`, both disabled until the justification
 * holds text (ngModel listens to `input` events, so a value set by script does not count).
 */
@Component({
	selector: 'app-overview',
	imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ObButtonModule, SummaryTable],
	templateUrl: './overview.page.html',
})
export class OverviewPage {
	protected readonly session = inject(SESSION);
	protected readonly t = inject(PortalTexts);
	private readonly api = inject(PortalApi);
	private readonly notifier = inject(Notifier);
	private readonly navigation = inject(PortalNavigation);
	private readonly destroyRef = inject(DestroyRef);
	protected readonly loaded = pageData(() => true);
	protected readonly application = APPLICATION;
	protected justification = '';
	protected readonly expanded = signal(false);
	protected readonly sending = signal(false);

	protected user(): PortalUser | undefined {
		return this.session.managedUser;
	}

	protected profile(): Profile | undefined {
		const profiles = this.user()?.profiles ?? [];
		return profiles.find((candidate) => candidate.id === this.session.state.profileId) ?? profiles[0];
	}

	protected rolesOf(businessRole: string): readonly string[] {
		return rolesOf(businessRole);
	}

	protected ready(): boolean {
		return this.justification.trim() !== '' && !this.sending();
	}

	protected showMore(event: Event): void {
		event.preventDefault();
		this.expanded.set(true);
	}

	protected back(): void {
		void this.navigation.go('permissions');
	}

	/** Starts the onboarding by hand (always a new code) or sends the notification e-mail (see the classic page). */
	protected finish(notification: boolean): void {
		const user = this.user();
		if (!user || !this.ready()) return;
		this.sending.set(true);
		const justification = this.justification;
		this.api
			.request(() => {
				this.session.updateUser(user.extId, (draft) => {
					if (!notification || draft.onboardingStatus !== 'completed') this.session.issueCode(draft);
				});
				this.session.patch((state) => (state.lastJustification = justification));
			})
			.pipe(takeUntilDestroyed(this.destroyRef))
			.subscribe(() => {
				void this.navigation.go('completed').then(() => {
					if (notification) this.notifier.notify('notificationSent', {email: user.email});
				});
			});
	}
}
