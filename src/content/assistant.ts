import {h} from 'preact';
import {GuideRunner, type RunnerView} from '../engine/runner';
import {guideById} from '../guides';
import type {OverlayHost} from '../overlay/mount';
import {Overlay} from '../overlay/overlay';
import type {OverlayActions, RowActionView} from '../overlay/view';
import {trackPage} from '../portal/track-page';
import {Rewatch, watchGuide, watchList, watchPortal} from '../portal/watch';
import {GuideIdSchema} from '../shared/guide-ids';
import type {GuideSession} from '../shared/guide-session';
import {handleContentRequests} from '../shared/messaging';
import {DEFAULT_SETTINGS, type Settings} from '../shared/settings';
import {followSettings} from '../shared/settings-item';
import {LearnedTargets, type LearnedStep} from './learned-targets';
import {learnedFromPick} from './learned-from-pick';
import {diagnosticsMailto, diagnosticsText} from './diagnostics-text';
import {LABELS} from '../portal/labels';
import {browser} from '../shared/browser';
import {livePortal, type LivePortal} from './live-portal';
import {documentRect, revealIfHidden, viewportOf} from './measure';
import {overlayView} from './overlay-view';
import {downloadReviewCsv} from './review-download';
import {reviewAccess, type AccessReview} from '../review/access-review';
import type {UserRow} from '../portal/read-data';
import {resolveUiLanguage} from '../shared/settings';
import {loadGuideSession, saveGuideSession} from './session-link';
import {loadLearnedTargets, forgetLearnedTarget, keepLearnedTarget} from './learned-link';

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
	/** The access review while open: every user row it saw (also on other pages of the list), and the last read. */
	#review: {rows: Map<string, UserRow>; current: AccessReview; total: number | undefined} | undefined;
	readonly #learned: LearnedTargets;
	/** Teach mode is on for the lost step; `retry` after a pick that was not a control. */
	#teaching: {retry: boolean} | undefined;
	/** What last happened to a learned target, shown while its step is the current one. */
	#notice: (LearnedStep & {kind: 'learned' | 'dropped' | 'cancelled'; name: string}) | undefined;
	#diagnostics: {report: string; mailto?: string} | undefined;

	constructor(doc: Document, overlay: OverlayHost, signal: AbortSignal) {
		this.#doc = doc;
		this.#overlay = overlay;
		this.#signal = signal;
		this.#learned = new LearnedTargets(doc, {
			dropped: (step) => {
				this.#notice = {...step, kind: 'dropped', name: ''};
				void forgetLearnedTarget(step);
			},
		});
		this.#portal = livePortal(doc, this.#learned);
		this.#guideWatch = new Rewatch(signal);
		this.#listWatch = new Rewatch(signal);
		const hooks = {save: (session: GuideSession | null) => void saveGuideSession(session), render: this.#onGuide};
		this.#runner = new GuideRunner(this.#portal, hooks, guideById);
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
		void this.#loadLearned().then(() => this.#loadSession());
		this.#refresh();
	}

	async #loadLearned(): Promise<void> {
		const targets = await loadLearnedTargets();
		if (targets) this.#learned.replaceAll(targets);
	}

	readonly #actions: OverlayActions = {
		start: (id) => {
			if (id === 'access-review') {
				this.#review = {rows: new Map(), current: reviewAccess([], undefined), total: undefined};
				this.#refresh();
				return;
			}
			const guide = GuideIdSchema.safeParse(id);
			if (!guide.success) return;
			this.#notice = undefined;
			// The options page may have changed them since this page loaded.
			void this.#loadLearned().then(() => this.#runner.update());
			this.#runner.start(guide.data, {});
		},
		choose: (name, value) => this.#runner.choose(name, value),
		retry: () => this.#runner.retry(),
		skip: () => this.#runner.skip(),
		cancel: () => this.#runner.cancel(),
		dismiss: () => this.#runner.dismiss(),
		useTemplate: (text, replace) => this.#portal.offerText(this.#guide?.target, text, replace),
		rowAction: (extId) => this.#runner.start('resend-from-list', {extId}),
		reviewGuide: (id, extId) => {
			const guide = GuideIdSchema.safeParse(id);
			if (!guide.success) return;
			this.#review = undefined;
			this.#runner.start(guide.data, {extId});
		},
		exportReview: () => {
			if (!this.#review) return;
			const lang = resolveUiLanguage(this.#settings, this.#portal.state.lang, navigator.language);
			downloadReviewCsv(this.#doc, this.#review.current.seen, lang);
		},
		closeReview: () => {
			this.#review = undefined;
			this.#render();
		},
		teach: () => {
			if (this.#guide?.status !== 'lost') return;
			this.#teaching = {retry: false};
			this.#render();
		},
		teachPick: (x, y) => this.#teachPick(x, y),
		teachCancel: () => {
			const step = this.#guide?.step;
			if (!this.#teaching || !this.#guide || !step) return;
			this.#teaching = undefined;
			this.#notice = {guide: this.#guide.guide.id, step: step.id, page: step.page, kind: 'cancelled', name: ''};
			this.#focusRequest += 1;
			this.#render();
		},
		diagnostics: (open) => {
			this.#diagnostics = open ? this.#diagnosticsReport() : undefined;
			this.#render();
		},
	};

	/** The diagnostics report of this moment (sanitised) and its mail link to the support address. */
	#diagnosticsReport(): {report: string; mailto?: string} {
		const view = this.#guide;
		const step = view?.step;
		const {page, lang} = this.#portal.state;
		const {outline, personal} = this.#portal.outline();
		const report = diagnosticsText({
			version: browser.runtime.getManifest().version,
			userAgent: navigator.userAgent,
			page,
			lang,
			guide: view
				? {
						id: view.guide.id,
						step,
						stepNumber: view.stepNumber,
						stepCount: view.stepCount,
						status: this.#teaching ? 'teaching' : view.status,
					}
				: undefined,
			searchedLabels: step?.target.kind === 'control' ? LABELS[step.target.label] : undefined,
			learned:
				view !== null &&
				step !== undefined &&
				this.#learned.has({guide: view.guide.id, step: step.id, page: step.page}),
			outline,
			personal,
		});
		const mailto = diagnosticsMailto(this.#settings.supportAddress, report);
		return mailto ? {report, mailto} : {report};
	}

	/** Teach mode's pick: the control under the point becomes the step's learned target, tried at once. */
	#teachPick(x: number, y: number): void {
		const view = this.#guide;
		const step = view?.step;
		if (!this.#teaching || !view || !step) return;
		const picked = this.#portal.describeAt(x, y);
		if (!picked) {
			this.#teaching = {retry: true};
			this.#render();
			return;
		}
		const target = learnedFromPick(view.guide.id, step, this.#portal.state.lang, picked, new Date());
		this.#learned.add(target);
		void keepLearnedTarget(target);
		this.#teaching = undefined;
		this.#notice = {guide: target.guide, step: target.step, page: target.page, kind: 'learned', name: picked.name};
		this.#focusRequest += 1;
		this.#runner.retry();
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
		const {rows, total, rowsPerPage} = this.#portal.reviewData();
		for (const row of rows) if (!this.#review.rows.has(row.extId)) this.#review.rows.set(row.extId, row);
		const current = reviewAccess([...this.#review.rows.values()], total, rowsPerPage);
		this.#review = {...this.#review, current, total};
	}

	/** The runner's view changed: reveal and watch its targets, then render. */
	readonly #onGuide = (view: RunnerView | null): void => {
		this.#guide = view;
		// Teaching belongs to a lost step: it ends when the step is found (or the guide ends).
		if (view?.status !== 'lost') this.#teaching = undefined;
		if (!view) this.#diagnostics = undefined;
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

	/** The learned-target notice, while its step is the one shown. */
	#currentNotice(): {kind: 'learned' | 'dropped' | 'cancelled'; name: string} | undefined {
		const notice = this.#notice;
		const view = this.#guide;
		if (!notice || view?.guide.id !== notice.guide || view.step?.id !== notice.step) return undefined;
		return {kind: notice.kind, name: notice.name};
	}

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
			review: this.#review && {review: this.#review.current, total: this.#review.total},
			viewport: viewportOf(this.#doc),
			focusRequest: this.#focusRequest,
			teaching: this.#teaching,
			learnedNotice: this.#currentNotice(),
			diagnostics: this.#diagnostics,
		});
		this.#overlay.render(h(Overlay, {view, actions: this.#actions}));
	}
}
