import {OWN_ROOT_ID} from './regions';

/**
 * Everything of a page except the bodies of its data tables and our own overlay (`#eiam-assist-root`), in document
 * order. On a 10,000-row user list that is a few hundred elements instead of 200,000, and it holds all that
 * identifies a page and most guide targets: titles, table headers, navigation, buttons, dialogs, alerts. A
 * `querySelectorAll` over the whole document costs 10–45 ms there (measured in Chromium,
 * test/bench/portal-model.bench.ts); this walk well under 1 ms. Searches that must reach into rows (row menus, user
 * rows) do so separately and only when needed. Callers need not check `isOwnElement` on what it returns.
 */
export function outsideTableBodies(root: Document | Element): Element[] {
	const start = root.nodeType === 9 ? ((root as Document).documentElement as Element | null) : (root as Element);
	const found: Element[] = [];
	if (!start) return found; // a document without any element
	// Iterative depth-first walk: deep pages must not overflow the stack.
	const stack: Element[] = [start];
	while (stack.length > 0) {
		const el = stack.pop() as Element;
		found.push(el);
		for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
			if (child.tagName !== 'TBODY' && child.id !== OWN_ROOT_ID) stack.push(child);
		}
	}
	return found;
}

/** The elements of `outsideTableBodies(root)` that match `selector`. */
export function scanPage(root: Document | Element, selector: string): Element[] {
	return outsideTableBodies(root).filter((el) => el.matches(selector));
}
