import type {GuideView} from './guide-client';
import {Rewatch, watchGuide, watchList, watchPortal} from '../portal/watch';
import {trackPage} from '../portal/track-page';
import {revealIfHidden} from './measure';

/*
 * What one portal tab watches beyond the page's identity (src/portal/track-page.ts), re-aimed only when what to
 * watch changes (PERFORMANCE.md: observers cost per record, inside the portal's own DOM writes).
 */

/**
 * Always: the page's identity (coarse while no guide runs, PERFORMANCE.md; the guide and list watches add more) and
 * scrolling or resizing, which move the ring. Capture: scrolling containers, not only the window; passive.
 */
export function watchPageAndViewport(doc: Document, onChange: () => void, signal: AbortSignal): void {
	trackPage(doc, onChange, signal);
	const view = doc.defaultView;
	view?.addEventListener('scroll', onChange, {capture: true, passive: true, signal});
	view?.addEventListener('resize', onChange, {passive: true, signal});
}

/** While a guide runs: the page, the user's actions and the runner's targets (current and next planned step). */
export type GuideWatch = {
	/** The runner's view changed: reveal a new target once, and watch what the view names. */
	follow(view: GuideView | null): void;
};

export function guideWatch(doc: Document, onChange: () => void, signal: AbortSignal): GuideWatch {
	const rewatch = new Rewatch(signal);
	let revealed: Element | undefined;
	return {
		follow(view) {
			if (view?.target && view.target !== revealed) {
				revealed = view.target;
				revealIfHidden(view.target);
			}
			const watch = view && view.status !== 'done' ? view.watch : undefined;
			// The marked target is part of what is followed: marking it narrows the watch (big lists), unmarking widens it.
			const followed = watch && view?.target ? [...watch, view.target] : watch;
			rewatch.follow(followed, (watchSignal) =>
				watchGuide(doc, watch ?? [], view?.target, onChange, watchSignal),
			);
		},
	};
}

/** While the user list shows and no guide runs: its rows, for the row helpers and the access review. */
export type ListWatch = {follow(onList: boolean, list: Element | undefined): void};

export function listWatch(doc: Document, onChange: () => void, signal: AbortSignal): ListWatch {
	const rewatch = new Rewatch(signal);
	return {
		follow(onList, list) {
			if (list) {
				rewatch.follow([list], (watchSignal) => watchList(list, onChange, watchSignal));
			} else if (onList) {
				// The page's title came first; its list follows with the data (an Angular page renders the table only
				// once loaded). The page watch reports page changes only: watch the portal until the list is there.
				rewatch.follow([doc.body], (watchSignal) => watchPortal(doc, onChange, watchSignal));
			} else {
				rewatch.follow(undefined, () => undefined);
			}
		},
	};
}
