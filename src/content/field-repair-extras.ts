import {describeControl, interactiveAt} from '../portal/learned-control';
import {pageOutline, personalValues} from '../portal/page-outline';
import type {LearnedTarget} from '../shared/learned-target';
import type {Replies} from '../shared/messages';
import {askBackground} from './background-link';
import type {GuideView} from './guide-client';
import type {LearnedStep, LearnedTargets} from './learned-targets';
import type {LivePortal} from './live-portal';

// The field repair's work that reads the page (issue #12), in the extras script (issue #14): teach mode's pick and
// the diagnostics report's inputs run only after it is loaded (teach mode loads it when it switches on, the report
// when it opens). The state the panel shows stays in the content script (field-repair.ts).

/**
 * Teach mode's pick: the control under the viewport point (beneath our overlay) becomes `step`'s learned target,
 * tried at once (added to `learned`) and kept by the background; undefined when the point shows no control.
 */
export function learnAt(
	doc: Document,
	x: number,
	y: number,
	step: LearnedStep,
	lang: LivePortal['state']['lang'],
	learned: LearnedTargets,
): LearnedTarget | undefined {
	const control = interactiveAt(doc.elementsFromPoint(x, y));
	const picked = control && describeControl(control);
	if (!picked) return undefined;
	// This guide's step on the step's page; role, name, region and the row action's place as described
	// (learned-control.ts adds no other key).
	const target: LearnedTarget = {...step, ...picked, lang, learnedAt: new Date().toISOString()};
	learned.add(target);
	void askBackground({type: 'bg:learned-target-save', target});
	return target;
}

/** What the diagnostics report is written from, besides the page, which the extras script reads itself. */
export type ReportMoment = {
	view: GuideView | null;
	state: LivePortal['state'];
	/** Teach mode is on: the report says so in place of the step's status. */
	teaching: boolean;
	learned: LearnedTargets;
};

/**
 * The diagnostics report of this moment, written and sanitised by the background from the page's outline, the
 * guide's step and what the page shows about people (to be masked), with the support address the background
 * knows; undefined when the background cannot answer.
 */
export function diagnosticsReport(
	doc: Document,
	{view, state, teaching, learned}: ReportMoment,
): Promise<Replies['bg:diagnostics-report'] | undefined> {
	const step = view?.step;
	return askBackground({
		type: 'bg:diagnostics-report',
		page: state.page,
		lang: state.lang,
		guide: view
			? {
					id: view.guide.id,
					step: step && {id: step.id, target: step.target},
					stepNumber: view.stepNumber,
					stepCount: view.stepCount,
					status: teaching ? 'teaching' : view.status,
				}
			: undefined,
		learned:
			view !== null && step !== undefined && learned.has({guide: view.guide.id, step: step.id, page: step.page}),
		outline: pageOutline(doc),
		personal: personalValues(doc),
	});
}
