import {Component, inject} from '@angular/core';
import {DestroyRef} from '@angular/core';
import {takeUntilDestroyed} from '@angular/core/rxjs-interop';
import {MatButtonModule} from '@angular/material/button';
import {NavigationEnd, Router, RouterOutlet} from '@angular/router';
import {TranslateService} from '@ngx-translate/core';
import {ObButtonModule, ObMasterLayoutModule, type ObINavigationLink} from '@oblique/oblique';
import {ToastModule} from 'primeng/toast';
import {filter, merge} from 'rxjs';
import {SIGNED_IN_USER} from '../../../replica/src/data/superuser';
import {routeOf, routePath, siteOf} from '../../../replica/src/state/routes';
import {NAV_KEYS} from './i18n/bundled-translate-loader';
import {PortalTexts} from './i18n/portal-texts.service';
import {SESSION} from './session';

/**
 * The shell: Oblique's master layout (header with the language switch, main navigation `Home | Benutzermanagement ﹀`
 * with its sub-menu, footer, spinner) around the routed page, and PrimeNG's toast for confirmations. The sign-in page
 * has no portal layout; the self-service site has no navigation.
 */
@Component({
	selector: 'app-root',
	imports: [RouterOutlet, ObMasterLayoutModule, ObButtonModule, MatButtonModule, ToastModule],
	templateUrl: './app.component.html',
})
export class AppComponent {
	protected readonly session = inject(SESSION);
	protected readonly t = inject(PortalTexts);
	protected readonly site = siteOf(window.location.pathname);
	protected readonly signedInUser = SIGNED_IN_USER;
	protected readonly navigation: ObINavigationLink[] =
		this.site === 'admin'
			? [
					{url: routePath('home'), label: NAV_KEYS.home, id: 'home'},
					{
						url: routePath('units').replace(/\/units$/, ''),
						label: NAV_KEYS.userManagement,
						id: 'user-management',
						children: [{url: 'units', label: NAV_KEYS.delegated, id: 'delegated'}],
					},
				]
			: [];

	constructor() {
		const router = inject(Router);
		merge(
			router.events.pipe(filter((event) => event instanceof NavigationEnd)),
			inject(TranslateService).onLangChange,
		)
			.pipe(takeUntilDestroyed(inject(DestroyRef)))
			.subscribe(() => (document.title = this.title()));
	}

	/** Like the classic replica: `<page title> - eIAM`, the sign-in and self-service pages their own. */
	private title(): string {
		if (this.site === 'login') return `CH-LOGIN - ${this.t.text('loginTitle')}`;
		if (this.site === 'self-admin') return `eIAM - ${this.t.text('selfAdminTitle')}`;
		const titles = {
			home: this.t.label('home', 'topTabHome'),
			units: this.t.label('unitSelection', 'title'),
			users: this.t.label('userSelection', 'title'),
			permissions: this.t.label('permissions', 'title'),
			overview: this.t.label('overview', 'title'),
			completed: this.t.label('completed', 'title'),
		};
		return `${titles[routeOf(window.location.pathname) ?? 'home']} - eIAM`;
	}

	protected signOut(): void {
		this.session.signOut();
	}
}
