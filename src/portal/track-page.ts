import {detectPage, type PageState} from './pages';
import {watchPortal} from './watch';

/**
 * Keeps the detected page and language current: detects once now, then after every DOM burst or navigation
 * (`watchPortal`), and calls `onPage` only when page or language changed. Returns nothing; stop it with the signal.
 * The URL is read from the document at each detection (`document.URL` follows pushState).
 */
export function trackPage(doc: Document, onPage: (state: PageState) => void, signal: AbortSignal): void {
	let last: PageState | undefined;
	const update = (): void => {
		const state = detectPage(doc, doc.URL);
		if (last?.page === state.page && last.lang === state.lang) return;
		last = state;
		onPage(state);
	};
	update();
	watchPortal(doc, update, signal);
}
