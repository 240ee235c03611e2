import {toLang, type Lang} from './lang';
import type {Settings} from './settings-schema';

/**
 * The language to show our UI in: the fixed choice, or for 'auto' the portal's language (the overlay, built by the
 * background for a portal page), else the browser's (popup, options page), else German, the portal's own default.
 */
export function resolveUiLanguage(
	settings: Pick<Settings, 'uiLanguage'>,
	portalLang?: string | null,
	browserLang?: string | null,
): Lang {
	if (settings.uiLanguage !== 'auto') return settings.uiLanguage;
	return toLang(portalLang) ?? toLang(browserLang) ?? 'de';
}
