import {PAGE_LABELS} from './label-table';
import {cleanText} from './normalize-text';
import {cellAt, findDataTable, type DataTable} from './tables';

/**
 * The portal's tables, each defined by the column headers that identify it (shared/portal/PAGES.md §3, §4, §6).
 * One fact used by page detection, target resolution and data reading.
 */
export const UNIT_COLUMNS = {
	unitId: PAGE_LABELS.colUnitId,
	client: PAGE_LABELS.colClient,
	actions: PAGE_LABELS.colActions,
};
export const USER_COLUMNS = {
	extId: PAGE_LABELS.colExtId,
	firstName: PAGE_LABELS.colFirstName,
	lastName: PAGE_LABELS.colLastName,
	email: PAGE_LABELS.colEmail,
	userStatus: PAGE_LABELS.colUserStatus,
	onboardingStatus: PAGE_LABELS.colOnboardingStatus,
	actions: PAGE_LABELS.colActions,
};
/** The one-row table on permissions and overview: "Unit | Vorname | Nachname | E-Mail-Adresse | … | Benutzer-ID". */
export const SUMMARY_COLUMNS = {
	unit: PAGE_LABELS.colUnit,
	firstName: PAGE_LABELS.colFirstName,
	lastName: PAGE_LABELS.colLastName,
	email: PAGE_LABELS.colEmail,
	userId: PAGE_LABELS.colUserId,
};

export type UnitColumn = keyof typeof UNIT_COLUMNS;
export type UserColumn = keyof typeof USER_COLUMNS;
export type SummaryColumn = keyof typeof SUMMARY_COLUMNS;

/** The unit tree of the unit selection: the table with "Unit ID" and "Mandant" columns. */
export function findUnitTable(doc: Document): DataTable<UnitColumn> | undefined {
	return findDataTable(doc, UNIT_COLUMNS, ['unitId', 'client']);
}

/**
 * The user list: the table with an ExtID and both status columns. The status columns are what make it the user
 * list: in French "ID utilisateur" also heads the summary table's user-id column.
 */
export function findUserTable(doc: Document): DataTable<UserColumn> | undefined {
	return findDataTable(doc, USER_COLUMNS, ['extId', 'userStatus', 'onboardingStatus']);
}

/**
 * The summary of the user being managed: names, e-mail and user id, but no status columns (that would be the
 * user list).
 */
export function findSummaryTable(doc: Document): DataTable<SummaryColumn> | undefined {
	const table = findDataTable(doc, SUMMARY_COLUMNS, ['firstName', 'lastName', 'userId']);
	return table && !findUserTable(doc)?.element.contains(table.element) ? table : undefined;
}

// The row last found for an ExtID, per table element. A guide asks for the same person's row several times per
// change; on a 10,000-row list each scan costs milliseconds. A remembered row is used only while it is still in
// that table and its ExtID cell still reads the same (re-rendered or re-sorted rows fall back to a scan).
const rememberedRows = new WeakMap<Element, Map<string, Element>>();

/** The row of the user list whose ExtID cell reads `extId` (whitespace ignored); only the rows on screen. */
export function findUserRow(doc: Document, extId: string): Element | undefined {
	const wanted = cleanText(extId);
	if (wanted === '') return undefined;
	const table = findUserTable(doc);
	const column = table?.columns.extId;
	if (!table || column === undefined) return undefined;
	const isTheRow = (row: Element): boolean => {
		const text = cellAt(row, column)?.textContent;
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
