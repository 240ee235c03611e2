import type {Lang} from '../shared/lang';
import type {PageTexts} from '../shared/page-texts';
import {sendToBackground} from './background-link';

/**
 * Our texts in the languages this page shows, asked from the background once per language and kept for the page's
 * life (issue #14: the content script carries no catalog). `get` answers at once with what is here and asks for
 * what is missing; `arrived` is called when it comes, so the overlay renders again. A failed request (the
 * background restarting for an update) is asked again at the next `get`.
 */
export class PageTextsCache {
	readonly #arrived: () => void;
	readonly #texts = new Map<Lang, PageTexts>();
	readonly #asked = new Set<Lang>();

	constructor(arrived: () => void) {
		this.#arrived = arrived;
	}

	get(lang: Lang): PageTexts | undefined {
		const texts = this.#texts.get(lang);
		if (texts || this.#asked.has(lang)) return texts;
		this.#asked.add(lang);
		sendToBackground({type: 'bg:page-texts', lang}).then(
			(arrived) => {
				this.#texts.set(lang, arrived);
				this.#arrived();
			},
			() => this.#asked.delete(lang),
		);
		return undefined;
	}

	/** The overlay's texts (UI language) and the portal's (its templates), once both are here. */
	forPage(uiLang: Lang, portalLang: Lang): {texts: PageTexts; portalTexts: PageTexts} | undefined {
		const [texts, portalTexts] = [this.get(uiLang), this.get(portalLang)];
		return texts && portalTexts ? {texts, portalTexts} : undefined;
	}
}
