import {GuideRunner, type RunnerView} from '../engine/runner';
import type {OverlayHost} from '../overlay/mount';
import {overlay as drawOverlay, type Overlay} from '../overlay/overlay';
import type {OverlayActions, RowActionView} from '../overlay/view';
import type {GuideSession} from '../shared/guide-session';
import {handleContentRequests} from './background-link';
import {FieldRepair} from './field-repair';
import {livePortal, type LivePortal} from './live-portal';
import {documentRect, viewportOf} from './measure';
import {GuideWatch, ListWatch, watchPageAndViewport} from './watching';
import {overlayView} from './overlay-view';
import {overlayActions} from './overlay-actions';
import type {ReviewSession} from './review-session';
import {resumeStoredGuide, saveGuideSession} from './session-link';
import {onNextFrame} from './next-frame';
import {PageSupplies} from './page-supplies';
import {backgroundAnswers} from './background-answers';

/**
 * Wires the live portal, the guide runner and the overlay in one portal tab; decisions live in the modules it
 * calls (overlay-view.ts, the runner, src/portal/watch.ts). Work happens in one animation frame per burst of
 * portal changes; nothing runs while nothing changes.
 */
export class Assistant {
	readonly #doc: Document;
	readonly #overlay: OverlayHost;
	readonly #ui: Overlay;
	readonly #signal: AbortSignal;
	readonly #portal: LivePortal;
	readonly #runner: GuideRunner;
	readonly #guideWatch: GuideWatch;
	readonly #listWatch: ListWatch;
	#guide: RunnerView | null = null;
	#rowActions: readonly RowActionView[] = [];
	#focusRequest = 0;
	#review: ReviewSession | undefined;
	readonly #repair: FieldRepair;
	readonly #actions: OverlayActions;
	readonly #schedule: () => void;
	readonly #supplies = new PageSupplies(() => this.#render());
	readonly #ask = backgroundAnswers(() => this.#render());

	constructor(doc: Document, overlay: OverlayHost, signal: AbortSignal) {
		[this.#doc, this.#overlay, this.#signal] = [doc, overlay, signal];
		this.#schedule = onNextFrame(() => this.#refresh(), signal);
		this.#repair = new FieldRepair(doc);
		this.#portal = livePortal(doc, this.#repair.learned);
		this.#guideWatch = new GuideWatch(doc, this.#schedule, signal);
		this.#listWatch = new ListWatch(doc, this.#schedule, signal);
		const hooks = {save: (session: GuideSession | null) => void saveGuideSession(session), render: this.#onGuide};
		this.#runner = new GuideRunner(this.#portal, hooks, this.#supplies.guides.byId);
		this.#actions = overlayActions({
			doc,
			portal: this.#portal,
			runner: this.#runner,
			repair: this.#repair,
			guide: () => this.#guide,
			settings: () => this.#supplies.settings,
			texts: () => this.#supplies.shownTexts,
			review: () => this.#review,
			setReview: (review) => void (this.#review = review),
			render: (focus) => this.#render(focus),
			refresh: () => this.#refresh(),
		});
		this.#ui = drawOverlay((tree) => overlay.render(tree), this.#actions);
	}

	start(): void {
		watchPageAndViewport(this.#doc, this.#schedule, this.#signal);
		handleContentRequests({
			'cs:session-changed': () => this.#resume('replace').then(() => null),
			'cs:toggle-launcher': () => {
				this.#render(true);
				return null;
			},
			'cs:read-portal-person': () => this.#portal.person(),
			'cs:where': () => ({url: this.#doc.URL}),
		});
		this.#supplies.start(this.#signal);
		// Learned targets first, so a resumed step tries them on its first evaluation.
		void this.#repair.load().then(() => this.#resume('unless-started'));
		this.#refresh();
	}

	async #resume(how: 'replace' | 'unless-started'): Promise<void> {
		if (await this.#supplies.guides.ready) await resumeStoredGuide(this.#runner, how);
	}

	/** One pass: page and language, the guide's step, the row helpers, then one render. */
	#refresh(): void {
		if (this.#signal.aborted) return;
		const {page, lang} = this.#portal.detect();
		const {dataset} = this.#overlay.host;
		if (dataset.page !== page) dataset.page = page;
		if (dataset.lang !== lang) dataset.lang = lang;
		if (this.#runner.running) this.#runner.update(); // renders through #onGuide
		this.#repair.pageShown(page, this.#runner.running, () => this.#runner.update());
		const onList = page === 'user-selection' && !this.#runner.running;
		const list = onList ? this.#portal.userList() : undefined;
		this.#rowActions = list ? this.#portal.pendingRows() : [];
		if (!this.#review?.continueOn(page, this.#runner.running, () => this.#portal.reviewData()))
			this.#review = undefined;
		this.#listWatch.follow(onList, list);
		this.#render();
	}

	/** The runner's view changed: reveal and watch its targets, then render. */
	readonly #onGuide = (view: RunnerView | null): void => {
		this.#guide = view;
		this.#repair.guideChanged(view);
		this.#guideWatch.follow(view);
		// A running guide watches for itself: the list's deep watch (row helpers) stops now, not at the next refresh.
		if (view && view.status !== 'done') this.#listWatch.follow(false, undefined);
		this.#render();
		// A guide that ended (cancelled, closed, done) gives the user list back its row helpers and their watch
		// now, not at the next page change or scroll.
		if (!view || view.status === 'done') this.#schedule();
	};

	/** `focus`: move the keyboard focus to the panel (the launcher's shortcut, a new step or notice). */
	#render(focus = false): void {
		if (this.#signal.aborted) return;
		if (focus) this.#focusRequest += 1;
		const page = this.#portal.state;
		const texts = this.#supplies.forPage(page.lang);
		if (!texts) return;
		const view = overlayView({
			settings: this.#supplies.settings,
			page,
			...texts,
			guide: this.#guide,
			context: this.#runner.session?.context,
			rowActions: this.#rowActions,
			// Measured here, once per frame at most; the overlay writes the DOM only when the numbers changed.
			targetRect: this.#guide?.target ? documentRect(this.#guide.target) : undefined,
			typedEmail: () => this.#portal.typedEmail(),
			roleChoice: () => this.#portal.roleChoice(),
			review: this.#review,
			ask: this.#ask,
			viewport: viewportOf(this.#doc),
			focusRequest: this.#focusRequest,
			...this.#repair.panelInputs(this.#guide),
		});
		this.#ui.show(view);
	}
}
