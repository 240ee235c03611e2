import type {RunnerView} from '../engine/runner';
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
export class GuideWatch {
	readonly #doc: Document;
	readonly #onChange: () => void;
	readonly #rewatch: Rewatch;
	#revealed: Element | undefined;

	constructor(doc: Document, onChange: () => void, signal: AbortSignal) {
		this.#doc = doc;
		this.#onChange = onChange;
		this.#rewatch = new Rewatch(signal);
	}

	/** The runner's view changed: reveal a new target once, and watch what the view names. */
	follow(view: RunnerView | null): void {
		if (view?.target && view.target !== this.#revealed) {
			this.#revealed = view.target;
			revealIfHidden(view.target);
		}
		const watch = view && view.status !== 'done' ? view.watch : undefined;
		// The marked target is part of what is followed: marking it narrows the watch (big lists), unmarking widens it.
		const followed = watch && view?.target ? [...watch, view.target] : watch;
		this.#rewatch.follow(followed, (signal) =>
			watchGuide(this.#doc, watch ?? [], view?.target, this.#onChange, signal),
		);
	}
}

/** While the user list shows and no guide runs: its rows, for the row helpers and the access review. */
export class ListWatch {
	readonly #doc: Document;
	readonly #onChange: () => void;
	readonly #rewatch: Rewatch;

	constructor(doc: Document, onChange: () => void, signal: AbortSignal) {
		this.#doc = doc;
		this.#onChange = onChange;
		this.#rewatch = new Rewatch(signal);
	}

	follow(onList: boolean, list: Element | undefined): void {
		if (list) {
			this.#rewatch.follow([list], (signal) => watchList(list, this.#onChange, signal));
		} else if (onList) {
			// The page's title came first; its list follows with the data (an Angular page renders the table only
			// once loaded). The page watch reports page changes only: watch the portal until the list is there.
			this.#rewatch.follow([this.#doc.body], (signal) => watchPortal(this.#doc, this.#onChange, signal));
		} else {
			this.#rewatch.follow(undefined, () => undefined);
		}
	}
}
