/**
 * Which data row of a table the user selected, by meaning first: the row (or one of its cells) says
 * `aria-selected="true"`, or the row's own radio/checkbox is checked (native or ARIA). PrimeNG's highlight classes
 * are hints for tables that show the selection only by colour (the current PrimeNG user table: the class alone,
 * no ARIA): `ui-state-highlight` up to v9, `p-highlight` and `p-datatable-row-selected` later.
 */
const BY_ARIA = [
	'[aria-selected="true"]',
	'[role="radio"][aria-checked="true"]',
	'[role="checkbox"][aria-checked="true"]',
].join(', ');
const HIGHLIGHT_CLASSES = ['ui-state-highlight', 'p-highlight', 'p-datatable-row-selected', 'p-treetable-row-selected'];
const ROW = 'tr, [role="row"]';

/**
 * What says "selected" by meaning: ARIA states, and checked native radios and checkboxes. The inputs come from the
 * table's live `getElementsByTagName` collection, which the browser keeps between calls until elements are added or
 * removed (rewriting the texts of 10,000 rows keeps it): no walk over the table's 200,000 elements for them.
 */
function byMeaning(table: Element): Element[] {
	const marks = [...table.querySelectorAll(BY_ARIA)];
	for (const input of table.getElementsByTagName('input')) {
		const {type, checked} = input as HTMLInputElement;
		if ((type === 'radio' || type === 'checkbox') && checked) marks.push(input);
	}
	return marks;
}

/** The highlight classes, from live class collections (kept by the browser like the inputs above). */
function byHighlight(table: Element): Element[] {
	return HIGHLIGHT_CLASSES.flatMap((name) => [...table.getElementsByClassName(name)]);
}

/**
 * The one selected row among `rows` (the table's data rows), or undefined when none or several are selected (a
 * multi-selection names no single person). Lists have 10,000 rows: the marks are looked up, never each row.
 */
export function findSelectedRow(table: Element, rows: () => readonly Element[]): Element | undefined {
	for (const find of [byMeaning, byHighlight]) {
		const marked = new Set<Element>();
		for (const element of find(table)) {
			const row = element.closest(ROW);
			if (row && table.contains(row)) marked.add(row);
		}
		if (marked.size === 0) continue;
		// Header rows ("select all" checkbox) and rows of nested tables are not data rows of this table.
		const selected = rows().filter((row) => marked.has(row));
		if (selected.length === 1) return selected[0];
		if (selected.length > 1) return undefined;
	}
	return undefined;
}
