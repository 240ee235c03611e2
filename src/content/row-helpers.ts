import type {RowActionView} from '../overlay/view';
import {findUserTable, type UserColumn} from '../portal/known-tables';
import {toUserRow, type UserRow} from '../portal/read-data';
import {findRowAction} from '../portal/resolve-target';
import type {DataTable} from '../portal/tables';
import {documentRect} from './measure';

/**
 * What a row read as last time: the person, the group of its action buttons once found, and the row's text and the
 * table's columns it was read from. The row's text is the fingerprint: the person is read from cell texts only, so
 * a row whose text and columns are unchanged reads the same. Held per row element (weakly: rows removed by the
 * portal are forgotten with them).
 */
type RowReading = {text: string; columns: string; user: UserRow | undefined; buttons?: Element};
const readings = new WeakMap<Element, RowReading>();

/** What `row` reads, read again only when the row's text or the columns changed since the last time. */
function readingOf(row: Element, table: DataTable<UserColumn>, columns: string): RowReading {
	const text = row.textContent;
	const known = readings.get(row);
	if (known?.text === text && known.columns === columns) return known;
	const reading = {text, columns, user: toUserRow(row, table)};
	readings.set(row, reading);
	return reading;
}

/**
 * Where the helper goes: the group of the row's action buttons, else the row. A group found before is kept while
 * it is still in the row (finding it costs a look-up of the table per row; a list has thousands of pending rows).
 */
function anchorOf(doc: Document, row: Element, reading: RowReading): Element {
	if (reading.buttons?.isConnected && row.contains(reading.buttons)) return reading.buttons;
	const button = findRowAction(doc, row, 'edit') ?? findRowAction(doc, row, 'menu-toggle');
	reading.buttons = button?.parentElement ?? undefined;
	return reading.buttons ?? row;
}

/**
 * The users of the shown list page whose onboarding is still pending, with where to draw their "send code"
 * helper: just left of the row's action buttons. Only the rendered page of the list is read (the portal paginates).
 * Runs after every re-render of the list: a 10,000-row list re-rendered in place reads 10,000 row texts, not
 * 60,000 cells (parsing them cost ~0.5 s, test/bench rerender).
 */
export function pendingRowActions(doc: Document): RowActionView[] {
	const table = findUserTable(doc);
	if (!table) return [];
	const columns = JSON.stringify(table.columns);
	const helpers: RowActionView[] = [];
	for (const row of table.rows()) {
		const reading = readingOf(row, table, columns);
		const {user} = reading;
		if (!user || user.onboardingStatus !== 'pending' || user.userStatus !== 'active') continue;
		const anchor = anchorOf(doc, row, reading);
		helpers.push({
			extId: user.extId,
			name: `${user.firstName} ${user.lastName}`.trim(),
			rect: documentRect(anchor),
		});
	}
	return helpers;
}
