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

/**
 * Runs one guide at a time in a tab: evaluates the machine when the portal changes, marks the target, keeps the
 * session saved, and tells the overlay what to show. Every listener and timer hangs off one AbortController per
 * guide, so cancel() removes everything at once.
 */
export class GuideRunner {
	readonly #portal: PortalAccess;
	readonly #hooks: RunnerHooks;
	readonly #guides: (id: GuideSession['guide']) => Guide;
	readonly #options: RunnerOptions;
	#session: GuideSession | undefined;
	#guide: Guide | undefined;
	#plan: Step[] = [];
	readonly #lostClock: LostClock;
	readonly #finalClick: FinalClickWatch;
	#savedJson = '';
	/** The selected row's ExtID when last looked at; null until the first look after (re)loading the guide. */
	#selectionSeen: string | undefined | null = null;
	/**
	 * Where a guide just started on a later page of its path begins: 'pending' until it has seen a page of its
	 * path, then that step's index (undefined: it began at its first page).
	 */
	#pickUp: 'pending' | number | undefined;
	#unmark: () => void = () => undefined;

	constructor(
		portal: PortalAccess,
		hooks: RunnerHooks,
		guides: (id: GuideSession['guide']) => Guide,
		options?: Partial<RunnerOptions>,
	) {
		this.#portal = portal;
		this.#hooks = hooks;
		this.#guides = guides;
		this.#options = {...DEFAULTS, ...options};
		this.#lostClock = lostClock(this.#options.lostAfterMs, () => this.update());
		this.#finalClick = finalClickWatch(this.#options.confirmationGraceMs);
	}

	get session(): GuideSession | undefined {
		return this.#session;
	}

	get running(): boolean {
		return this.#session !== undefined && !this.#session.done;
	}

	start(guideId: GuideSession['guide'], context: GuideContext): void {
		const guide = this.#guides(guideId);
		this.#pickUp = 'pending';
		this.#load(freshSession(guideId, answerFromPage(guide, context, this.#portal.page())));
	}

	resume(session: GuideSession): void {
		this.#load(session);
	}

	/** The user's answer to the guide's question; anything that is not a valid answer is ignored. */
	choose(name: string, value: string): void {
		if (!this.#session) return;
		if (!isAnswer(name, value)) return;
		this.#load({...this.#session, context: {...this.#session.context, [name]: value}});
	}

	/** The user asks to look again for a target that could not be found. */
	retry(): void {
		this.#lostClock.reset();
		this.update();
	}

	/** The user goes on without the step whose target cannot be found. */
	skip(): void {
		const step = this.#session && this.#plan[this.#session.stepIndex];
		if (!this.#session || !step) return;
		const isLast = this.#session.stepIndex === this.#plan.length - 1;
		this.#session = {
			...this.#session,
			skipped: [...this.#session.skipped, step.id],
			stepIndex: this.#session.stepIndex + (isLast ? 0 : 1),
			done: isLast,
		};
		this.#lostClock.reset();
		this.update();
	}

	cancel(): void {
		this.#stop();
		this.#pickUp = undefined;
		this.#session = undefined;
		this.#guide = undefined;
		this.#persist(null);
		this.#hooks.render(null);
	}

	/** Closes the panel of a finished guide. */
	dismiss(): void {
		this.cancel();
	}

	/** Re-evaluates against the page; call it (rAF-batched) whenever the portal changed. */
	update(): void {
		this.#followSelection();
		const session = this.#session;
		const guide = this.#guide;
		if (!session || !guide) return;
		if (session.done) {
			this.#finish(guide);
			return;
		}
		const choice = pendingChoice(guide, session.context);
		if (choice) {
			this.#unmarkTarget();
			this.#hooks.render({
				guide,
				choice,
				stepNumber: 0,
				stepCount: this.#plan.length,
				status: 'active',
				watch: [],
			});
			return;
		}
		const locate = locateOnce((step) => this.#locate(step, session.context));
		const observation = observePortal(this.#portal, session.context, locate);
		const result = evaluate(session, this.#plan, observation);
		this.#session = result.session;
		if (this.#pickUp === 'pending' && result.state !== 'other-page') {
			// A later step on the first page (a menu already open) is not picking up: the path starts there anyway.
			const begins = this.#plan[result.session.stepIndex]?.page !== this.#plan[0]?.page;
			this.#pickUp = begins ? result.session.stepIndex : undefined;
		}
		if (result.state === 'done') {
			this.#finish(guide);
			return;
		}
		const step = this.#plan[result.session.stepIndex];
		let status: StepStatus = 'waiting';
		let target: Element | undefined;
		if (result.state === 'active' && step) {
			this.#lostClock.reset();
			target = locate(step)?.element;
			status = 'active';
		} else if (result.state === 'missing') {
			status = this.#lostClock.missing();
		} else {
			this.#lostClock.reset();
		}
		if (target && step) {
			this.#unmark = markTarget(target, `${guide.id}:${step.id}`, this.#unmark);
			const last = result.session.stepIndex === this.#plan.length - 1;
			this.#finalClick.follow(target, step, last, this.#clicked, this.#graceOver);
		} else {
			this.#unmarkTarget();
		}
		this.#persist(this.#session);
		const next = step && this.#plan.slice(result.session.stepIndex + 1).find((later) => later.page === step.page);
		const watch = [step && locate(step)?.element, next && locate(next)?.element];
		this.#hooks.render({
			guide,
			step,
			stepNumber: result.session.stepIndex + 1,
			stepCount: this.#plan.length,
			status,
			target,
			watch: watch.filter((element) => element !== undefined),
			pickedUp: this.#pickUp === result.session.stepIndex,
		});
	}

	/**
	 * The user's own path: on the user list, the row the user selects is the guide's person, for guides that act
	 * on a row. A person the guide was started for (row helper, wizard) stays until the user selects another row.
	 */
	#followSelection(): void {
		const session = this.#session;
		const guide = this.#guide;
		if (!session || session.done || !guide || !followsSelectedRow(guide)) return;
		if (this.#portal.page() !== 'user-selection') return;
		const selected = this.#portal.selectedPerson();
		if (selected === this.#selectionSeen) return;
		const firstLook = this.#selectionSeen === null;
		this.#selectionSeen = selected;
		if (selected === undefined || selected === session.context.extId) return;
		if (firstLook && session.context.extId !== undefined) return;
		this.#session = {...session, context: {...session.context, extId: selected}};
	}

	#load(session: GuideSession): void {
		this.#stop();
		const guide = this.#guides(session.guide);
		this.#guide = guide;
		this.#session = {...session, context: answerFromPage(guide, session.context, this.#portal.page())};
		this.#selectionSeen = null;
		this.#plan = planSteps(guide, this.#session.context);
		this.update();
	}

	#locate(step: Step, context: GuideContext): Located | undefined {
		const taught = this.#guide && this.#portal.learned?.(this.#guide.id, step, context);
		if (taught) return taught;
		const personal = step.target.kind === 'user-row' || step.target.kind === 'row-action';
		const primary = personal && context.extId === undefined ? undefined : this.#portal.locate(step.target, context);
		return primary ?? (step.fallback ? this.#portal.locate(step.fallback, context) : undefined);
	}

	/** The user clicked the confirmation step's control: from now on a new success message answers it. */
	readonly #clicked = (stepId: string): void => {
		const session = this.#session;
		if (!session || session.done) return;
		const texts = [...this.#portal.confirmations()];
		this.#session = {...session, confirmationsBefore: {step: stepId, texts, clicked: true}};
		this.#persist(this.#session);
	};

	/** No confirmation we recognise came within the grace period after the click: the guide ends anyway. */
	readonly #graceOver = (stepId: string): void => {
		const session = this.#session;
		if (!session || session.done || session.confirmationsBefore?.step !== stepId) return;
		this.#session = {...session, done: true};
		this.update();
	};

	#finish(guide: Guide): void {
		this.#stop();
		this.#persist(null);
		this.#hooks.render({
			guide,
			stepNumber: this.#plan.length,
			stepCount: this.#plan.length,
			status: 'done',
			watch: [],
		});
	}

	#stop(): void {
		this.#lostClock.reset();
		this.#finalClick.stop();
		this.#unmarkTarget();
	}

	#unmarkTarget(): void {
		this.#unmark();
		this.#unmark = () => undefined;
	}

	#persist(session: GuideSession | null): void {
		const json = JSON.stringify(session);
		if (json === this.#savedJson) return;
		this.#savedJson = json;
		this.#hooks.save(session);
	}
}
