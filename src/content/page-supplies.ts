import {toLang, type Lang} from '../shared/lang';
import type {PageTexts} from '../shared/page-texts';
import {resolveUiLanguage, type ContentSettings} from '../shared/content-settings';
import {GuideBook} from './guides-link';
import {PageTextsCache} from './page-texts-link';
import {CONTENT_DEFAULTS, followSettings} from './settings-link';

/**
 * What the background supplies a portal page (issue #14: the content script carries no catalog, no guides, no
 * settings schema): the settings, the guides and our texts in the languages the page needs. `changed` is called
 * whenever one of them arrives or changes, so the overlay renders again.
 */
export class PageSupplies {
	settings: ContentSettings = CONTENT_DEFAULTS;
	readonly guides = new GuideBook();
	/** The texts of the overlay as last rendered (the review's export writes its CSV in them). */
	shownTexts: PageTexts | undefined;
	readonly #texts: PageTextsCache;
	readonly #changed: () => void;

	constructor(changed: () => void) {
		this.#changed = changed;
		this.#texts = new PageTextsCache(changed);
		// Asked now, beside the portal's labels (main.ts), for the language the page declares: the one detection
		// finds unless the page's words say otherwise (language.ts), so the first render seldom waits again.
		const declared = toLang(document.documentElement.getAttribute('lang')) ?? 'de';
		this.forPage(declared);
	}

	/** Follows the settings until `signal` aborts; the launcher appears once the guides are here. */
	start(signal: AbortSignal): void {
		followSettings((settings) => {
			this.settings = settings;
			this.#changed();
		}, signal);
		void this.guides.ready.then(() => this.#changed());
	}

	/**
	 * Our texts in the UI language and the portal's (its templates), once they and the guides are here: until then
	 * the overlay waits (a message's round trip).
	 */
	forPage(portalLang: Lang): {texts: PageTexts; portalTexts: PageTexts} | undefined {
		const uiLang = resolveUiLanguage(this.settings, portalLang, navigator.language);
		const texts = this.#texts.forPage(uiLang, portalLang);
		if (!texts || !this.guides.loaded) return undefined;
		this.shownTexts = texts.texts;
		return texts;
	}
}
