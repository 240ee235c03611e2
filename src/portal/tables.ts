import {elementText} from './element-text';
import type {LabelVariants} from './label-table';
import {VOCABULARY, labelIn} from './label-table';
import {scanPage} from './page-scan';

/**
 * Tables found by their column headers, never by position or class (shared/DESIGN.md, "locate by meaning").
 * Handles plain `<table>` (Oblique summary tables, PrimeNG `p-table`/`p-treeTable`, which keep real table
 * markup) and ARIA grids built from divs. PrimeNG's scrollable mode splits one grid into a header table and a
 * body table; then the grid is their closest common wrapper and the rows come from the body table.
 */
export type DataTable<K extends string> = {
	/** What a guide points at: the table, or the wrapper of a split header/body pair. */
	readonly element: Element;
	/** Column index (cells counted with their colspan) of each recognised column. */
	readonly columns: Readonly<Partial<Record<K, number>>>;
	/** The data rows (body rows that have cells), in document order. */
	rows(): Element[];
};

function isNativeTable(el: Element): el is HTMLTableElement {
	return el.tagName === 'TABLE';
}

/**
 * The cells of a row: `<td>/<th>` of a `<tr>` (the live list, no copy: this runs for every cell of 10,000 rows), or
 * ARIA cells of a `[role=row]`.
 */
function readCells(row: Element): ArrayLike<Element> {
	return row.tagName === 'TR' ? (row as HTMLTableRowElement).cells : row.querySelectorAll(VOCABULARY.ariaCell);
}

/** The cells of a row, as an array. */
export function rowCells(row: Element): Element[] {
	return Array.from(readCells(row));
}

/**
 * The cell in column `index`, counting colspans, like the header's index. Undefined for a column the table does not
 * have (`index` undefined) and in a short row (an expanded detail row).
 */
export function cellAt(row: Element, index: number | undefined): Element | undefined {
	if (index === undefined) return undefined;
	let column = 0;
	const cells = readCells(row);
	for (let i = 0; i < cells.length; i++) {
		const cell = cells[i];
		if (!cell) break;
		const span = Math.max(1, (cell as Partial<HTMLTableCellElement>).colSpan ?? 1);
		if (index < column + span) return cell;
		column += span;
	}
	return undefined;
}

/** The `<tr>` children of a table section (not `section.rows`: some DOM implementations lack it). */
function sectionRows(section: Element): Element[] {
	const rows: Element[] = [];
	for (let child = section.firstElementChild; child; child = child.nextElementSibling) {
		if (child.tagName === 'TR') rows.push(child);
	}
	return rows;
}

/** The rows of a native table's bodies, or every `[role=row]` of an ARIA grid. */
function rowsOf(table: Element): Element[] {
	return isNativeTable(table)
		? Array.from(table.tBodies).flatMap(sectionRows)
		: [...table.querySelectorAll('[role="row"]')];
}

/** A row that names columns: made only of `<th>` cells, or holding an ARIA column header. */
function isHeaderRow(row: Element): boolean {
	return row.tagName === 'TR'
		? Array.from(readCells(row)).every((cell) => cell.tagName === 'TH')
		: row.querySelector('[role="columnheader"]') !== null;
}

/** The header rows of a table: rows of `<thead>`, else the rows that name columns (a header written into the body). */
function headerRows(table: Element): Element[] {
	const head = isNativeTable(table) && table.tHead;
	return head ? sectionRows(head) : rowsOf(table).filter(isHeaderRow);
}

/** The body rows of a table; without a `<thead>`, the header rows written into the body are not data. */
function bodyRowsOf(table: Element): Element[] {
	const rows = rowsOf(table);
	return isNativeTable(table) && table.tHead ? rows : rows.filter((row) => !isHeaderRow(row));
}

function hasBodyRows(table: Element): boolean {
	if (!isNativeTable(table)) return bodyRowsOf(table).length > 0;
	return Array.from(table.tBodies).some((body) => body.firstElementChild !== null);
}

/** Column indexes of the wanted columns in the first header row that names at least one of them. */
function matchColumns<K extends string>(
	table: Element,
	spec: Readonly<Record<K, LabelVariants>>,
): Partial<Record<K, number>> {
	for (const row of headerRows(table)) {
		const columns: Partial<Record<K, number>> = {};
		let index = 0;
		let found = false;
		for (const cell of rowCells(row)) {
			// No header text names two columns of one table (the portal's column labels differ), so the first is the one.
			const name = labelIn(elementText(cell), spec);
			if (name !== undefined && columns[name] === undefined) {
				columns[name] = index;
				found = true;
			}
			index += Math.max(1, (cell as Partial<HTMLTableCellElement>).colSpan ?? 1);
		}
		if (found) return columns;
	}
	return {};
}

/** For a header-only table (PrimeNG scrollable), the body table next to it and the wrapper of both. */
function splitBody(table: Element): {wrapper: Element; body: Element} | undefined {
	let ancestor = table.parentElement;
	for (let depth = 0; ancestor && depth < 5; depth++, ancestor = ancestor.parentElement) {
		const others = scanPage(ancestor, VOCABULARY.table).filter((other) => other !== table);
		const body = others.find(hasBodyRows);
		if (body) return {wrapper: ancestor, body};
		if (others.length > 0) return undefined;
	}
	return undefined;
}

/**
 * The first table under `root` whose header names all `required` columns (any language), with the indexes of
 * every column of `spec` it has. Tables inside our own overlay are ignored.
 */
export function findDataTable<K extends string>(
	root: Document | Element,
	spec: Readonly<Record<K, LabelVariants>>,
	required: readonly K[],
): DataTable<K> | undefined {
	// Tables nested in another table's rows are not the portal's data tables; the scan skips them (page-scan.ts).
	for (const table of scanPage(root, VOCABULARY.table)) {
		// A native table inside an ARIA grid would be seen twice; the outer one is checked first and wins.
		const columns = matchColumns(table, spec);
		if (!required.every((name) => columns[name] !== undefined)) continue;
		const split = hasBodyRows(table) ? undefined : splitBody(table);
		const rowSource = split?.body ?? table;
		return {
			element: split?.wrapper ?? table,
			columns,
			// A row that carries data has more than one cell (an "empty table" message is one wide cell).
			rows: () => bodyRowsOf(rowSource).filter((row) => readCells(row).length > 1),
		};
	}
	return undefined;
}
