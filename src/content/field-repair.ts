import type {RunnerView} from '../engine/runner';
import type {ContentSettings} from '../shared/content-settings';
import {askDiagnosticsReport, type DiagnosticsInputs} from './diagnostics-link';
import {learnedFromPick} from './learned-from-pick';
import {forgetLearnedTarget, keepLearnedTarget, loadLearnedTargets} from './learned-link';
import {learnedTargets, type LearnedStep, type LearnedTargets} from './learned-targets';
import type {LivePortal} from './live-portal';
import type {OverlayInputs} from './overlay-view';

type NoticeKind = 'learned' | 'dropped' | 'cancelled';

/**
 * Repair in the field (issue #12) for one portal tab: teach mode for a lost step, the learned targets the runner
 * tries first, and the diagnostics report. Holds the state the panel shows; the assistant wires it to the overlay.
 */
export class FieldRepair {
	readonly learned: LearnedTargets;
	/** Teach mode is on for the lost step; `retry` after a pick that was not a control. */
	#teaching: {retry: boolean} | undefined;
	/** What last happened to a learned target, shown while its step is the current one. */
	#notice: (LearnedStep & {kind: NoticeKind; name: string}) | undefined;
	#diagnostics: {report: string; mailto?: string} | undefined;
	/** Counts the report's openings and closings: an answer to an earlier one is dropped. */
	#diagnosticsAsked = 0;
	#page: string | undefined;

	constructor(doc: Document) {
		this.learned = learnedTargets(doc, {
			dropped: (step) => {
				this.#notice = {...step, kind: 'dropped', name: ''};
				void forgetLearnedTarget(step);
			},
		});
	}

	/** The learned targets in force (the options page or a policy may have changed them since this page loaded). */
	async load(): Promise<void> {
		const targets = await loadLearnedTargets();
		if (targets) this.learned.replaceAll(targets);
	}

	/**
	 * Each new page of a guide reads the learned targets again: another tab may have taught one, and a policy that
	 * answered late (a busy machine) arrives this way before its step is reached.
	 */
	pageShown(page: string, guideRunning: boolean, reevaluate: () => void): void {
		if (page === this.#page) return;
		this.#page = page;
		if (guideRunning) void this.load().then(reevaluate);
	}

	/** A guide starts: notices of an earlier run no longer apply. */
	guideStarted(): void {
		this.#notice = undefined;
	}

	/** The runner's view changed: teaching belongs to a lost step, the report to a running guide. */
	guideChanged(view: RunnerView | null): void {
		if (view?.status !== 'lost') this.#teaching = undefined;
		if (!view) this.#closeDiagnostics();
	}

	/** *Show me where*: only while the step is lost. */
	teach(view: RunnerView | null): boolean {
		if (view?.status !== 'lost') return false;
		this.#teaching = {retry: false};
		return true;
	}

	/** Teach mode's pick: the control under the point becomes the step's learned target, tried at once. */
	pick(view: RunnerView | null, portal: LivePortal, x: number, y: number): 'learned' | 'retry' | undefined {
		const step = view?.step;
		if (!this.#teaching || !view || !step) return undefined;
		const picked = portal.describeAt(x, y);
		if (!picked) {
			this.#teaching = {retry: true};
			return 'retry';
		}
		const target = learnedFromPick(view.guide.id, step, portal.state.lang, picked, new Date());
		this.learned.add(target);
		void keepLearnedTarget(target);
		this.#teaching = undefined;
		this.#notice = {guide: target.guide, step: target.step, page: target.page, kind: 'learned', name: picked.name};
		return 'learned';
	}

	/** Escape or *Cancel* in teach mode: the step stays lost and the panel says so. */
	cancelTeaching(view: RunnerView | null): boolean {
		const step = view?.step;
		if (!this.#teaching || !view || !step) return false;
		this.#teaching = undefined;
		this.#notice = {guide: view.guide.id, step: step.id, page: step.page, kind: 'cancelled', name: ''};
		return true;
	}

	/**
	 * Opens (with the report of this moment, written by the background) or closes the diagnostics report; settles
	 * when the panel has something new to show.
	 */
	async showDiagnostics(
		open: boolean,
		view: RunnerView | null,
		portal: LivePortal,
		settings: ContentSettings,
	): Promise<void> {
		this.#closeDiagnostics();
		if (!open) return;
		const asked = this.#diagnosticsAsked;
		const report = await askDiagnosticsReport(this.#reportInputs(view, portal, settings));
		if (report && asked === this.#diagnosticsAsked) this.#diagnostics = report;
	}

	#closeDiagnostics(): void {
		this.#diagnostics = undefined;
		this.#diagnosticsAsked += 1;
	}

	/** What the panel shows of teach mode, learned targets and the report. */
	panelInputs(view: RunnerView | null): Pick<OverlayInputs, 'teaching' | 'learnedNotice' | 'diagnostics'> {
		const notice = this.#notice;
		const current = notice && view?.guide.id === notice.guide && view.step?.id === notice.step;
		return {
			teaching: this.#teaching,
			learnedNotice: current ? {kind: notice.kind, name: notice.name} : undefined,
			diagnostics: this.#diagnostics,
		};
	}

	/** What the diagnostics report says of this moment: the page's outline, the guide's step, what is personal. */
	#reportInputs(view: RunnerView | null, portal: LivePortal, settings: ContentSettings): DiagnosticsInputs {
		const step = view?.step;
		const {page, lang} = portal.state;
		const {outline, personal} = portal.outline();
		return {
			userAgent: navigator.userAgent,
			page,
			lang,
			guide: view
				? {
						id: view.guide.id,
						step: step && {id: step.id, target: step.target},
						stepNumber: view.stepNumber,
						stepCount: view.stepCount,
						status: this.#teaching ? 'teaching' : view.status,
					}
				: undefined,
			learned:
				view !== null &&
				step !== undefined &&
				this.learned.has({guide: view.guide.id, step: step.id, page: step.page}),
			outline,
			personal,
			supportAddress: settings.supportAddress,
		};
	}
}
