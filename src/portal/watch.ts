import {bodyOf, rootOf} from './regions';

/**
 * SPA awareness without polling (shared/PERFORMANCE.md, "An always-on MutationObserver"): one observer for
 * structure and text, history events for route changes, and all work batched into one animation frame per burst.
 * Nothing runs while the page does not change; everything is removed when the signal aborts.
 */

type Frame = {request(callback: () => void): number; cancel(handle: number): void};

/** requestAnimationFrame of the document's window; a microtask where there is none (a detached document). */
function frameOf(doc: Document): Frame {
	const view = doc.defaultView;
	if (view && typeof view.requestAnimationFrame === 'function') {
		return {request: (callback) => view.requestAnimationFrame(callback), cancel: (handle) => view.cancelAnimationFrame(handle)};
	}
	const live = new Set<number>();
	let next = 0;
	return {
		request(callback) {
			const handle = ++next;
			live.add(handle);
			queueMicrotask(() => {
				if (live.delete(handle)) callback();
			});
			return handle;
		},
		cancel(handle) {
			live.delete(handle);
		},
	};
}

/** Calls `callback` once in the next frame however often `schedule` is called before it; cancelled on abort. */
function batched(doc: Document, callback: () => void, signal: AbortSignal): () => void {
	const frame = frameOf(doc);
	let pending: number | undefined;
	signal.addEventListener(
		'abort',
		() => {
			if (pending !== undefined) frame.cancel(pending);
			pending = undefined;
		},
		{once: true},
	);
	return () => {
		if (pending !== undefined || signal.aborted) return;
		pending = frame.request(() => {
			pending = undefined;
			if (!signal.aborted) callback();
		});
	};
}

/** The Navigation API, where the browser has it (Chromium); undefined elsewhere (Firefox, test DOMs). */
function navigationOf(doc: Document): EventTarget | undefined {
	const view = doc.defaultView as (Window & {navigation?: EventTarget}) | null;
	return view?.navigation;
}

/**
 * Calls `onChange` (at most once per animation frame) whenever the portal's DOM structure or text changes, or the
 * SPA navigates: a route change, content rendered asynchronously, a dialog or a body-level menu opening, the
 * language switch rewriting texts, `<html lang>` changing. Read the DOM in `onChange`; never inside a
 * MutationObserver callback (this one only schedules).
 *
 * Not reported: attribute-only changes below `<html>` (a menu shown by a class, a button enabled). Observing
 * attributes over the whole body is what costs on a 10,000-row page; use `watchAttributes` on the current
 * target for those.
 *
 * pushState/replaceState cannot be observed from an isolated content script (patching them would patch our own
 * world only); the DOM mutation that follows every Angular route change reports it, and `navigatesuccess`
 * reports it directly where the Navigation API exists.
 */
export function watchPortal(doc: Document, onChange: () => void, signal: AbortSignal): void {
	if (signal.aborted) return;
	const schedule = batched(doc, onChange, signal);
	const view = doc.defaultView;
	const structure = new MutationObserver(schedule);
	// The body, not the main region: the create-user dialog and drop-down menus are appended to <body>.
	const root = rootOf(doc);
	let observed = bodyOf(doc) ?? root;
	// An empty Document has neither; then only history events can report anything.
	if (observed) structure.observe(observed, {childList: true, subtree: true, characterData: true});
	// `lang` on <html> only: the language switch may change nothing else before the texts re-render.
	const lang = new MutationObserver(schedule);
	if (root) lang.observe(root, {attributes: true, attributeFilter: ['lang']});
	// The body can be replaced wholesale (document.write, a framework re-bootstrapping): follow it.
	const bodySwap = new MutationObserver(() => {
		const body = bodyOf(doc);
		if (body && body !== observed) {
			observed = body;
			structure.disconnect();
			structure.observe(body, {childList: true, subtree: true, characterData: true});
			schedule();
		}
	});
	if (root) bodySwap.observe(root, {childList: true});
	view?.addEventListener('popstate', schedule, {signal});
	view?.addEventListener('hashchange', schedule, {signal});
	navigationOf(doc)?.addEventListener('navigatesuccess', schedule, {signal});
	signal.addEventListener(
		'abort',
		() => {
			structure.disconnect();
			lang.disconnect();
			bodySwap.disconnect();
		},
		{once: true},
	);
}

/** The attributes that tell whether a target became usable or its menu opened. */
export const TARGET_ATTRIBUTES = ['disabled', 'aria-disabled', 'aria-expanded', 'class', 'style', 'hidden'] as const;

/**
 * Calls `onChange` (at most once per frame) when one of `attributes` changes on `el` itself: a button becoming
 * enabled, a menu toggle's `aria-expanded`, a class that shows or hides it. Narrow on purpose (an attributeFilter
 * on one element costs nothing); the engine re-attaches it whenever its target changes.
 */
export function watchAttributes(
	el: Element,
	attributes: readonly string[],
	onChange: () => void,
	signal: AbortSignal,
): void {
	if (signal.aborted) return;
	const schedule = batched(el.ownerDocument, onChange, signal);
	const observer = new MutationObserver(schedule);
	observer.observe(el, {attributes: true, attributeFilter: [...attributes]});
	signal.addEventListener('abort', () => observer.disconnect(), {once: true});
}
