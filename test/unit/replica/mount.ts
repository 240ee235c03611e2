import {mountReplica} from '../../replica/src/app';
import type {Lang} from '../../replica/src/i18n/lang';
import {routePath, type RouteId} from '../../replica/src/state/routes';
import {STATE_STORAGE_KEY, type PersistedState} from '../../replica/src/state/store';

/**
 * Mounts the replica in happy-dom on a route, with a fresh session (and optionally some persisted state, e.g. the
 * chosen unit), and waits until the page has rendered. Only for test files running in happy-dom.
 */
let unmount: (() => void) | undefined;

export async function settle(rounds = 4): Promise<void> {
	for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export async function openReplica(
	route: RouteId,
	lang: Lang,
	options: {state?: Partial<PersistedState>; query?: string} = {},
): Promise<void> {
	unmount?.();
	document.body.replaceChildren();
	sessionStorage.clear();
	if (options.state) sessionStorage.setItem(STATE_STORAGE_KEY, JSON.stringify(options.state));
	history.replaceState(
		null,
		'',
		`${routePath(route)}?lang=${lang}&delay=0${options.query ? `&${options.query}` : ''}`,
	);
	const root = document.createElement('div');
	root.id = 'replica-root';
	document.body.append(root);
	unmount = mountReplica(root);
	await settle();
}

export function closeReplica(): void {
	unmount?.();
	unmount = undefined;
	document.body.replaceChildren();
}

/** Clicks an element found by a CSS selector (the test's own business, not the extension's) and lets it render. */
export async function click(selector: string, index = 0): Promise<void> {
	const element = document.querySelectorAll<HTMLElement>(selector)[index];
	if (!element) throw new Error(`nothing matches ${selector} [${index}]`);
	element.click();
	await settle();
}

/** The page's text as one string (text nodes concatenated, whitespace collapsed): labels spanning a link match. */
export function pageText(): string {
	return document.body.textContent.replace(/\s+/g, ' ').trim();
}

/** The page's text nodes one by one, so words of neighbouring cells never run together. */
export function textNodes(): string[] {
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const texts: string[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
		if (text) texts.push(text);
	}
	return texts;
}
