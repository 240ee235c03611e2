/**
 * The parts of an Oblique page that matter for searching (shared/portal/OBLIQUE-DOM.md §1, §5, §10).
 * Framework classes are used here only where they are the meaning: "this is an overlay container".
 */

/** Our own overlay root; nothing inside it is ever a portal element. */
export const OWN_ROOT_SELECTOR = '#eiam-assist-root';

/**
 * Containers the framework renders at the end of `<body>` instead of inside the row that opened them: Angular
 * CDK overlays, Bootstrap drop-down menus appended to body (`container="body"`), ARIA menus and listboxes,
 * PrimeNG menus/overlay panels, ng-bootstrap modal windows.
 */
export const OVERLAY_CONTAINER_SELECTOR = [
	'.cdk-overlay-container',
	'.dropdown-menu',
	'[role="menu"]',
	'[role="listbox"]',
	'[role="dialog"]',
	'ngb-modal-window',
	'.ui-menu',
	'.p-menu',
	'.ui-tieredmenu',
	'.p-tieredmenu',
	'.ui-overlaypanel',
	'.p-overlaypanel',
].join(', ');

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

/** Body-level overlay containers (direct children of `<body>`), in document order. */
export function bodyOverlayContainers(doc: Document): Element[] {
	const body = bodyOf(doc);
	if (!body) return [];
	return [...body.children].filter((child) => child.matches(OVERLAY_CONTAINER_SELECTOR));
}

/**
 * The application's main content region: Oblique's `div#content[role=main]` / `main.ob-main-layout`, else the
 * body. Used to keep header controls (language switch, user menu) out of searches that concern the page content.
 */
export function mainRegion(doc: Document): Element | undefined {
	return doc.querySelector('main, [role="main"]') ?? bodyOf(doc) ?? undefined;
}

/** True if the element belongs to our overlay (it is never a portal element). */
export function isOwnElement(el: Element): boolean {
	return el.closest(OWN_ROOT_SELECTOR) !== null;
}
