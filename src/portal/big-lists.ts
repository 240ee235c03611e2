/**
 * The portal's big lists: elements with so many rows (children) that observing their whole subtree costs the page
 * more than its re-render is worth (shared/PERFORMANCE.md: each DOM record costs inside the page's own writes; a
 * 10,000-row in-place re-render makes ~70,000). Found by their size, not their markup: a `<tbody>`, an ARIA
 * `rowgroup`, a virtual-scroll container or a `<ul>` alike. Watches keep their rows' structure (rows added,
 * removed, re-sorted: childList on the list) and the subtrees of the rows that matter to the current step.
 */

/** From this many children on, an element is a big list. A paginated portal page shows 10–100 rows. */
export const BIG_LIST_ROWS = 200;

/**
 * The big lists below `<body>` (never the body itself), outermost first: a big list inside another one's rows is
 * part of that row. One walk that does not enter big lists: on a 10,000-row page a few hundred elements, where a
 * `querySelectorAll` over the document would visit 200,000 (src/portal/page-scan.ts).
 */
export function bigLists(body: Element): Element[] {
	const big: Element[] = [];
	const stack: Element[] = [];
	for (let child = body.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
	while (stack.length > 0) {
		const el = stack.pop() as Element;
		if (el.childElementCount >= BIG_LIST_ROWS) {
			big.push(el);
			continue;
		}
		for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
	}
	return big;
}

/** The row of `list` (its child) that holds `element`, undefined when `element` is not inside one of its rows. */
export function rowHolding(list: Element, element: Element): Element | undefined {
	for (let node: Element | null = element; node; node = node.parentElement) {
		if (node.parentElement === list) return node;
	}
	return undefined;
}
