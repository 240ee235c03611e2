import type {Lang} from '../shared/lang';
import type {PageTexts} from '../shared/page-texts';
import {sendToBackground} from './background-link';

/** Our texts per language for one page, asked from the background as the page needs them. */
export type PageTextsCache = {
	get(lang: Lang): PageTexts | undefined;
	/** The overlay's texts (UI language) and the portal's (its templates), once both are here. */
	forPage(uiLang: Lang, portalLang: Lang): {texts: PageTexts; portalTexts: PageTexts} | undefined;
};

/**
 * Our texts in the languages this page shows, asked from the background once per language and kept for the page's
 * life (issue #14: the content script carries no catalog). `get` answers at once with what is here and asks for
 * what is missing; `arrived` is called when it comes, so the overlay renders again. A failed request (the
 * background restarting for an update) is asked again at the next `get`.
 */
export function pageTextsCache(arrived: () => void): PageTextsCache {
	/** Every language asked for, with its texts once they are here. */
	const asked = new Map<Lang, PageTexts | undefined>();
	const get = (lang: Lang): PageTexts | undefined => {
		if (!asked.has(lang)) {
			asked.set(lang, undefined);
			sendToBackground({type: 'bg:page-texts', lang}).then(
				(answer) => {
					asked.set(lang, answer);
					arrived();
				},
				() => asked.delete(lang),
			);
		}
		return asked.get(lang);
	};
	return {
		get,
		forPage(uiLang, portalLang) {
			const [texts, portalTexts] = [get(uiLang), get(portalLang)];
			return texts && portalTexts ? {texts, portalTexts} : undefined;
		},
	};
}
