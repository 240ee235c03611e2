import {BIG_LIST_ROWS} from './big-lists';
import {bodyOf} from './regions';
import {besideBigListsPlan, identityPlan, listPlan, wholePagePlan, type Observation} from './watch-plan';

/**
 * SPA awareness without polling (shared/PERFORMANCE.md, "An always-on MutationObserver"): one observer for
 * structure and text, history events for route changes, and all work batched into one animation frame per burst.
 * Nothing runs while the page does not change; everything is removed when the signal aborts.
 */

/**
 * Calls `callback` once in the next animation frame however often `schedule` is called before it; never after the
 * signal aborted (a frame already requested then finds it aborted and does nothing). A document without a window
 * (detached, parsed) is never painted: nothing is scheduled for it.
 */
function batched(doc: Document, callback: () => void, signal: AbortSignal): () => void {
	const view = doc.defaultView;
	let pending = false;
	return () => {
		if (!view || pending || signal.aborted) return;
		pending = true;
		view.requestAnimationFrame(() => {
			pending = false;
			if (!signal.aborted) callback();
		});
	};
}

/** Stops `observer` when the signal aborts. */
function disconnectOnAbort(observer: {disconnect(): void}, signal: AbortSignal): void {
	signal.addEventListener('abort', () => observer.disconnect(), {once: true});
}

/** The Navigation API, where the browser has it (Chromium); undefined elsewhere (Firefox, test DOMs). */
function navigationOf(doc: Document): EventTarget | undefined {
	const view = doc.defaultView as (Window & {navigation?: EventTarget}) | null;
	return view?.navigation;
}

/**
 * One MutationObserver over the nodes `plan` names, plus the history events; every report is batched into one
 * animation frame. After a change on a `structure` node (the body replaced, a dialog appended, a list's table
 * swapped) or a big burst, the plan is applied again in that frame, before `onChange`.
 */
function observe(doc: Document, plan: () => readonly Observation[], onChange: () => void, signal: AbortSignal): void {
	if (signal.aborted) return;
	let structure = new Set<Node>();
	let replan = false;
	let records = 0;
	const apply = (): void => {
		structure = new Set();
		for (const {node, init, structure: isStructure} of plan()) {
			observer.observe(node, init);
			if (isStructure) structure.add(node);
		}
	};
	const schedule = batched(
		doc,
		() => {
			if (replan) {
				observer.disconnect(); // drops records not yet delivered: onChange reads the page as it is now
				apply();
			}
			replan = false;
			records = 0;
			onChange();
		},
		signal,
	);
	// Runs inside the microtask after the page's own DOM writes: count and look, never read the DOM here.
	const observer = new MutationObserver((batch) => {
		records += batch.length;
		// A burst of a big list's size re-applies the plan too: a big list may have been rendered inside a node the plan
		// observes in full (the user list arriving after its page's title).
		replan ||= records >= BIG_LIST_ROWS || batch.some((record) => structure.has(record.target));
		schedule();
	});
	apply();
	const view = doc.defaultView;
	view?.addEventListener('popstate', schedule, {signal});
	view?.addEventListener('hashchange', schedule, {signal});
	navigationOf(doc)?.addEventListener('navigatesuccess', schedule, {signal});
	disconnectOnAbort(observer, signal);
}

/**
 * Calls `onChange` (at most once per animation frame) whenever the portal's DOM structure or text changes, or the
 * SPA navigates: a route change, content rendered asynchronously, a dialog or a body-level menu opening, the
 * language switch rewriting texts, `<html lang>` changing. Read the DOM in `onChange`; never inside a
 * MutationObserver callback (this one only schedules). For a guide in progress: it sees targets appear.
 *
 * Not reported: attribute-only changes below `<html>` (a menu shown by a class, a button enabled). Observing
 * attributes over the whole body is what costs on a 10,000-row page; use `watchAttributes` on the current
 * target for those.
 *
 * pushState/replaceState cannot be observed from an isolated content script (patching them would patch our own
 * world only); the DOM mutation that follows every Angular route change reports it, and `navigatesuccess`
 * reports it directly where the Navigation API exists.
 *
 * Cost: each DOM record below <body> costs the page a little (≈ 2 µs in Chromium, test/bench): while no guide is
 * active, prefer `watchPageIdentity`.
 */
export function watchPortal(doc: Document, onChange: () => void, signal: AbortSignal): void {
	observe(doc, () => wholePagePlan(doc), onChange, signal);
}

/**
 * The coarse watch page detection needs while no guide is active (shared/PERFORMANCE.md: "disconnect or narrow
 * the observer"): the element that identifies the page (`anchor`: its title, the home greeting, the open dialog —
 * `detectPageAndAnchor`) with its own subtree, the chain of its ancestors without their subtrees (a route change
 * replaces one of them), the body's children (dialogs, overlays), `<html lang>` and history events. A 10,000-row
 * re-render produces no record here. Without an anchor (a page recognised by its content, or none yet) it watches
 * like `watchPortal`.
 */
export function watchPageIdentity(
	doc: Document,
	anchor: Element | undefined,
	onChange: () => void,
	signal: AbortSignal,
): void {
	if (!anchor?.isConnected) {
		watchPortal(doc, onChange, signal);
		return;
	}
	observe(doc, () => identityPlan(doc, anchor), onChange, signal);
}

/** The attributes that tell whether a target became usable or its menu opened. */
const TARGET_ATTRIBUTES = ['disabled', 'aria-disabled', 'aria-expanded', 'class', 'style', 'hidden'];

/**
 * Calls `onChange` (at most once per frame) when one of `TARGET_ATTRIBUTES` changes on `el` itself: a button becoming
 * enabled, a menu toggle's `aria-expanded`, a class that shows or hides it. Narrow on purpose (an attributeFilter
 * on one element costs nothing); the engine re-attaches it whenever its target changes.
 */
export function watchAttributes(el: Element, onChange: () => void, signal: AbortSignal): void {
	if (signal.aborted) return;
	const schedule = batched(el.ownerDocument, onChange, signal);
	const observer = new MutationObserver(schedule);
	observer.observe(el, {attributes: true, attributeFilter: TARGET_ATTRIBUTES});
	disconnectOnAbort(observer, signal);
}

/** The user's own actions that can change what a guide shows, observed (bubbling, passive), never intercepted. */
export const USER_ACTIONS = ['click', 'input', 'change', 'keyup'] as const;

/** Calls `onChange` (batched per frame) after each click, typing or field change of the user anywhere on the page. */
export function watchUserActions(doc: Document, onChange: () => void, signal: AbortSignal): void {
	if (signal.aborted) return;
	const schedule = batched(doc, onChange, signal);
	for (const type of USER_ACTIONS) doc.addEventListener(type, schedule, {passive: true, signal});
}

/** How many ancestors of a target are watched too: menus are often shown by a class on a parent. */
const TARGET_ANCESTORS = 3;

/**
 * Everything that moves a guide on while it runs: the portal's structure and text, the user's actions, the
 * attributes of `targets` (the current and next step's) and their nearest ancestors (a button enabled, a menu
 * shown) and the size of `marked` (the current step's target, for the ring). All removed when the signal aborts.
 *
 * While a target is marked, the rows of big lists that hold no target are left out (`besideBigListsPlan`): what
 * the step waits for is then the user's action on it, the next target appearing (a menu, a dialog: outside the
 * list), a confirmation, rows added or removed, the page changing, or the target's own row changing; a 10,000-row
 * re-render then costs the page a few records instead of ~70,000. Without a marked target (the step waits for it to
 * render, anywhere, also in a list row rewritten in place) the whole body is watched (`watchPortal`).
 */
export function watchGuide(
	doc: Document,
	targets: readonly Element[],
	marked: Element | undefined,
	onChange: () => void,
	signal: AbortSignal,
): void {
	// Each watch below checks the signal itself: an aborted one starts none.
	if (marked) observe(doc, () => besideBigListsPlan(doc, [marked, ...targets]), onChange, signal);
	else watchPortal(doc, onChange, signal);
	watchUserActions(doc, onChange, signal);
	const watched = new Set<Element>();
	for (const target of targets) {
		for (let node: Element | null = target, depth = 0; node && depth <= TARGET_ANCESTORS; depth += 1) {
			if (node === bodyOf(doc)) break;
			if (!watched.has(node)) watchAttributes(node, onChange, signal);
			watched.add(node);
			node = node.parentElement;
		}
	}
	if (marked) watchSize(marked, onChange, signal);
}

/** Calls `onChange` (batched per frame) when the size of `el` changes, from what it was when the watch began. */
function watchSize(el: Element, onChange: () => void, signal: AbortSignal): void {
	if (signal.aborted || typeof ResizeObserver !== 'function') return;
	const schedule = batched(el.ownerDocument, onChange, signal);
	// A ResizeObserver reports every element once when it starts observing. Unless the size changed since the
	// watch began (the panel was placed from that size), that is no change: on a big list a refresh costs tens of
	// milliseconds. Layout is up to date in its callback; reading the size there costs nothing.
	const sizeOf = (element: Element): string => {
		const {width, height} = element.getBoundingClientRect();
		return `${width}x${height}`;
	};
	let initial: string | undefined = sizeOf(el);
	const resize = new ResizeObserver(() => {
		if (initial === undefined || initial !== sizeOf(el)) schedule();
		initial = undefined;
	});
	resize.observe(el);
	disconnectOnAbort(resize, signal);
}

/**
 * A list whose rows change (paging, filtering, a status updated after the user sent a code): its rows' structure
 * and text, its size (the row helpers are placed beside rows) and the user's actions (clicks on the paginator).
 * Narrow: only the list, never the whole body; inside a big list only its rows added, removed or re-sorted
 * (`listPlan`): texts rewritten there in place are read again after the user's next action or a change of size.
 */
export function watchList(list: Element, onChange: () => void, signal: AbortSignal): void {
	// Each watch below checks the signal itself: an aborted one starts none.
	const doc = list.ownerDocument;
	observe(doc, () => listPlan(list), onChange, signal);
	watchSize(list, onChange, signal);
	watchUserActions(doc, onChange, signal);
}

/**
 * One watch at a time that follows what it watches: `follow(elements, start)` keeps the running watch while the
 * elements are the same (in order), else stops it and starts a new one; `follow(undefined, …)` stops watching.
 */
export class Rewatch {
	readonly follow: (elements: readonly Element[] | undefined, start: (signal: AbortSignal) => void) => void;

	constructor(lifetime: AbortSignal) {
		let current: AbortController | undefined;
		let followed: readonly Element[] = [];
		this.follow = (elements, start) => {
			const same = elements?.length === followed.length && elements.every((el, i) => el === followed[i]);
			if (current && same) return;
			current?.abort();
			current = undefined;
			followed = elements ?? [];
			if (!elements || lifetime.aborted) return;
			current = new AbortController();
			start(AbortSignal.any([current.signal, lifetime]));
		};
	}
}
