import type {Step} from '../guides/schema';
import type {GuideSession} from '../shared/guide-session';
import type {PageId} from '../shared/page-ids';

/**
 * What the engine can observe of the portal for one evaluation: what the page sensed (src/content/guide-client.ts),
 * read by snapshot-observation.ts in the background.
 */
export type Observation = {
	readonly page: PageId;
	/** Whether the step's target (or fallback) is on the page, and usable: visible and, for a control, enabled. */
	target(step: Step): 'ready' | 'present' | 'missing';
	/** The text of the step's target field ('' when it has none or is missing). */
	fieldValue(step: Step): string;
	/** What the step's `observe` target shows; undefined when it has none or it is not on the page (yet). */
	observedValue(step: Step): string | undefined;
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

	// A confirmation the user was waiting for ends the guide, even if the menu it came from has closed since. It
	// answers the user's click on the step's control: a message that came with the page before it never counts.
	const before = session.confirmationsBefore;
	// Only after the user clicked the marked control: alerts that came with the page confirm nothing (issue #11).
	// The guide's last click may lead to another page that shows it (the notification e-mail's confirmation is on
	// the completed page): a new confirmation there counts too.
	const waitingStep = before?.clicked === true ? plan.find((step) => step.id === before.step) : undefined;
	if (
		before &&
		waitingStep &&
		(waitingStep.page === seen.page || waitingStep === plan.at(-1)) &&
		seen.confirmations().some((text) => !before.texts.includes(text))
	) {
		return {session: {...session, done: true}, state: 'done'};
	}
	// The guide's last click leaves its page: that was the last step. Once the user clicked its control, the page
	// change ends the guide even if a re-render on the way out (a form saving) put it a step back meanwhile.
	const last = plan.at(-1);
	const lastClicked = before?.clicked === true && before.step === last?.id;
	if (
		last &&
		(index === plan.length - 1 || lastClicked) &&
		last.doneWhen === 'page-change' &&
		last.page !== seen.page
	) {
		return {session: {...session, done: true}, state: 'done'};
	}

	const followed = followPage(plan, index, seen.page);
	if (followed === undefined) return {session: {...session, stepIndex: index}, state: 'other-page'};
	index = followed;

	const baselines = {...session.baselines};
	const end = blockEnd(plan, index);
	let step = provenStart(plan, blockStart(plan, index), end, seen, baselines);
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
	if (currentStep.doneWhen === 'observed-changed' && baselines[currentStep.id] === undefined) {
		// Only once it is shown: a table that renders late must not count as changed when it appears.
		const observed = seen.observedValue(currentStep);
		if (observed !== undefined) baselines[currentStep.id] = observed;
	}
	let confirmationsBefore = session.confirmationsBefore;
	if (currentStep.doneWhen === 'confirmation' && confirmationsBefore?.step !== currentStep.id) {
		confirmationsBefore = {step: currentStep.id, texts: [...seen.confirmations()]};
	}
	const next: GuideSession = {...session, stepIndex: step, baselines, confirmationsBefore};
	const found = seen.target(currentStep);
	return {session: next, state: found === 'ready' ? 'active' : found === 'present' ? 'rendering' : 'missing'};
}

/**
 * Where the page's steps start to be checked: after the last `observed-changed` step whose change is seen, since
 * that change proves the steps before it were done (after *Berechtigen* the role list no longer shows a choice).
 */
function provenStart(
	plan: readonly Step[],
	start: number,
	end: number,
	seen: Observation,
	baselines: Record<string, string>,
): number {
	for (let step = end - 1; step >= start; step -= 1) {
		const candidate = plan[step];
		if (candidate?.doneWhen === 'observed-changed' && isSatisfied(candidate, plan[step + 1], seen, baselines))
			return step + 1;
	}
	return start;
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
		case 'observed-changed': {
			const baseline = baselines[step.id];
			const value = seen.observedValue(step);
			return baseline !== undefined && value !== undefined && value !== baseline;
		}
		case 'page-change':
		case 'confirmation':
			return false;
	}
}
