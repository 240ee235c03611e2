import type {GuideView} from './guide-client';
import {askBackground} from './background-link';
import {loadExtras, loadedExtras} from './extras-link';
import {learnedTargets, type LearnedStep, type LearnedTargets} from './learned-targets';
import type {LivePortal} from './live-portal';
import type {OverlayRequest} from '../shared/overlay-request-schema';

type NoticeKind = 'learned' | 'dropped' | 'cancelled';

// Learned targets live in the background's storage.local and come here validated (the background parses them):
// loaded when the page starts and when a guide starts; what the user teaches or what no longer matches is sent back.
// If saving fails the fix holds for this page only. The diagnostics report is written and sanitised by the
// background (issue #14: the content script carries neither); none when it cannot answer. Teach mode's pick and the
// report's inputs read the page with the extras script (field-repair-extras.ts), which teach mode loads when it
// switches on and the report when it opens; only the state the panel shows and the learned targets stay here.

export type FieldRepair = {
	readonly learned: LearnedTargets;
	/** The learned targets in force (the options page or a policy may have changed them since this page loaded). */
	load(): Promise<void>;
	/**
	 * Each new page of a guide reads the learned targets again: another tab may have taught one, and a policy that
	 * answered late (a busy machine) arrives this way before its step is reached.
	 */
	pageShown(page: string, guideRunning: boolean, reevaluate: () => void): void;
	/** A guide starts: notices of an earlier run no longer apply. */
	guideStarted(): void;
	/** The runner's view changed: teaching belongs to a lost step, the report to a running guide. */
	guideChanged(view: GuideView | null): void;
	/** *Show me where*: only while the step is lost. */
	teach(view: GuideView | null): boolean;
	/** Teach mode's pick: the control under the point becomes the step's learned target, tried at once. */
	pick(view: GuideView | null, portal: LivePortal, x: number, y: number): 'learned' | 'retry' | undefined;
	/** Escape or *Cancel* in teach mode: the step stays lost and the panel says so. */
	cancelTeaching(view: GuideView | null): boolean;
	/**
	 * Opens (with the report of this moment, written by the background) or closes the diagnostics report; settles
	 * when the panel has something new to show.
	 */
	showDiagnostics(open: boolean, view: GuideView | null, portal: LivePortal): Promise<void>;
	/** What the panel shows of teach mode, learned targets and the report. */
	panelInputs(view: GuideView | null): Pick<OverlayRequest, 'teaching' | 'learnedNotice' | 'diagnostics'>;
};

/**
 * Repair in the field (issue #12) for one portal tab: teach mode for a lost step, the learned targets the runner
 * tries first, and the diagnostics report. Holds the state the panel shows; the assistant wires it to the overlay.
 */
export function fieldRepair(doc: Document): FieldRepair {
	/** Teach mode is on for the lost step; `retry` after a pick that was not a control. */
	let teaching: {retry: boolean} | undefined;
	/** What last happened to a learned target, shown while its step is the current one. */
	let notice: (LearnedStep & {kind: NoticeKind; name: string}) | undefined;
	let diagnostics: {report: string; mailto?: string} | undefined;
	/** Counts the report's openings and closings: an answer to an earlier one is dropped. */
	let diagnosticsAsked = 0;
	let shownPage: string | undefined;
	const learned = learnedTargets(doc, {
		dropped: (step) => {
			notice = {...step, kind: 'dropped', name: ''};
			void askBackground({type: 'bg:learned-target-remove', ...step});
		},
	});
	const load = async (): Promise<void> => {
		const targets = await askBackground({type: 'bg:learned-targets-load'});
		if (targets) learned.replaceAll(targets);
	};
	const closeDiagnostics = (): void => {
		diagnostics = undefined;
		diagnosticsAsked += 1;
	};

	return {
		learned,
		load,
		pageShown(page, guideRunning, reevaluate) {
			if (page === shownPage) return;
			shownPage = page;
			if (guideRunning) void load().then(reevaluate);
		},
		guideStarted() {
			notice = undefined;
		},
		guideChanged(view) {
			if (view?.status !== 'lost') teaching = undefined;
			if (!view) closeDiagnostics();
		},
		teach(view) {
			if (view?.status !== 'lost') return false;
			teaching = {retry: false};
			return true;
		},
		pick(view, portal, x, y) {
			const step = view?.step;
			if (!teaching || !view || !step) return undefined;
			const learnedStep = {guide: view.guide.id, step: step.id, page: step.page};
			const target = loadedExtras()?.learnAt(doc, x, y, learnedStep, portal.state.lang, learned);
			if (!target) {
				teaching = {retry: true};
				return 'retry';
			}
			teaching = undefined;
			notice = {...target, kind: 'learned'}; // its guide, step, page and the control's name
			return 'learned';
		},
		cancelTeaching(view) {
			const step = view?.step;
			if (!teaching || !view || !step) return false;
			teaching = undefined;
			notice = {guide: view.guide.id, step: step.id, page: step.page, kind: 'cancelled', name: ''};
			return true;
		},
		async showDiagnostics(open, view, portal) {
			closeDiagnostics();
			if (!open) return;
			const asked = diagnosticsAsked;
			// Without the extras script the page cannot be outlined: no report.
			const extras = await loadExtras();
			if (!extras || asked !== diagnosticsAsked) return;
			const {state} = portal;
			const report = await extras.diagnosticsReport(doc, {
				view,
				state,
				teaching: !!teaching,
				learned,
			});
			if (report && asked === diagnosticsAsked) diagnostics = report;
		},
		panelInputs(view) {
			const current =
				notice && view?.guide.id === notice.guide && view.step?.id === notice.step ? notice : undefined;
			return {
				teaching,
				learnedNotice: current && {kind: current.kind, name: current.name},
				diagnostics,
			};
		},
	};
}
