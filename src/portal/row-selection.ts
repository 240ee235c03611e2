import {BIG_LIST_ROWS} from './big-lists';
import {VOCABULARY} from './label-table';
import {USER_ACTIONS} from './watch';

/**
 * Which data row of a table the user selected, by meaning first: the row (or one of its cells) says
 * `aria-selected="true"`, or the row's own radio/checkbox is checked (native or ARIA; vocabulary.ts `selectedMark`).
 * PrimeNG's highlight classes are hints for tables that show the selection only by colour (the current PrimeNG user
 * table: the class alone, no ARIA): `ui-state-highlight` up to v9, `p-highlight` and `p-datatable-row-selected`
 * later.
 *
 * A running guide asks after every change of the page, and lists have 10,000 rows (200,000 elements): a query over
 * the table costs tens of milliseconds, the page's own re-render a few hundred. So the marks come from what the
 * browser keeps between calls: live class and tag collections (Chromium recounts them after any change inside the
 * table, rewritten texts included), and the ARIA states and data rows as last read, kept while nothing that could
 * change them happened (`read` below). A big table's answer itself is kept with them: reading live collections over
 * its 200,000 elements after every re-render left the browser work that made the portal's next re-render slower
 * (test/bench rerender with a guide, alone: 1.10 before, 1.01 after; whole runs of one day since gave 1.06–1.16,
 * see test/bench/README.md; a static query costs ~10 ms per read; keeping the answer only 2 s after the user's
 * action, for a portal that marks late, measured 1.08–1.11).
 */
const ARIA_ATTRIBUTES = ['aria-selected', 'aria-checked', 'role'];
const HIGHLIGHT_CLASSES = ['ui-state-highlight', 'p-highlight', 'p-datatable-row-selected', 'p-treetable-row-selected'];

/**
 * The user's actions (watch.ts's list) after which a big table's marks are read again: a selection is the user's
 * click, key or change. Counted per document (passive listeners, never intercepting the portal's events).
 */
const actionCounts = new WeakMap<Document, {count: number}>();

function userActionsOf(doc: Document): {count: number} {
	let actions = actionCounts.get(doc);
	if (!actions) {
		const counted = {count: 0};
		const count = (): void => void (counted.count += 1);
		for (const type of USER_ACTIONS) doc.addEventListener(type, count, {capture: true, passive: true});
		actionCounts.set(doc, counted);
		actions = counted;
	}
	return actions;
}

/**
 * A table's ARIA marks and data rows as last read, with what tells they may be out of date: a row added, removed or
 * replaced (children of the table and of the rows' parents), and in a table of up to `BIG_LIST_ROWS` rows the number
 * of its elements changed (the live collection's length: anything added or removed inside a row) or an ARIA state or
 * role changed anywhere; in a bigger one an ARIA state changed on the marks last read (a selection cleared) and, for
 * a mark set or added anywhere, the user's next action (a subtree attribute observer over a 10,000-row table makes
 * the browser keep a registration on every node the portal's re-render removes: ~70,000, a third more time for that
 * re-render, test/bench rerender). Rewriting texts in place changes none of these: the re-render reads nothing again.
 */
type Known = {
	/**
	 * The selected row as the marks show it now; in a big table, as they showed it at the entry's first question (a
	 * mark set or added without the user's action is seen at their next one).
	 */
	selected(): Element | undefined;
	/** False once anything that could change the marks or rows happened since they were read. */
	upToDate(): boolean;
	/** Disconnects the observers: the entry is being replaced. */
	stop(): void;
};
const known = new WeakMap<Element, Known>();

function read(table: Element, rows: () => readonly Element[]): Known {
	const entry = known.get(table);
	if (entry?.upToDate()) return entry;
	entry?.stop();
	const dataRows = rows();
	const aria = [...table.querySelectorAll(VOCABULARY.selectedMark)];
	const big = dataRows.length >= BIG_LIST_ROWS;
	// No element counter on a big table (both undefined below): its entry waits for the user's next action instead.
	const elements = big ? undefined : table.getElementsByTagName('*');
	const count = elements?.length;
	// For a big table: the document's count of user actions when the marks were read.
	const actions = big ? userActionsOf(table.ownerDocument) : undefined;
	const actionsSeen = actions?.count;
	let changed = false;
	const change = (): void => void (changed = true);
	const attributes = new MutationObserver(change);
	const ariaInit = {attributes: true, attributeFilter: ARIA_ATTRIBUTES};
	if (big) for (const mark of aria) attributes.observe(mark, ariaInit);
	else attributes.observe(table, {...ariaInit, subtree: true});
	const structure = new MutationObserver(change);
	const containers = new Set<Element>([table]);
	for (const row of dataRows) {
		for (let node = row.parentElement; node && !containers.has(node); node = node.parentElement) {
			containers.add(node);
		}
	}
	for (const container of containers) if (table.contains(container)) structure.observe(container, {childList: true});
	const observers = [attributes, structure];
	const rowSet = new Set(dataRows);
	let kept: {row: Element | undefined} | undefined;
	const fresh: Known = {
		selected() {
			if (kept) return kept.row;
			const row = selectedIn(table, rowSet, aria);
			if (actions) kept = {row};
			return row;
		},
		upToDate: () =>
			!changed &&
			actions?.count === actionsSeen &&
			// Records not yet delivered (a change in this same task) count too.
			observers.every((observer) => observer.takeRecords().length === 0) &&
			count === elements?.length,
		stop: () => {
			for (const observer of observers) observer.disconnect();
		},
	};
	known.set(table, fresh);
	return fresh;
}

/** What says "selected" by meaning: ARIA states, and checked native radios and checkboxes (read live). */
function byMeaning(table: Element, aria: readonly Element[]): Element[] {
	const marks = [...aria];
	for (const input of table.getElementsByTagName('input')) {
		const {type, checked} = input;
		if ((type === 'radio' || type === 'checkbox') && checked) marks.push(input);
	}
	return marks;
}

function byHighlight(table: Element): Element[] {
	return HIGHLIGHT_CLASSES.flatMap((name) => [...table.getElementsByClassName(name)]);
}

/**
 * The one selected row among `rows` (the table's data rows), or undefined when none or several are selected (a
 * multi-selection names no single person).
 */
export function findSelectedRow(table: Element, rows: () => readonly Element[]): Element | undefined {
	return read(table, rows).selected();
}

/** The one selected row among `dataRows` as the marks show it now (`aria`: the ARIA marks as last read). */
function selectedIn(table: Element, dataRows: ReadonlySet<Element>, aria: readonly Element[]): Element | undefined {
	for (const marks of [() => byMeaning(table, aria), () => byHighlight(table)]) {
		const selected = new Set<Element>();
		for (const element of marks()) {
			const row = element.closest(VOCABULARY.row);
			// Header rows ("select all" checkbox) and rows of nested tables are not data rows of this table.
			if (row && dataRows.has(row)) selected.add(row);
		}
		if (selected.size === 1) return [...selected][0];
		if (selected.size > 1) return undefined;
	}
	return undefined;
}
