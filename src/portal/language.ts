import {LANGS, toLang, type Lang} from '../shared/lang';
import {elementText} from './element-text';
import {LANGUAGE_OF, VOCABULARY} from './label-table';
import {matchKey} from './normalize-text';
import {outsideTableBodies} from './page-scan';
import {rootOf} from './regions';

// Where the portal's own words are: headings, table headers, tabs, navigation, form labels (outside table
// bodies: rows hold data, not the portal's words).
const MAX_EVIDENCE = 200;

/** How many distinctive portal labels of each language the page shows (the background's index, portal-labels.ts). */
export function languageEvidence(
	doc: Document,
	elements: readonly Element[] = outsideTableBodies(doc),
): Record<Lang, number> {
	const counts: Record<Lang, number> = {de: 0, fr: 0, it: 0, en: 0};
	let seen = 0;
	for (const element of elements) {
		if (seen >= MAX_EVIDENCE) break;
		if (!element.matches(VOCABULARY.evidence)) continue;
		seen++;
		const lang = LANGUAGE_OF.get(matchKey(elementText(element)));
		if (lang) counts[lang]++;
	}
	return counts;
}

/**
 * The portal's language: `<html lang>` first (Angular apps set it when the user switches language), else the
 * language whose labels the page shows. One exception guards against an app that never updates `lang`: when the
 * page shows at least two labels of one language and none of the declared one, the labels win.
 * Undefined when neither source says anything (an empty or foreign page).
 */
export function detectLanguage(doc: Document, elements?: readonly Element[]): Lang | undefined {
	const declared = toLang(rootOf(doc)?.getAttribute('lang'));
	const evidence = languageEvidence(doc, elements);
	let best: Lang | undefined;
	let bestCount = 0;
	let tie = false;
	for (const lang of LANGS) {
		if (evidence[lang] > bestCount) {
			best = lang;
			bestCount = evidence[lang];
			tie = false;
		} else if (bestCount > 0 && evidence[lang] === bestCount) {
			tie = true;
		}
	}
	// A tie between languages decides nothing: the declared language (or none).
	if (tie || (declared && (evidence[declared] > 0 || bestCount < 2))) return declared;
	return best ?? declared;
}
