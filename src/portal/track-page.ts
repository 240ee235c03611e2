import {detectPageAndAnchor, type PageState} from './pages';
import {Rewatch, watchPageIdentity} from './watch';

/**
 * Keeps the detected page and language current: detects once now, then after every change that can alter them,
 * and calls `onPage` only when page or language changed. The URL is read from the document at each detection
 * (`document.URL` follows pushState). Stop it with the signal.
 *
 * Watches coarsely (`watchPageIdentity`: the page's title/greeting/dialog, its ancestors, the body's children,
 * `<html lang>`, history), re-aimed (`Rewatch`) when a detection finds another anchor; a page recognised only by its content is watched in
 * full. This is what runs while no guide is active; a guide in progress adds `watchPortal` for its targets.
 */
export function trackPage(doc: Document, onPage: (state: PageState) => void, signal: AbortSignal): void {
	let last: PageState | undefined;
	const rewatch = new Rewatch(signal);
	const update = (): void => {
		if (signal.aborted) return;
		const {page, lang, anchor} = detectPageAndAnchor(doc, doc.URL);
		// Kept while the anchor is the same element (or there is none again).
		rewatch.follow(anchor ? [anchor] : [], (watchSignal) => watchPageIdentity(doc, anchor, update, watchSignal));
		if (last?.page === page && last.lang === lang) return;
		last = {page, lang};
		onPage(last);
	};
	update();
}
