import {h} from 'preact';
import {GuideRunner, type RunnerView} from '../engine/runner';
import {guideById} from '../guides';
import type {OverlayHost} from '../overlay/mount';
import {Overlay} from '../overlay/overlay';
import type {OverlayActions, RowActionView} from '../overlay/view';
import {trackPage} from '../portal/track-page';
import {Rewatch, watchGuide, watchList, watchPortal} from '../portal/watch';
import type {GuideSession} from '../shared/guide-session';
import {handleContentRequests} from '../shared/messaging';
import {DEFAULT_SETTINGS, type Settings} from '../shared/settings';
import {followSettings} from '../shared/settings-item';
import {FieldRepair} from './field-repair';
import {livePortal, type LivePortal} from './live-portal';
import {documentRect, revealIfHidden, viewportOf} from './measure';
import {overlayView} from './overlay-view';
import {overlayActions} from './overlay-actions';
import type {ReviewSession} from './review-session';
import {loadGuideSession, saveGuideSession} from './session-link';

/**
 * Wires the live portal, the guide runner and the overlay in one portal tab; decisions live in the modules it
 * calls (overlay-view.ts, the runner, src/portal/watch.ts). Work happens in one animation frame per burst of
 * portal changes; nothing runs while nothing changes.
 */
export class Assistant {
	readonly #doc: Document;
	readonly #overlay: OverlayHost;
	readonly #signal: AbortSignal;
	readonly #portal: LivePortal;
	readonly #runner: GuideRunner;
	/** While a guide runs: the page, the user's actions and the runner's targets. */
	readonly #guideWatch: Rewatch;
	/** While the user list is shown and no guide runs: its rows, for the row helpers. */
	readonly #listWatch: Rewatch;
	#settings: Settings = DEFAULT_SETTINGS;
	#guide: RunnerView | null = null;
	#rowActions: readonly RowActionView[] = [];
	#focusRequest = 0;
	#frame = 0;
	#revealed: Element | undefined;
	#review: ReviewSession | undefined;
	readonly #repair: FieldRepair;
	readonly #actions: OverlayActions;

	constructor(doc: Document, overlay: OverlayHost, signal: AbortSignal) {
		this.#doc = doc;
		this.#overlay = overlay;
		this.#signal = signal;
		this.#repair = new FieldRepair(doc);
		this.#portal = livePortal(doc, this.#repair.learned);
		this.#guideWatch = new Rewatch(signal);
		this.#listWatch = new Rewatch(signal);
		const hooks = {save: (session: GuideSession | null) => void saveGuideSession(session), render: this.#onGuide};
		this.#runner = new GuideRunner(this.#portal, hooks, guideById);
		this.#actions = overlayActions({
			doc,
			portal: this.#portal,
			runner: this.#runner,
			repair: this.#repair,
			guide: () => this.#guide,
			settings: () => this.#settings,
			review: () => this.#review,
			setReview: (review) => {
				this.#review = review;
			},
			render: (focus) => {
				if (focus) this.#focusRequest += 1;
				this.#render();
			},
			refresh: () => this.#refresh(),
		});
	}

	start(): void {
		const schedule = (): void => this.#schedule();
		// Coarse while no guide runs (the page's identity only, PERFORMANCE.md); #onGuide adds the full watch.
		trackPage(this.#doc, schedule, this.#signal);
		// Capture: scrolling containers (not only the window) move the target; passive, nothing is prevented.
		const view = this.#doc.defaultView;
		view?.addEventListener('scroll', schedule, {capture: true, passive: true, signal: this.#signal});
		view?.addEventListener('resize', schedule, {passive: true, signal: this.#signal});
		handleContentRequests({
			'cs:session-changed': () => this.#loadSession().then(() => null),
			'cs:toggle-launcher': () => {
				this.#focusRequest += 1;
				this.#render();
				return null;
			},
			'cs:read-portal-person': () => this.#portal.person(),
			'cs:where': () => ({url: this.#doc.URL}),
		});
		followSettings((settings) => {
			this.#settings = settings;
			this.#render();
		}, this.#signal);
		// Learned targets first, so a resumed step tries them on its first evaluation.
		void this.#repair.load().then(() => this.#loadSession());
		this.#refresh();
	}

	async #loadSession(): Promise<void> {
		const session = await loadGuideSession();
		if (session) this.#runner.resume(session);
	}

	#schedule(): void {
		if (this.#frame !== 0 || this.#signal.aborted) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.#refresh();
		});
	}

	/** One pass: page and language, the guide's step, the row helpers, then one render. */
	#refresh(): void {
		if (this.#signal.aborted) return;
		const {page, lang} = this.#portal.detect();
		const {dataset} = this.#overlay.host;
		if (dataset.page !== page) dataset.page = page;
		if (dataset.lang !== lang) dataset.lang = lang;
		if (this.#runner.running) this.#runner.update(); // renders through #onGuide
		const onList = page === 'user-selection' && !this.#runner.running;
		const list = onList ? this.#portal.userList() : undefined;
		this.#rowActions = list ? this.#portal.pendingRows() : [];
		this.#readReview(page);
		if (list) {
			this.#listWatch.follow([list], (signal) => watchList(list, () => this.#schedule(), signal));
		} else if (onList) {
			// The page's title came first; its list follows with the data (an Angular page renders the table only
			// once loaded). The page watch reports page changes only: watch the portal until the list is there.
			const {body} = this.#doc;
			this.#listWatch.follow([body], (signal) => watchPortal(this.#doc, () => this.#schedule(), signal));
		} else {
			this.#listWatch.follow(undefined, () => undefined);
		}
		this.#render();
	}

	/** While the review is open on the user list: take in the rows shown now (a new page adds its users). */
	#readReview(page: string): void {
		if (!this.#review) return;
		if (page !== 'user-selection' || this.#runner.running) {
			this.#review = undefined; // it reads the user list only
			return;
		}
		this.#review.read(this.#portal.reviewData());
	}

	/** The runner's view changed: reveal and watch its targets, then render. */
	readonly #onGuide = (view: RunnerView | null): void => {
		this.#guide = view;
		this.#repair.guideChanged(view);
		if (view?.target && view.target !== this.#revealed) {
			this.#revealed = view.target;
			revealIfHidden(view.target);
		}
		// The runner's targets include the marked one; a new set of targets re-aims the watch.
		this.#guideWatch.follow(view && view.status !== 'done' ? view.watch : undefined, (signal) =>
			watchGuide(this.#doc, view?.watch ?? [], view?.target, () => this.#schedule(), signal),
		);
		this.#render();
		// A guide that ended (cancelled, closed, done) gives the user list back its row helpers and their watch
		// now, not at the next page change or scroll.
		if (!view || view.status === 'done') this.#schedule();
	};

	#render(): void {
		if (this.#signal.aborted) return;
		const view = overlayView({
			settings: this.#settings,
			page: this.#portal.state,
			browserLanguage: navigator.language,
			guide: this.#guide,
			context: this.#runner.session?.context,
			rowActions: this.#rowActions,
			// Measured here, once per frame at most; Preact writes the DOM only when the numbers changed.
			targetRect: this.#guide?.target ? documentRect(this.#guide.target) : undefined,
			typedEmail: () => this.#portal.typedEmail(),
			roleChoice: () => this.#portal.roleChoice(),
			review: this.#review?.view,
			viewport: viewportOf(this.#doc),
			focusRequest: this.#focusRequest,
			...this.#repair.panelInputs(this.#guide),
		});
		this.#overlay.render(h(Overlay, {view, actions: this.#actions}));
	}
}
