import {toLang, type Lang} from '../shared/lang';
import type {PageTexts} from '../shared/page-texts';
import {resolveUiLanguage, type ContentSettings} from '../shared/content-settings';
import {guideBook, type GuideBook} from './guides-link';
import {pageTextsCache} from './page-texts-link';
import {CONTENT_DEFAULTS, followSettings} from './settings-link';

export type PageSupplies = {
	readonly settings: ContentSettings;
	readonly guides: GuideBook;
	/** The texts of the overlay as last rendered (the review's export writes its CSV in them). */
	readonly shownTexts: PageTexts | undefined;
	/** Follows the settings until `signal` aborts; the launcher appears once the guides are here. */
	start(signal: AbortSignal): void;
	/**
	 * Our texts in the UI language and the portal's (its templates), once they and the guides are here: until then
	 * the overlay waits (a message's round trip).
	 */
	forPage(portalLang: Lang): {texts: PageTexts; portalTexts: PageTexts} | undefined;
};

/**
 * What the background supplies a portal page (issue #14: the content script carries no catalog, no guides, no
 * settings schema): the settings, the guides and our texts in the languages the page needs. `changed` is called
 * whenever one of them arrives or changes, so the overlay renders again.
 */
export function pageSupplies(changed: () => void): PageSupplies {
	let settings: ContentSettings = CONTENT_DEFAULTS;
	let shownTexts: PageTexts | undefined;
	const guides = guideBook();
	const texts = pageTextsCache(changed);
	const forPage = (portalLang: Lang): {texts: PageTexts; portalTexts: PageTexts} | undefined => {
		const uiLang = resolveUiLanguage(settings, portalLang, navigator.language);
		const both = texts.forPage(uiLang, portalLang);
		if (!both || !guides.loaded) return undefined;
		shownTexts = both.texts;
		return both;
	};
	// Asked now, beside the portal's labels (main.ts), for the language the page declares: the one detection
	// finds unless the page's words say otherwise (language.ts), so the first render seldom waits again.
	forPage(toLang(document.documentElement.getAttribute('lang')) ?? 'de');
	return {
		get settings() {
			return settings;
		},
		guides,
		get shownTexts() {
			return shownTexts;
		},
		start(signal) {
			followSettings((followed) => {
				settings = followed;
				changed();
			}, signal);
			void guides.ready.then(changed);
		},
		forPage,
	};
}
