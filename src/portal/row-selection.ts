/**
 * Which data row of a table the user selected, by meaning first: the row (or one of its cells) says
 * `aria-selected="true"`, or the row's own radio/checkbox is checked (native or ARIA). PrimeNG's highlight classes
 * are hints for tables that show the selection only by colour (the current PrimeNG user table: the class alone,
 * no ARIA): `ui-state-highlight` up to v9, `p-highlight` and `p-datatable-row-selected` later.
 */
const BY_MEANING = [
	'[aria-selected="true"]',
	'input[type="radio"]:checked',
	'input[type="checkbox"]:checked',
	'[role="radio"][aria-checked="true"]',
	'[role="checkbox"][aria-checked="true"]',
].join(', ');
const BY_HIGHLIGHT = '.ui-state-highlight, .p-highlight, .p-datatable-row-selected, .p-treetable-row-selected';
const ROW = 'tr, [role="row"]';

/**
 * The one selected row among `rows` (the table's data rows), or undefined when none or several are selected (a
 * multi-selection names no single person). One query over the table, not one per row: lists have 10,000 rows.
 */
export function findSelectedRow(table: Element, rows: () => readonly Element[]): Element | undefined {
	for (const selector of [BY_MEANING, BY_HIGHLIGHT]) {
		const marked = new Set<Element>();
		for (const element of table.querySelectorAll(selector)) {
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
