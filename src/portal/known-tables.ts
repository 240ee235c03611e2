import type {LabelGroups} from './label-groups';
import {LABEL_GROUPS} from './label-table';
import {cleanText} from './normalize-text';
import {cellAt, findDataTable, type DataTable} from './tables';

/**
 * The portal's tables, each defined by the column headers that identify it (label-groups.ts: `unitColumns`,
 * `userColumns`, `summaryColumns`). One fact used by page detection, target resolution and data reading.
 */
export type UnitColumn = keyof LabelGroups['unitColumns'];
export type UserColumn = keyof LabelGroups['userColumns'];
export type SummaryColumn = keyof LabelGroups['summaryColumns'];

/** The unit tree of the unit selection: the table with "Unit ID" and "Mandant" columns. */
export function findUnitTable(doc: Document): DataTable<UnitColumn> | undefined {
	return findDataTable(doc, LABEL_GROUPS.unitColumns, ['unitId', 'client']);
}

/**
 * The user list: the table with an ExtID and both status columns. The status columns are what make it the user
 * list: in French "ID utilisateur" also heads the summary table's user-id column.
 */
export function findUserTable(doc: Document): DataTable<UserColumn> | undefined {
	return findDataTable(doc, LABEL_GROUPS.userColumns, ['extId', 'userStatus', 'onboardingStatus']);
}

/**
 * The summary of the user being managed: names, e-mail and user id, but no status columns (that would be the
 * user list).
 */
export function findSummaryTable(doc: Document): DataTable<SummaryColumn> | undefined {
	const table = findDataTable(doc, LABEL_GROUPS.summaryColumns, ['firstName', 'lastName', 'userId']);
	return table && !findUserTable(doc)?.element.contains(table.element) ? table : undefined;
}

// The row last found for an ExtID, per table element. A guide asks for the same person's row several times per
// change; on a 10,000-row list each scan costs milliseconds. A remembered row is used only while it is still in
// that table and its ExtID cell still reads the same (re-rendered or re-sorted rows fall back to a scan).
const rememberedRows = new WeakMap<Element, Map<string, Element>>();

/**
 * The row of the user list whose ExtID cell reads `extId` (whitespace ignored); only the rows on screen. Without an
 * ExtID (a guide started for no one) there is no row.
 */
export function findUserRow(doc: Document, extId: string | undefined): Element | undefined {
	const wanted = cleanText(extId);
	if (wanted === '') return undefined;
	const table = findUserTable(doc);
	if (!table) return undefined;
	const isTheRow = (row: Element): boolean => {
		// The ExtID column is one the user list is found by: always there.
		const text = cellAt(row, table.columns.extId)?.textContent;
		// `includes` first: a cheap test that rejects nearly every row before the text is cleaned.
		return text?.includes(wanted) === true && cleanText(text) === wanted;
	};
	let remembered = rememberedRows.get(table.element);
	const known = remembered?.get(wanted);
	if (known?.isConnected && table.element.contains(known) && isTheRow(known)) return known;
	for (const row of table.rows()) {
		if (!isTheRow(row)) continue;
		if (!remembered) {
			remembered = new Map();
			rememberedRows.set(table.element, remembered);
		}
		remembered.set(wanted, row);
		return row;
	}
	return undefined;
}
