import {VOCABULARY} from './label-table';

/**
 * The parts of an Oblique page that matter for searching (shared/portal/OBLIQUE-DOM.md §1, §5, §10).
 * Framework classes are used here only where they are the meaning: "this is an overlay container".
 */

/** Our own overlay root's id; nothing inside it is ever a portal element (the page scan never enters it). */
export const OWN_ROOT_ID = 'eiam-assist-root';

/**
 * `document.body` and `document.documentElement`, typed as they really are: the DOM typings say "never null",
 * but an empty `new Document()`, an XML document or a page mid-replacement has neither.
 */
export function bodyOf(doc: Document): HTMLElement | null {
	const body: HTMLElement | null = doc.body;
	return body;
}

export function rootOf(doc: Document): HTMLElement | null {
	const root: HTMLElement | null = doc.documentElement;
	return root;
}

/**
 * Body-level overlay containers (direct children of `<body>`), in document order: the containers a framework
 * renders there instead of inside the row that opened them (menus, overlay panels, modal windows; vocabulary.ts).
 */
export function bodyOverlayContainers(doc: Document): Element[] {
	const body = bodyOf(doc);
	if (!body) return [];
	return [...body.children].filter((child) => child.matches(VOCABULARY.overlayContainer));
}

/**
 * The application's main content region: Oblique's `div#content[role=main]` / `main.ob-main-layout`, else the
 * body. Used to keep header controls (language switch, user menu) out of searches that concern the page content.
 */
export function mainRegion(doc: Document): Element | undefined {
	return doc.querySelector(VOCABULARY.main) ?? bodyOf(doc) ?? undefined;
}

/** True if the element belongs to our overlay (it is never a portal element). */
export function isOwnElement(el: Element): boolean {
	return el.closest('#' + OWN_ROOT_ID) !== null;
}
