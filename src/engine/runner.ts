import type {Guide, Step} from '../guides/schema';
import {isAnswer, type GuideContext} from '../shared/guide-context';
import type {GuideDirective, GuideSnapshot} from '../shared/guide-sense';
import {freshSession, type GuideSession} from '../shared/guide-session';
import type {PageId} from '../shared/page-ids';
import {evaluate, type StepStatus} from './machine';
import {answerFromPage, followsSelectedRow, pendingChoice, planSteps} from './plan';
import {lostClock, type LostClock} from './lost-clock';
import {snapshotObservation} from './snapshot-observation';

export type RunnerHooks = {
	/** Persist the session (null: ended), so a reload or a sign-in round-trip resumes it. */
	save(session: GuideSession | null): void;
	/**
	 * A timer changed what the page should show (the target stayed missing long enough to be lost, the confirmation's
	 * grace ran out): the page is asked to look again (`cs:guide-refresh`), and its look brings the new view.
	 */
	wake(): void;
};

export type RunnerOptions = {
	/** How long a target may stay missing on its page before the guide says it is lost (slow portals render late). */
	lostAfterMs: number;
	/** How long after the last click of a guide a confirmation may take before the click alone counts. */
	confirmationGraceMs: number;
};

// A real portal may render a page's title well before its data (tables come from the server): a step is called
// lost only after 4 s without its target, while slow rendering is just waiting.
const DEFAULTS: RunnerOptions = {lostAfterMs: 4000, confirmationGraceMs: 4000};

/**
 * The running guide of one tab, in the background (issue #14): the page senses (src/content/guide-client.ts) and
 * sends what it sees; every method answers with what the page marks, watches and shows (null: no guide).
 */
export type GuideRunner = {
	readonly session: GuideSession | undefined;
	readonly running: boolean;
	/** What the page was told last (null: no guide). */
	readonly view: GuideDirective | null;
	start(
		guideId: GuideSession['guide'],
		context: GuideContext,
		page: PageId,
		seen: GuideSnapshot,
	): GuideDirective | null;
	/** Takes up a stored session (a reload, the popup started it); the page's look comes next. */
	resume(session: GuideSession, page: PageId): GuideDirective | null;
	/** The user's answer to the guide's question; anything that is not a valid answer is ignored. */
	choose(name: string, value: string, seen: GuideSnapshot): GuideDirective | null;
	/** The user asks to look again for a target that could not be found. */
	retry(seen: GuideSnapshot): GuideDirective | null;
	/** The user goes on without the step whose target cannot be found. */
	skip(seen: GuideSnapshot): GuideDirective | null;
	cancel(): null;
	/** Closes the panel of a finished guide. */
	dismiss(): null;
	/** Evaluates what the page sees now. */
	update(seen: GuideSnapshot): GuideDirective | null;
	/**
	 * The user clicked the marked control of the guide's final click (`step`), with the success messages shown at
	 * that moment: from now on a new one answers it; if none comes within the grace period, the click alone counts.
	 */
	clicked(step: string, confirmations: readonly string[]): void;
	/** Stops the timers (the tab closed). */
	stop(): void;
};

/**
 * Runs one guide at a time for a tab: evaluates the machine against what the page sensed, keeps the session saved,
 * says which step the page marks and watches and whether it reports the click on it. Timers (lost clock, grace)
 * wake the page so it looks again. A closure, not a class: its state stays private without `#` fields.
 */
export function guideRunner(
	hooks: RunnerHooks,
	guides: (id: GuideSession['guide']) => Guide,
	options?: Partial<RunnerOptions>,
): GuideRunner {
	const {lostAfterMs, confirmationGraceMs} = {...DEFAULTS, ...options};
	let session: GuideSession | undefined;
	let guide: Guide | undefined;
	let plan: Step[] = [];
	let savedJson = '';
	let view: GuideDirective | null = null;
	/** The selected row's ExtID when last looked at; null until the first look after (re)loading the guide. */
	let selectionSeen: string | undefined | null = null;
	/**
	 * Where a guide just started on a later page of its path begins: 'pending' until it has seen a page of its
	 * path, then that step's index (undefined: it began at its first page).
	 */
	let pickUp: 'pending' | number | undefined;
	let graceTimer: ReturnType<typeof setTimeout> | undefined;

	const show = (next: GuideDirective | null): GuideDirective | null => {
		view = next;
		return next;
	};

	const update = (seen: GuideSnapshot | undefined): GuideDirective | null => {
		if (seen) followSelection(seen);
		const current = session;
		const shown = guide;
		if (!current || !shown) return show(null);
		if (current.done) return finish(shown, current);
		const base = {guide: shown.id, context: current.context, stepCount: plan.length, watch: []};
		const choice = pendingChoice(shown, current.context);
		if (choice) return show({...base, choice, stepNumber: 0, status: 'active'});
		// A look for another guide or person (the selection just changed, the guide just resumed) says nothing.
		if (!seen || seen.guide !== shown.id || seen.extId !== current.context.extId) {
			const step = plan[current.stepIndex];
			return show({
				...base,
				stepId: step?.id,
				stepNumber: current.stepIndex + 1,
				status: 'waiting',
				resense: true,
			});
		}
		const result = evaluate(current, plan, snapshotObservation(seen));
		session = result.session;
		const {stepIndex} = result.session;
		if (pickUp === 'pending' && result.state !== 'other-page') {
			// A later step on the first page (a menu already open) is not picking up: the path starts there anyway.
			const begins = plan[stepIndex]?.page !== plan[0]?.page;
			pickUp = begins ? stepIndex : undefined;
		}
		if (result.state === 'done') return finish(shown, result.session);
		const step = plan[stepIndex];
		let status: StepStatus = 'waiting';
		if (result.state === 'active' && step) {
			clock.reset();
			status = 'active';
		} else if (result.state === 'missing') {
			status = clock.missing();
		} else {
			clock.reset();
		}
		persist(result.session);
		const next = step && plan.slice(stepIndex + 1).find((later) => later.page === step.page);
		const isLast = stepIndex === plan.length - 1;
		// The click that ends the guide: on a confirmation step, or on the last step when it leaves the page (then
		// the page change counts even if the form re-rendered on the way out).
		const finalClick =
			status === 'active' &&
			step !== undefined &&
			(step.doneWhen === 'confirmation' || (isLast && step.doneWhen === 'page-change'));
		return show({
			...base,
			context: result.session.context,
			stepId: step?.id,
			stepNumber: stepIndex + 1,
			status,
			watch: [step?.id, next?.id].filter((id) => id !== undefined),
			pickedUp: pickUp === stepIndex,
			finalClick,
		});
	};

	const clock: LostClock = lostClock(lostAfterMs, () => hooks.wake());

	/**
	 * The user's own path: on the user list, the row the user selects is the guide's person, for guides that act
	 * on a row. A person the guide was started for (row helper, wizard) stays until the user selects another row.
	 */
	const followSelection = (seen: GuideSnapshot): void => {
		const current = session;
		if (!current || current.done || !guide || !followsSelectedRow(guide)) return;
		if (seen.page !== 'user-selection' || seen.guide !== guide.id) return;
		const selected = seen.selected;
		if (selected === selectionSeen) return;
		const firstLook = selectionSeen === null;
		selectionSeen = selected;
		if (selected === undefined || selected === current.context.extId) return;
		if (firstLook && current.context.extId !== undefined) return;
		session = {...current, context: {...current.context, extId: selected}};
	};

	const load = (loaded: GuideSession, page: PageId, seen: GuideSnapshot | undefined): GuideDirective | null => {
		stop();
		const shown = guides(loaded.guide);
		guide = shown;
		session = {...loaded, context: answerFromPage(shown, loaded.context, page)};
		selectionSeen = null;
		plan = planSteps(shown, session.context);
		return update(seen);
	};

	const finish = (shown: Guide, ended: GuideSession): GuideDirective | null => {
		stop();
		persist(null);
		// The panel stays until dismissed: the session, done, says the guide is not running any more.
		session = {...ended, done: true};
		return show({
			guide: shown.id,
			context: ended.context,
			stepNumber: plan.length,
			stepCount: plan.length,
			status: 'done',
			watch: [],
		});
	};

	const stop = (): void => {
		clock.reset();
		clearTimeout(graceTimer);
	};

	const persist = (saved: GuideSession | null): void => {
		const json = JSON.stringify(saved);
		if (json === savedJson) return;
		savedJson = json;
		hooks.save(saved);
	};

	const cancel = (): null => {
		stop();
		pickUp = undefined;
		session = undefined;
		guide = undefined;
		persist(null);
		view = null;
		return null;
	};

	return {
		get session() {
			return session;
		},
		get running() {
			return session !== undefined && !session.done;
		},
		get view() {
			return view;
		},
		start(guideId, context, page, seen) {
			pickUp = 'pending';
			return load(freshSession(guideId, answerFromPage(guides(guideId), context, page)), page, seen);
		},
		resume(loaded, page) {
			pickUp = undefined;
			return load(loaded, page, undefined);
		},
		choose(name, value, seen) {
			if (!session || session.done || !isAnswer(name, value)) return update(seen);
			return load({...session, context: {...session.context, [name]: value}}, seen.page, seen);
		},
		retry(seen) {
			clock.reset();
			return update(seen);
		},
		skip(seen) {
			const step = session && plan[session.stepIndex];
			if (!session || session.done || !step) return update(seen);
			const isLast = session.stepIndex === plan.length - 1;
			session = {
				...session,
				skipped: [...session.skipped, step.id],
				stepIndex: session.stepIndex + (isLast ? 0 : 1),
				done: isLast,
			};
			clock.reset();
			return update(seen);
		},
		cancel,
		dismiss: cancel,
		update,
		clicked(stepId, confirmations) {
			if (!session || session.done) return;
			session = {...session, confirmationsBefore: {step: stepId, texts: [...confirmations], clicked: true}};
			persist(session);
			clearTimeout(graceTimer);
			const step = plan.find((candidate) => candidate.id === stepId);
			// A last step that leaves the page needs no grace: the page change ends it.
			if (step?.doneWhen !== 'confirmation') return;
			graceTimer = setTimeout(() => {
				if (!session || session.done || session.confirmationsBefore?.step !== stepId) return;
				session = {...session, done: true};
				hooks.wake();
			}, confirmationGraceMs);
		},
		stop,
	};
}
