import {BIG_LIST_ROWS, bigLists, rowHolding} from './big-lists';
import {bodyOf, rootOf} from './regions';

/**
 * What one portal watch observes, as a list of (node, options) for one MutationObserver (src/portal/watch.ts).
 * `structure` nodes (marked `structure: true`; the others leave it out) are observed for their children only; a
 * change there (the body replaced, a dialog appended, the list's table swapped) means the plan may now name other
 * nodes, so the watch applies it again.
 */
export type Observation = {
	readonly node: Node;
	readonly init: MutationObserverInit;
	readonly structure?: true;
};

// `lang` on <html> (the language switch may change nothing else before the texts re-render) and its children
// (the body replaced wholesale: document.write, a framework re-bootstrapping).
const ROOT_INIT: MutationObserverInit = {childList: true, attributes: true, attributeFilter: ['lang']};
/** Structure and text of a whole subtree: content rendered late, texts rewritten in place. */
const DEEP_INIT: MutationObserverInit = {childList: true, subtree: true, characterData: true};
const CHILDREN_INIT: MutationObserverInit = {childList: true};

function rootObservation(doc: Document): Observation[] {
	const root = rootOf(doc);
	return root ? [{node: root, init: ROOT_INIT, structure: true}] : [];
}

/** `<html lang>` and children, and the whole body (dialogs and drop-down menus are appended to `<body>`). */
export function wholePagePlan(doc: Document): Observation[] {
	// An empty Document has neither body nor root; then only history events can report anything. (The body is
	// always a child of the root, never the root itself.)
	const body = bodyOf(doc);
	return body ? [...rootObservation(doc), {node: body, init: DEEP_INIT}] : rootObservation(doc);
}

/**
 * The page's identity only (src/portal/track-page.ts re-aims it): `anchor` with its subtree, the chain of its
 * ancestors without their subtrees (a route change replaces one of them; the body's children: dialogs, overlays),
 * and `<html lang>`.
 */
export function identityPlan(doc: Document, anchor: Element): Observation[] {
	const root = rootOf(doc);
	const observations = rootObservation(doc);
	for (let node = anchor.parentElement; node && node !== root; node = node.parentElement) {
		observations.push({node, init: CHILDREN_INIT});
	}
	observations.push({node: anchor, init: DEEP_INIT});
	return observations;
}

/**
 * Everything `wholePagePlan` sees except what cannot matter while a step's target is on the page: the rows of big
 * lists that hold none of `kept` (the current and next step's targets). Their list bodies are observed for rows
 * added, removed or re-sorted (paging, filtering, a tree row expanded), the rows holding a target in full (the
 * person's status, their row re-rendered), and every node beside the path from `<body>` down to a big list in full:
 * the region, the paginator, the body-level containers where menus, dialogs and toasts render. Without a big list
 * it is `wholePagePlan`.
 */
export function besideBigListsPlan(doc: Document, kept: readonly Element[]): Observation[] {
	const body = bodyOf(doc);
	const lists = body ? bigLists(body) : [];
	if (!body || lists.length === 0) return wholePagePlan(doc);
	return [...rootObservation(doc), ...besideLists(body, lists, kept)];
}

/**
 * Below `top`: the nodes on the paths down to `lists` for their children (`structure`), every node beside those
 * paths in full, each list for its rows (added, removed, re-sorted) and the rows holding one of `kept` in full.
 */
function besideLists(top: Element, lists: readonly Element[], kept: readonly Element[]): Observation[] {
	const onPath = new Set<Node>();
	for (const list of lists) {
		for (let node = list.parentElement; node && !onPath.has(node); node = node.parentElement) {
			onPath.add(node);
			if (node === top) break;
		}
	}
	const listSet = new Set<Node>(lists);
	const observations: Observation[] = [];
	for (const node of onPath) {
		observations.push({node, init: CHILDREN_INIT, structure: true});
		for (let child = node.firstChild; child; child = child.nextSibling) {
			if (onPath.has(child) || listSet.has(child)) continue;
			if (child.nodeType === 1 /* Node.ELEMENT_NODE */) observations.push({node: child, init: DEEP_INIT});
			// A text directly on the path (a caption's text beside the table) is rewritten in place by a language switch.
			else if (child.nodeType === 3 /* Node.TEXT_NODE */)
				observations.push({node: child, init: {characterData: true}});
		}
	}
	for (const list of lists) {
		observations.push({node: list, init: CHILDREN_INIT});
		const rows = new Set<Element>();
		for (const element of kept) {
			const row = rowHolding(list, element);
			if (row) rows.add(row);
		}
		for (const row of rows) observations.push({node: row, init: DEEP_INIT});
	}
	return observations;
}

/**
 * The user list while no guide runs (the row helpers, the access review): in full, unless it holds big lists.
 * Then, as beside a guide's target, the big lists' rows added, removed or re-sorted (paging, filtering) and
 * everything else in the list in full (its header, its paginator), but not the inside of the big lists' rows: a
 * subtree observer there makes the browser keep a registration on every node the page's re-render removes
 * (~70,000 for 10,000 rows), which doubled its cost (test/bench rerender). Texts rewritten in place inside such a
 * list are read again after the user's next action or when the list's size changes (src/portal/watch.ts).
 */
export function listPlan(list: Element): Observation[] {
	if (list.childElementCount >= BIG_LIST_ROWS) return [{node: list, init: CHILDREN_INIT}];
	const lists = bigLists(list);
	if (lists.length === 0) return [{node: list, init: DEEP_INIT}];
	return besideLists(list, lists, []);
}
