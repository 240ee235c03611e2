import {LABEL_GROUPS, VOCABULARY, entryKeys, pattern} from './label-table';
import {cleanText, matchKey} from './normalize-text';
import {outermost} from './outermost';
import {scanPage} from './page-scan';
import {isHidden} from './visibility';

// Success confirmations: alerts, toasts and live regions (vocabulary.ts `success`; shared/portal/OBLIQUE-DOM.md §7).
/** False for a live region or toast that declares another kind (`ob-alert-info`, `alert-danger`, `type="error"`). */
function isSuccessKind(el: Element): boolean {
	const declared = `${el.getAttribute('class') ?? ''} ${el.getAttribute('type') ?? ''}`;
	return pattern('successKind').test(declared) || !pattern('otherKind').test(declared);
}

/**
 * Visible success messages, outermost first in document order. A guide recognises "the portal confirmed" as an
 * element in this list that was not in it before the user's click (compare identities, not counts: the completed
 * page already shows one).
 */
export function findSuccessMessages(doc: Document): Element[] {
	// Confirmations never live inside table bodies: the page scan skips the rows (page-scan.ts).
	return outermost(
		scanPage(doc, VOCABULARY.success).filter(
			(el) => isSuccessKind(el) && cleanText(el.textContent) !== '' && !isHidden(el),
		),
	);
}

// Notices a page shows about itself, not about a click: the completed page's title and "saved" texts (its success
// alert repeats the title). Matched as part of the message: the portal may join title and text in one alert.
// Computed at first use: the labels arrive from the background after this module loads (label-table.ts).
let pageNotices: readonly string[] | undefined;

/** Whether a success message is one of the page's own notices, which never confirm the user's last click. */
export function isPageNotice(text: string): boolean {
	const key = matchKey(text);
	pageNotices ??= Object.values(LABEL_GROUPS.pageNotices).flatMap((entry) => [...entryKeys(entry)]);
	return pageNotices.some((notice) => notice !== '' && key.includes(notice));
}

/**
 * The success messages that may answer a click: new toasts and alerts saying something happened (the code was
 * sent, the user was deactivated), not the notices the page brought along. Their texts, whitespace folded.
 */
export function findConfirmations(doc: Document): string[] {
	return findSuccessMessages(doc)
		.map((element) => cleanText(element.textContent))
		.filter((text) => !isPageNotice(text));
}
