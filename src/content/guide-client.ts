import type {Located, PortalAccess} from '../engine/portal-access';
import {markTarget} from '../engine/target-marker';
import type {Guide, Step} from '../guides/schema';
import type {GuideContext} from '../shared/guide-context';
import type {GuideId} from '../shared/guide-ids';
import type {GuideDirective, GuideSnapshot} from '../shared/guide-sense';
import type {GuideAct} from '../shared/guide-sense-schema';
import type {TargetContext} from '../shared/target';
import {askBackground} from './background-link';

/**
 * What the overlay shows for the running guide: the background's directive, with the guide and its step, the
 * marked element (only while `active`) and what to watch (the current and the next planned step's targets).
 */
export type GuideView = Omit<GuideDirective, 'guide' | 'watch'> & {
	guide: Guide;
	step?: Step | undefined;
	target?: Element | undefined;
	watch: readonly Element[];
};

/** The running guide of a tab as the page sees it: it senses and marks; the background's runner decides. */
export type GuideClient = {
	readonly view: GuideView | null;
	readonly running: boolean;
	/** Who the guide is for and the answers given (undefined while none runs). */
	readonly context: GuideContext | undefined;
	start(guideId: GuideId, context: GuideContext): void;
	/**
	 * Takes up the tab's stored guide: `replace` when the popup started one for this tab; else (after a reload) only
	 * if the user started none here meanwhile (a busy machine answers late).
	 */
	resume(replace: boolean): void;
	choose(name: string, value: string): void;
	retry(): void;
	skip(): void;
	cancel(): void;
	dismiss(): void;
	/**
	 * Senses the page for the running guide and marks what the background named; tells the background when what it
	 * sees changed (`force`: also when not, a timer of the runner asked).
	 */
	update(force?: boolean): void;
};

/** A look at the page: what is sent, and the elements found (for marking and watching). */
type Sensed = [snapshot: GuideSnapshot, located: Map<string, Located | undefined>];

const elementsOf = (ids: readonly string[], located: Sensed[1] | undefined): Element[] =>
	ids.map((id) => located?.get(id)?.element).filter((element) => element !== undefined);

/** A step that acts on a person's row (its arrow, its pencil, the row itself). */
const isPersonal = (step: Step): boolean => step.target.kind === 'user-row' || step.target.kind === 'row-action';

const isRunning = (directive: GuideDirective | null): directive is GuideDirective =>
	directive !== null && directive.status !== 'done';

/**
 * The page's half of the guide engine (issue #14: the runner runs in the background, src/engine/runner.ts): on each
 * refresh while a guide runs it senses every step of the guide on the page shown, marks the step the background's
 * last answer named (on the element found now: the portal re-renders), and sends what it sees when that changed.
 * Answers are numbered: one that overtook a newer one is dropped. `changed` gets the view whenever it is applied;
 * `wake` asks for a refresh (an answer that needs a fresh look).
 */
export function guideClient(
	portal: PortalAccess,
	guides: (id: GuideId) => Guide,
	changed: (view: GuideView | null) => void,
	wake: () => void,
): GuideClient {
	let directive: GuideDirective | null = null;
	let view: GuideView | null = null;
	/** The look sent last; a look like it is not sent again unless `force`d. */
	let sentKey = '';
	let forced = false;
	let sent = 0;
	let applied = 0;
	let started = false;
	/** The latest look: an answer to it is applied on the elements it found, without looking again. */
	let lastLook: Sensed | undefined;
	let unmark: () => void = () => undefined;
	let clickWatch: AbortController | undefined;
	let clickTarget: Element | undefined;
	/** The step whose control is `clickTarget` (read at the click: the same control may serve the next step). */
	let clickStep = '';

	/** The learned target first, then the step's target (when it needs a person: only with one), then its fallback. */
	const locateStep = (guide: Guide, step: Step, context: TargetContext): Located | undefined => {
		const taught = portal.learned?.(guide.id, step, context);
		if (taught) return taught;
		const primary =
			isPersonal(step) && context.extId === undefined ? undefined : portal.locate(step.target, context);
		return primary ?? (step.fallback ? portal.locate(step.fallback, context) : undefined);
	};

	/** Every step of `guide` on the page shown, for `extId`: the page needs no plan (the background has it). */
	const sense = (guide: Guide, extId: string | undefined): Sensed => {
		const page = portal.page();
		const context = {extId};
		const located = new Map<string, Located | undefined>();
		const steps: GuideSnapshot['steps'] = {};
		/** Whether the guide acts on a row: then the row the user selects is its person (a scan of the list). */
		let onRows = false;
		for (const step of guide.steps) {
			onRows ||= isPersonal(step);
			if (step.page !== page) continue;
			const found = locateStep(guide, step, context);
			located.set(step.id, found);
			steps[step.id] = {
				target: found ? (found.ready ? 'ready' : 'present') : 'missing',
				value: found?.value ?? '',
				observed: step.observe && portal.locate(step.observe, context)?.value,
			};
		}
		const snapshot = {
			guide: guide.id,
			extId,
			page,
			steps,
			confirmations: [...portal.confirmations()],
			selected: onRows ? portal.selectedPerson() : undefined,
		};
		lastLook = [snapshot, located];
		return lastLook;
	};

	/**
	 * Watches the user's click on the marked control when it is the guide's final click (never intercepting it):
	 * from that moment a new success message answers it.
	 */
	const followClick = (target: Element | undefined, stepId: string): void => {
		clickStep = stepId;
		if (target === clickTarget) return;
		clickWatch?.abort();
		clickTarget = target;
		clickWatch = new AbortController();
		const report = (): void =>
			void askBackground({type: 'bg:guide-clicked', step: clickStep, confirmations: [...portal.confirmations()]});
		target?.addEventListener('click', report, {passive: true, signal: clickWatch.signal});
	};

	/** Marks and watches what the directive names, on the elements of this look (none: nothing is marked). */
	const apply = (located: Sensed[1] | undefined): void => {
		const shown = directive;
		const guide = shown && guides(shown.guide);
		const step = shown?.stepId === undefined ? undefined : guide?.steps.find((s) => s.id === shown.stepId);
		const found = shown?.status === 'active' && step ? located?.get(step.id) : undefined;
		const target = found?.ready ? found.element : undefined;
		if (guide && step && target) {
			unmark = markTarget(target, `${guide.id}:${step.id}`, unmark);
		} else {
			unmark();
			unmark = () => undefined;
		}
		followClick(shown?.finalClick ? target : undefined, step?.id ?? '');
		view = shown && guide && {...shown, guide, step, target, watch: elementsOf(shown.watch, located)};
		changed(view);
	};

	/** A newer answer of the background: applied at once, unless it needs a fresh look (then a refresh takes one). */
	const receive = (next: GuideDirective | null): void => {
		directive = next;
		const [seen, located] = lastLook ?? [];
		if (!isRunning(next)) apply(undefined);
		// An answer about the look the page took last is applied on its elements at once (the ring follows in this
		// frame); one that asks to look again, or about another guide or person, waits for a fresh look.
		else if (next.resense || seen?.guide !== next.guide || seen.extId !== next.context.extId) {
			forced = true;
			wake();
		} else apply(located);
	};

	const ask = (act: GuideAct): void => {
		const number = ++sent;
		void askBackground({type: 'bg:guide', act}).then((reply) => {
			// No answer (an update, a restart): the look is sent again at the next refresh.
			if (reply === undefined) sentKey = '';
			else if (number > applied) {
				applied = number;
				receive(reply);
			}
		});
	};

	/** An act on the running guide, with a fresh look (the runner evaluates it at once). */
	const actWithLook = (act: (snapshot: GuideSnapshot) => GuideAct): void => {
		if (!directive) return;
		const [snapshot] = sense(guides(directive.guide), directive.context.extId);
		sentKey = JSON.stringify(snapshot);
		ask(act(snapshot));
	};

	/** Ends the guide on this page at once; the background's answer (none) follows. */
	const end = (act: 'cancel' | 'dismiss'): void => {
		directive = null;
		apply(undefined);
		ask({do: act});
		// Answers to what was asked before no longer apply.
		applied = sent;
	};

	const update = (force = false): void => {
		const shown = directive;
		if (!isRunning(shown)) return;
		const [snapshot, located] = sense(guides(shown.guide), shown.context.extId);
		apply(located);
		const key = JSON.stringify(snapshot);
		if (key === sentKey && !force && !forced) return;
		forced = false;
		sentKey = key;
		ask({do: 'sense', snapshot});
	};

	return {
		get view() {
			return view;
		},
		get running() {
			return isRunning(directive);
		},
		get context() {
			return directive?.context;
		},
		start(guideId, context) {
			started = true;
			const [snapshot] = sense(guides(guideId), context.extId);
			sentKey = JSON.stringify(snapshot);
			ask({do: 'start', guide: guideId, context, page: snapshot.page, snapshot});
		},
		resume(replace) {
			if (replace || !started) ask({do: 'resume', page: portal.page()});
		},
		choose(name, value) {
			actWithLook((snapshot) => ({do: 'choose', name, value, snapshot}));
		},
		retry() {
			actWithLook((snapshot) => ({do: 'retry', snapshot}));
		},
		skip() {
			actWithLook((snapshot) => ({do: 'skip', snapshot}));
		},
		cancel: () => end('cancel'),
		dismiss: () => end('dismiss'),
		update,
	};
}
