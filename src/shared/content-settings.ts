import {toLang, type Lang} from './lang';
import type {Settings} from './settings-schema';

// The settings a portal page needs, and nothing more (the superuser's name or phone have no business there). The
// background reads and validates the settings and sends this part (`bg:settings-load`); no zod in the content
// script (issue #14). Only type imports from settings-schema.ts: it is erased from the content script's bundle.

export type ContentSettings = Pick<
	Settings,
	'uiLanguage' | 'customTemplates' | 'supportAddress' | 'trainingEnvironment'
>;

/** The defaults of these settings (a unit test holds them to DEFAULT_SETTINGS): used until the background answers. */
export const CONTENT_DEFAULTS: Readonly<ContentSettings> = {
	uiLanguage: 'auto',
	customTemplates: {de: [], fr: [], it: [], en: []},
	supportAddress: '',
	trainingEnvironment: false,
};

/** The part of `settings` a portal page gets. */
export function contentSettings(settings: ContentSettings): ContentSettings {
	const {uiLanguage, customTemplates, supportAddress, trainingEnvironment} = settings;
	return {uiLanguage, customTemplates, supportAddress, trainingEnvironment};
}

/**
 * The language to show our UI in: the fixed choice, or for 'auto' the portal's language (content script), else
 * the browser's (popup, options page), else German, the portal's own default.
 */
export function resolveUiLanguage(
	settings: Pick<Settings, 'uiLanguage'>,
	portalLang?: string | null,
	browserLang?: string | null,
): Lang {
	if (settings.uiLanguage !== 'auto') return settings.uiLanguage;
	return toLang(portalLang) ?? toLang(browserLang) ?? 'de';
}
