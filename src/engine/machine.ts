import type {Step} from '../guides/schema';
import type {GuideSession} from '../shared/guide-session';
import type {PageId} from '../shared/page-ids';

/** What the engine can observe of the portal for one evaluation; src/content builds it from src/portal. */
export type Observation = {
	readonly page: PageId;
	/** Whether the step's target (or fallback) is on the page, and usable: visible and, for a control, enabled. */
	target(step: Step): 'ready' | 'present' | 'missing';
	/** The text of the step's target field ('' when it has none or is missing). */
	fieldValue(step: Step): string;
	/** Texts of the success messages the portal shows right now. */
	confirmations(): readonly string[];
};

export type StepStatus = 'active' | 'waiting' | 'lost' | 'done';

export type Evaluation = {
	session: GuideSession;
	/** `missing`: on the right page but the target is not there (yet): waiting, then lost after a grace period. */
	state: 'done' | 'active' | 'other-page' | 'rendering' | 'missing';
};

function blockStart(plan: readonly Step[], index: number): number {
	let start = index;
	while (start > 0 && plan[start - 1]?.page === plan[index]?.page) start -= 1;
	return start;
}

function blockEnd(plan: readonly Step[], index: number): number {
	let end = index;
	while (end < plan.length - 1 && plan[end + 1]?.page === plan[index]?.page) end += 1;
	return end;
}

/**
 * Moves to the steps of the page the user is on: forward when they went ahead (also where a guide starts: steps
 * already done are skipped), else back to the nearest earlier block when they went back in the portal.
 */
function followPage(plan: readonly Step[], index: number, page: PageId): number | undefined {
	if (plan[index]?.page === page) return index;
	for (let next = index + 1; next < plan.length; next += 1) if (plan[next]?.page === page) return next;
	for (let previous = index - 1; previous >= 0; previous -= 1) {
		if (plan[previous]?.page === page) return blockStart(plan, previous);
	}
	return undefined;
}

/**
 * One evaluation of a guide against what the portal shows: which step is current and whether the guide is done.
 * Within a page the current step is derived from the page itself (a closed menu or a cleared field brings the
 * user back a step); only which page block we are in, baselines and skips are remembered.
 */
export function evaluate(session: GuideSession, plan: readonly Step[], seen: Observation): Evaluation {
	if (session.done || plan.length === 0) return {session: {...session, done: true}, state: 'done'};
	let index = Math.min(session.stepIndex, plan.length - 1);
	const current = plan[index];

	// A confirmation the user was waiting for ends the guide, even if the menu it came from has closed since. It
	// answers the user's click on the step's control: a message that came with the page before it never counts.
	const before = session.confirmationsBefore;
	const waitingStep = before?.clicked === true ? plan.find((step) => step.id === before.step) : undefined;
	if (
		before &&
		waitingStep &&
		waitingStep.page === seen.page &&
		seen.confirmations().some((text) => !before.texts.includes(text))
	) {
		return {session: {...session, done: true}, state: 'done'};
	}
	// The guide's last click leaves its page: that was the last step.
	if (current && index === plan.length - 1 && current.doneWhen === 'page-change' && current.page !== seen.page) {
		return {session: {...session, done: true}, state: 'done'};
	}

	const followed = followPage(plan, index, seen.page);
	if (followed === undefined) return {session: {...session, stepIndex: index}, state: 'other-page'};
	index = followed;

	const baselines = {...session.baselines};
	const end = blockEnd(plan, index);
	let step = blockStart(plan, index);
	for (; step < end; step += 1) {
		const candidate = plan[step];
		if (!candidate || session.skipped.includes(candidate.id)) continue;
		if (!isSatisfied(candidate, plan[step + 1], seen, baselines)) break;
	}
	const currentStep = plan[step];
	if (!currentStep) return {session: {...session, stepIndex: step}, state: 'other-page'};
	// An empty baseline is taken again: a form fills its fields after it renders (Angular patches the values in),
	// and the person's address arriving is not the user's change.
	if (currentStep.doneWhen === 'field-changed' && !baselines[currentStep.id]) {
		baselines[currentStep.id] = seen.fieldValue(currentStep);
	}
	let confirmationsBefore = session.confirmationsBefore;
	if (currentStep.doneWhen === 'confirmation' && confirmationsBefore?.step !== currentStep.id) {
		confirmationsBefore = {step: currentStep.id, texts: [...seen.confirmations()]};
	}
	const next: GuideSession = {...session, stepIndex: step, baselines, confirmationsBefore};
	const found = seen.target(currentStep);
	return {session: next, state: found === 'ready' ? 'active' : found === 'present' ? 'rendering' : 'missing'};
}

function isSatisfied(
	step: Step,
	next: Step | undefined,
	seen: Observation,
	baselines: Record<string, string>,
): boolean {
	switch (step.doneWhen) {
		case 'next-target':
			return next !== undefined && next.page === step.page && seen.target(next) === 'ready';
		case 'field-filled':
			return seen.fieldValue(step).trim() !== '';
		case 'field-changed': {
			// Changed and not emptied: clearing the field on the way to the new address is not the change yet.
			const baseline = baselines[step.id];
			const value = seen.fieldValue(step).trim();
			return baseline !== undefined && baseline.trim() !== '' && value !== '' && value !== baseline.trim();
		}
		case 'page-change':
		case 'confirmation':
			return false;
	}
}
