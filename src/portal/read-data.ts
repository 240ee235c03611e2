import {elementText} from './element-text';
import {findSummaryTable, findUserTable, type UserColumn} from './known-tables';
import {LABEL_GROUPS, PAGE_LABELS, VOCABULARY, labelIn, matchesLabel, type LabelVariants} from './label-table';
import {cleanText, matchKey} from './normalize-text';
import {findSelectedRow} from './row-selection';
import {cellAt, type DataTable} from './tables';

/**
 * The data guides and the wizard read off the page, as plain typed values. Columns are found by their header
 * labels (src/portal/known-tables.ts), never by position. A row without an ExtID or a page without a user id is
 * no data (the values are read as text, so nothing else can be malformed).
 */

/** The person a permissions/overview/completed page is about. */
export type ShownUser = {unit?: string; firstName: string; lastName: string; email: string; userId: string};

export type UserStatus = 'active' | 'inactive' | 'to-archive' | 'unknown';
export type OnboardingStatus = 'pending' | 'completed' | 'none' | 'unknown';

/** One row of the user list. */
export type UserRow = {
	extId: string;
	firstName: string;
	lastName: string;
	email: string;
	userStatus: UserStatus;
	onboardingStatus: OnboardingStatus;
};

/** Status word (any language, label-groups.ts) → status; an empty onboarding cell means no onboarding. */
export function toUserStatus(text: string): UserStatus {
	return labelIn(text, LABEL_GROUPS.userStatus) ?? 'unknown';
}

export function toOnboardingStatus(text: string): OnboardingStatus {
	return matchKey(text) === '' ? 'none' : (labelIn(text, LABEL_GROUPS.onboardingStatus) ?? 'unknown');
}

function cellText(row: Element, column: number | undefined): string {
	// A missing column or a short row (e.g. an expanded detail row) has no such cell: the value is empty, not an error.
	return cleanText(cellAt(row, column)?.textContent);
}

/** One row of the user list `table`, read from its cells; undefined for a row that is not a person's. */
export function toUserRow(row: Element, table: DataTable<UserColumn>): UserRow | undefined {
	const {columns} = table;
	const user: UserRow = {
		extId: cellText(row, columns.extId),
		firstName: cellText(row, columns.firstName),
		lastName: cellText(row, columns.lastName),
		email: cellText(row, columns.email),
		userStatus: toUserStatus(cellText(row, columns.userStatus)),
		onboardingStatus: toOnboardingStatus(cellText(row, columns.onboardingStatus)),
	};
	return user.extId === '' ? undefined : user;
}

/** The rows of the user list shown on this page (the paginator's current page), in order. */
export function readUserRows(doc: Document): UserRow[] {
	const table = findUserTable(doc);
	return table ? table.rows().flatMap((row) => toUserRow(row, table) ?? []) : [];
}

/** The selected row of the user list (the one *Weiter* continues with), if any (row-selection.ts says how). */
export function readSelectedUserRow(doc: Document): UserRow | undefined {
	const table = findUserTable(doc);
	if (!table) return undefined;
	const row = findSelectedRow(table.element, () => table.rows());
	return row && toUserRow(row, table);
}

/**
 * The value next to a field label of the completed page's card (vocabulary.ts `cardLabel`: «Nachname: Muster»; the
 * colon is folded away, so the column header labels serve): the text after it up to the next label, else the next
 * element's text; '' when the card shows no such label.
 */
function fieldValue(doc: Document, entry: LabelVariants): string {
	for (const label of doc.querySelectorAll(VOCABULARY.cardLabel)) {
		if (!matchesLabel(elementText(label), entry)) continue;
		let text = '';
		for (let node = label.nextSibling; node; node = node.nextSibling) {
			if (
				node.nodeType === 1 &&
				(node as Element).matches(VOCABULARY.cardLabel) &&
				node.textContent?.trim().endsWith(':')
			)
				break;
			text += node.textContent ?? '';
		}
		const value =
			cleanText(text) ||
			cleanText(label.nextElementSibling?.textContent) ||
			// <div><strong>Nachname:</strong></div><div>Muster</div>
			cleanText(label.parentElement?.nextElementSibling?.textContent);
		if (value) return value;
	}
	return '';
}

/** A page's user only with a user id: without it the page shows no one (yet). */
function shownUser(user: ShownUser): ShownUser | undefined {
	return user.userId === '' ? undefined : user;
}

function readSummary(doc: Document): ShownUser | undefined {
	const table = findSummaryTable(doc);
	const row = table?.rows()[0];
	if (!table || !row) return undefined;
	const {columns} = table;
	const unit = cellText(row, columns.unit);
	return shownUser({
		...(unit ? {unit} : {}),
		firstName: cellText(row, columns.firstName),
		lastName: cellText(row, columns.lastName),
		email: cellText(row, columns.email),
		userId: cellText(row, columns.userId),
	});
}

function readCard(doc: Document): ShownUser | undefined {
	return shownUser({
		firstName: fieldValue(doc, PAGE_LABELS.colFirstName),
		lastName: fieldValue(doc, PAGE_LABELS.colLastName),
		email: fieldValue(doc, PAGE_LABELS.colEmail),
		userId: fieldValue(doc, PAGE_LABELS.colUserId),
	});
}

/**
 * The user a page is about: the summary table of permissions/overview, else the card of the completed page.
 * Undefined elsewhere or when the user id is missing.
 */
export function readShownUser(doc: Document): ShownUser | undefined {
	return readSummary(doc) ?? readCard(doc);
}
