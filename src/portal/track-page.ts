import {detectPageAndAnchor, type PageState} from './pages';
import {watchPageIdentity} from './watch';

/**
 * Keeps the detected page and language current: detects once now, then after every change that can alter them,
 * and calls `onPage` only when page or language changed. The URL is read from the document at each detection
 * (`document.URL` follows pushState). Stop it with the signal.
 *
 * Watches coarsely (`watchPageIdentity`: the page's title/greeting/dialog, its ancestors, the body's children,
 * `<html lang>`, history), re-aimed after every detection; a page recognised only by its content is watched in
 * full. This is what runs while no guide is active; a guide in progress adds `watchPortal` for its targets.
 */
export function trackPage(doc: Document, onPage: (state: PageState) => void, signal: AbortSignal): void {
	let last: PageState | undefined;
	let anchor: Element | undefined;
	let watching: AbortController | undefined;
	signal.addEventListener('abort', () => watching?.abort(), {once: true});
	const update = (): void => {
		if (signal.aborted) return;
		const state = detectPageAndAnchor(doc, doc.URL);
		if (!watching || state.anchor !== anchor) {
			anchor = state.anchor;
			watching?.abort();
			watching = new AbortController();
			watchPageIdentity(doc, anchor, update, watching.signal);
		}
		if (last?.page === state.page && last.lang === state.lang) return;
		last = {page: state.page, lang: state.lang};
		onPage(last);
	};
	update();
}
