import {TranslateLoader, type TranslationObject} from '@ngx-translate/core';
import {of, type Observable} from 'rxjs';
import {isLang, type Lang} from '../../../../replica/src/i18n/lang';
import {label} from '../../../../replica/src/i18n/labels';
import obliqueDe from '../../../node_modules/@oblique/oblique/assets/i18n/oblique-de.json';
import obliqueEn from '../../../node_modules/@oblique/oblique/assets/i18n/oblique-en.json';
import obliqueFr from '../../../node_modules/@oblique/oblique/assets/i18n/oblique-fr.json';
import obliqueIt from '../../../node_modules/@oblique/oblique/assets/i18n/oblique-it.json';

const OBLIQUE: Readonly<Record<Lang, TranslationObject>> = {de: obliqueDe, fr: obliqueFr, it: obliqueIt, en: obliqueEn};

/** Translation keys of the main navigation (Oblique translates navigation labels with ngx-translate). */
export const NAV_KEYS = {
	home: 'portal.nav.home',
	userManagement: 'portal.nav.userManagement',
	delegated: 'portal.nav.delegated',
} as const;

/**
 * ngx-translate's loader without HTTP: Oblique's own translations and the navigation labels are bundled, so the
 * replica makes no request for them (Oblique's default loader fetches `./assets/i18n/*.json`).
 */
export class BundledTranslateLoader implements TranslateLoader {
	getTranslation(lang: string): Observable<TranslationObject> {
		const language: Lang = isLang(lang) ? lang : 'de';
		return of({
			...OBLIQUE[language],
			[NAV_KEYS.home]: label(language, 'home', 'topTabHome'),
			[NAV_KEYS.userManagement]: label(language, 'home', 'topTabUserManagement'),
			[NAV_KEYS.delegated]: label(language, 'home', 'userManagementMenuDelegated'),
		});
	}
}
