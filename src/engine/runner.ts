import type {Guide, Step} from '../guides/schema';
import {isAnswer, type ChoiceName, type GuideContext} from '../shared/guide-context';
import {freshSession, type GuideSession} from '../shared/guide-session';
import {evaluate, type StepStatus} from './machine';
import {answerFromPage, followsSelectedRow, pendingChoice, planSteps} from './plan';
import type {Located, PortalAccess} from './portal-access';
import {finalClickWatch, type FinalClickWatch} from './final-click';
import {lostClock, type LostClock} from './lost-clock';
import {locateOnce, observePortal} from './observe';
import {markTarget} from './target-marker';

/** What the overlay shows for the running guide. */
export type RunnerView = {
	guide: Guide;
	/** Set while the guide asks a question before it can point anywhere. */
	choice?: ChoiceName;
	step?: Step;
	stepNumber: number;
	stepCount: number;
	status: StepStatus;
	/** The marked portal element (only while `active`). */
	target?: Element;
	/**
	 * What to watch for changes that move the guide on: the current step's target and the next *planned* step's on
	 * the same page (a button that becomes enabled, a menu item that appears). Empty while asking or done.
	 */
	watch: readonly Element[];
	/** The guide was started on a later page of its path and begins at this step, not at its first one. */
	pickedUp?: boolean;
};

export type RunnerHooks = {
	/** Persist the session (null: ended), so a reload or a sign-in round-trip resumes it. */
	save(session: GuideSession | null): void;
	render(view: RunnerView | null): void;
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

/** The running guide of a tab, as the assistant and the overlay's buttons drive it. */
export type GuideRunner = {
	readonly session: GuideSession | undefined;
	readonly running: boolean;
	start(guideId: GuideSession['guide'], context: GuideContext): void;
	resume(session: GuideSession): void;
	/** The user's answer to the guide's question; anything that is not a valid answer is ignored. */
	choose(name: string, value: string): void;
	/** The user asks to look again for a target that could not be found. */
	retry(): void;
	/** The user goes on without the step whose target cannot be found. */
	skip(): void;
	cancel(): void;
	/** Closes the panel of a finished guide. */
	dismiss(): void;
	/** Re-evaluates against the page; call it (rAF-batched) whenever the portal changed. */
	update(): void;
};

/**
 * Runs one guide at a time in a tab: evaluates the machine when the portal changes, marks the target, keeps the
 * session saved, and tells the overlay what to show. Every listener and timer hangs off one AbortController per
 * guide, so cancel() removes everything at once. A closure, not a class: its state stays private without `#`
 * fields, which the minifier cannot shorten (issue #14).
 */
export function guideRunner(
	portal: PortalAccess,
	hooks: RunnerHooks,
	guides: (id: GuideSession['guide']) => Guide,
	options?: Partial<RunnerOptions>,
): GuideRunner {
	const {lostAfterMs, confirmationGraceMs} = {...DEFAULTS, ...options};
	let session: GuideSession | undefined;
	let guide: Guide | undefined;
	let plan: Step[] = [];
	let savedJson = '';
	/** The selected row's ExtID when last looked at; null until the first look after (re)loading the guide. */
	let selectionSeen: string | undefined | null = null;
	/**
	 * Where a guide just started on a later page of its path begins: 'pending' until it has seen a page of its
	 * path, then that step's index (undefined: it began at its first page).
	 */
	let pickUp: 'pending' | number | undefined;
	let unmark: () => void = () => undefined;

	const update = (): void => {
		followSelection();
		const current = session;
		const shown = guide;
		if (!current || !shown) return;
		if (current.done) {
			finish(shown);
			return;
		}
		const choice = pendingChoice(shown, current.context);
		if (choice) {
			unmarkTarget();
			hooks.render({guide: shown, choice, stepNumber: 0, stepCount: plan.length, status: 'active', watch: []});
			return;
		}
		const locate = locateOnce((step) => locateStep(shown, step, current.context));
		const observation = observePortal(portal, current.context, locate);
		const result = evaluate(current, plan, observation);
		session = result.session;
		const {stepIndex} = result.session;
		if (pickUp === 'pending' && result.state !== 'other-page') {
			// A later step on the first page (a menu already open) is not picking up: the path starts there anyway.
			const begins = plan[stepIndex]?.page !== plan[0]?.page;
			pickUp = begins ? stepIndex : undefined;
		}
		if (result.state === 'done') {
			finish(shown);
			return;
		}
		const step = plan[stepIndex];
		let status: StepStatus = 'waiting';
		let target: Element | undefined;
		if (result.state === 'active' && step) {
			clock.reset();
			target = locate(step)?.element;
			status = 'active';
		} else if (result.state === 'missing') {
			status = clock.missing();
		} else {
			clock.reset();
		}
		if (target && step) {
			unmark = markTarget(target, `${shown.id}:${step.id}`, unmark);
			finalClick.follow(target, step, stepIndex === plan.length - 1, clicked, graceOver);
		} else {
			unmarkTarget();
		}
		persist(session);
		const next = step && plan.slice(stepIndex + 1).find((later) => later.page === step.page);
		const watch = [step && locate(step)?.element, next && locate(next)?.element];
		hooks.render({
			guide: shown,
			step,
			stepNumber: stepIndex + 1,
			stepCount: plan.length,
			status,
			target,
			watch: watch.filter((element) => element !== undefined),
			pickedUp: pickUp === stepIndex,
		});
	};

	const clock: LostClock = lostClock(lostAfterMs, update);
	const finalClick: FinalClickWatch = finalClickWatch(confirmationGraceMs);

	/**
	 * The user's own path: on the user list, the row the user selects is the guide's person, for guides that act
	 * on a row. A person the guide was started for (row helper, wizard) stays until the user selects another row.
	 */
	const followSelection = (): void => {
		const current = session;
		if (!current || current.done || !guide || !followsSelectedRow(guide)) return;
		if (portal.page() !== 'user-selection') return;
		const selected = portal.selectedPerson();
		if (selected === selectionSeen) return;
		const firstLook = selectionSeen === null;
		selectionSeen = selected;
		if (selected === undefined || selected === current.context.extId) return;
		if (firstLook && current.context.extId !== undefined) return;
		session = {...current, context: {...current.context, extId: selected}};
	};

	const load = (loaded: GuideSession): void => {
		stop();
		const shown = guides(loaded.guide);
		guide = shown;
		session = {...loaded, context: answerFromPage(shown, loaded.context, portal.page())};
		selectionSeen = null;
		plan = planSteps(shown, session.context);
		update();
	};

	const locateStep = (shown: Guide, step: Step, context: GuideContext): Located | undefined => {
		const taught = portal.learned?.(shown.id, step, context);
		if (taught) return taught;
		const personal = step.target.kind === 'user-row' || step.target.kind === 'row-action';
		const primary = personal && context.extId === undefined ? undefined : portal.locate(step.target, context);
		return primary ?? (step.fallback ? portal.locate(step.fallback, context) : undefined);
	};

	/** The user clicked the confirmation step's control: from now on a new success message answers it. */
	const clicked = (stepId: string): void => {
		if (!session || session.done) return;
		const texts = [...portal.confirmations()];
		session = {...session, confirmationsBefore: {step: stepId, texts, clicked: true}};
		persist(session);
	};

	/** No confirmation we recognise came within the grace period after the click: the guide ends anyway. */
	const graceOver = (stepId: string): void => {
		if (!session || session.done || session.confirmationsBefore?.step !== stepId) return;
		session = {...session, done: true};
		update();
	};

	const finish = (shown: Guide): void => {
		stop();
		persist(null);
		hooks.render({guide: shown, stepNumber: plan.length, stepCount: plan.length, status: 'done', watch: []});
	};

	const stop = (): void => {
		clock.reset();
		finalClick.stop();
		unmarkTarget();
	};

	const unmarkTarget = (): void => {
		unmark();
		unmark = () => undefined;
	};

	const persist = (saved: GuideSession | null): void => {
		const json = JSON.stringify(saved);
		if (json === savedJson) return;
		savedJson = json;
		hooks.save(saved);
	};

	const cancel = (): void => {
		stop();
		pickUp = undefined;
		session = undefined;
		guide = undefined;
		persist(null);
		hooks.render(null);
	};

	return {
		get session() {
			return session;
		},
		get running() {
			return session !== undefined && !session.done;
		},
		start(guideId, context) {
			pickUp = 'pending';
			load(freshSession(guideId, answerFromPage(guides(guideId), context, portal.page())));
		},
		resume: load,
		choose(name, value) {
			if (!session || !isAnswer(name, value)) return;
			load({...session, context: {...session.context, [name]: value}});
		},
		retry() {
			clock.reset();
			update();
		},
		skip() {
			const step = session && plan[session.stepIndex];
			if (!session || !step) return;
			const isLast = session.stepIndex === plan.length - 1;
			session = {
				...session,
				skipped: [...session.skipped, step.id],
				stepIndex: session.stepIndex + (isLast ? 0 : 1),
				done: isLast,
			};
			clock.reset();
			update();
		},
		cancel,
		dismiss: cancel,
		update,
	};
}
