import {provideHttpClient} from '@angular/common/http';
import {inject, provideAppInitializer, provideZoneChangeDetection, type ApplicationConfig} from '@angular/core';
import {provideAnimationsAsync} from '@angular/platform-browser/animations/async';
import {provideRouter} from '@angular/router';
import {TranslateLoader, TranslateService} from '@ngx-translate/core';
import {ObMasterLayoutConfig, provideObliqueConfiguration} from '@oblique/oblique';
import {definePreset} from '@primeuix/themes';
import Nora from '@primeuix/themes/nora';
import {MessageService} from 'primeng/api';
import {PrimeNG, providePrimeNG} from 'primeng/config';
import {isLang, LANGS} from '../../../replica/src/i18n/lang';
import {routePath, siteOf} from '../../../replica/src/state/routes';
import type {ReplicaStore} from '../../../replica/src/state/store';
import {BundledTranslateLoader} from './i18n/bundled-translate-loader';
import {PRIMENG_TEXTS} from './i18n/primeng-texts';
import {PORTAL_ROUTES} from './portal-routes';
import {SESSION} from './session';

/** Oblique's master layout as the portal would set it up: four languages, our home, the language switch only. */
function configureMasterLayout(config: ObMasterLayoutConfig): void {
	config.homePageRoute = routePath('home');
	config.locale.locales = [...LANGS];
	config.locale.defaultLanguage = 'de';
	config.layout.hasMainNavigation = siteOf(window.location.pathname) === 'admin';
	config.header.serviceNavigation.displayLanguages = true;
	config.header.serviceNavigation.displayInfo = false;
	config.header.serviceNavigation.displayApplications = false;
	config.header.serviceNavigation.displayProfile = false;
	config.header.serviceNavigation.displayAuthentication = false;
	config.header.serviceNavigation.displayMessage = false;
}

/** Where Oblique's language service keeps the last language; it starts with that one. */
const OBLIQUE_LANGUAGE_KEY = 'oblique_lang';

/**
 * The session's language rules: it starts in the scenario's language (Oblique would start with the last one it
 * stored), and a switch in Oblique's header changes the session, `<html lang>` and PrimeNG's words.
 */
function followLanguage(session: ReplicaStore): void {
	configureMasterLayout(inject(ObMasterLayoutConfig));
	localStorage.setItem(OBLIQUE_LANGUAGE_KEY, session.lang);
	const translate = inject(TranslateService);
	const primeng = inject(PrimeNG);
	translate.onLangChange.subscribe(({lang}) => {
		if (!isLang(lang)) return;
		primeng.setTranslation(PRIMENG_TEXTS[lang]);
		if (lang !== session.lang) session.setLang(lang);
	});
	translate.use(session.lang);
}

/**
 * PrimeNG's Nora theme with a blue primary colour: the portal's grids show PrimeNG's classic blue for the selected
 * row and the active page (#007ad9 in the screenshots), not Nora's default green.
 */
const PORTAL_THEME = definePreset(Nora, {
	semantic: {
		primary: Object.fromEntries(
			[50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950].map((shade) => [shade, `{blue.${shade}}`]),
		),
	},
});

export function appConfig(session: ReplicaStore): ApplicationConfig {
	return {
		providers: [
			{provide: SESSION, useValue: session},
			provideZoneChangeDetection({eventCoalescing: true}),
			provideRouter(PORTAL_ROUTES),
			provideHttpClient(),
			provideAnimationsAsync(),
			provideObliqueConfiguration({
				accessibilityStatement: {
					applicationName: 'eIAM',
					applicationOperator: 'FOITT',
					contact: {emails: ['eiam@bit.admin.ch']},
					conformity: 'none',
				},
			}),
			// After Oblique's configuration, so it replaces Oblique's HTTP loader (no requests for translations).
			{provide: TranslateLoader, useClass: BundledTranslateLoader},
			providePrimeNG({
				theme: {preset: PORTAL_THEME, options: {darkModeSelector: false}},
				translation: PRIMENG_TEXTS[session.lang],
			}),
			MessageService,
			provideAppInitializer(() => followLanguage(session)),
		],
	};
}
