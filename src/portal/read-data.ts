import {z} from 'zod/mini';
import {elementText} from './element-text';
import {findSummaryTable, findUserTable, type UserColumn} from './known-tables';
import {PAGE_LABELS, entryKeys, type LabelVariants} from './labels';
import {cleanText, matchKey} from './normalize-text';
import {findSelectedRow} from './row-selection';
import {cellAt, type DataTable} from './tables';

/**
 * The data guides and the wizard read off the page, as plain typed values validated with zod. Columns are found
 * by their header labels (src/portal/known-tables.ts), never by position.
 */

export const ShownUserSchema = z.object({
	unit: z.optional(z.string()),
	firstName: z.string(),
	lastName: z.string(),
	email: z.string(),
	userId: z.string().check(z.minLength(1)),
});
/** The person a permissions/overview/completed page is about. */
export type ShownUser = z.infer<typeof ShownUserSchema>;

export const UserStatusSchema = z.enum(['active', 'inactive', 'to-archive', 'unknown']);
export type UserStatus = z.infer<typeof UserStatusSchema>;
export const OnboardingStatusSchema = z.enum(['pending', 'completed', 'none', 'unknown']);
export type OnboardingStatus = z.infer<typeof OnboardingStatusSchema>;

export const UserRowSchema = z.object({
	extId: z.string().check(z.minLength(1)),
	firstName: z.string(),
	lastName: z.string(),
	email: z.string(),
	userStatus: UserStatusSchema,
	onboardingStatus: OnboardingStatusSchema,
});
/** One row of the user list. */
export type UserRow = z.infer<typeof UserRowSchema>;

const USER_STATUS: readonly (readonly [UserStatus, LabelVariants])[] = [
	['active', PAGE_LABELS.statusActive],
	['inactive', PAGE_LABELS.statusInactive],
	['to-archive', PAGE_LABELS.statusToArchive],
];
const ONBOARDING_STATUS: readonly (readonly [OnboardingStatus, LabelVariants])[] = [
	['pending', PAGE_LABELS.onboardingPending],
	['completed', PAGE_LABELS.onboardingCompleted],
];

/** Status word (any language) → status; an empty onboarding cell means no onboarding. */
export function toUserStatus(text: string): UserStatus {
	const key = matchKey(text);
	return USER_STATUS.find(([, entry]) => entryKeys(entry).has(key))?.[0] ?? 'unknown';
}

export function toOnboardingStatus(text: string): OnboardingStatus {
	const key = matchKey(text);
	if (key === '') return 'none';
	return ONBOARDING_STATUS.find(([, entry]) => entryKeys(entry).has(key))?.[0] ?? 'unknown';
}

function cellText(row: Element, column: number | undefined): string {
	if (column === undefined) return '';
	// A short row (e.g. an expanded detail row) has no such cell: the value is empty, not an error.
	return cleanText(cellAt(row, column)?.textContent);
}

/** One row of the user list `table`, read from its cells; undefined for a row that is not a person's. */
export function toUserRow(row: Element, table: DataTable<UserColumn>): UserRow | undefined {
	const {columns} = table;
	const parsed = UserRowSchema.safeParse({
		extId: cellText(row, columns.extId),
		firstName: cellText(row, columns.firstName),
		lastName: cellText(row, columns.lastName),
		email: cellText(row, columns.email),
		userStatus: toUserStatus(cellText(row, columns.userStatus)),
		onboardingStatus: toOnboardingStatus(cellText(row, columns.onboardingStatus)),
	});
	return parsed.success ? parsed.data : undefined;
}

/** The rows of the user list shown on this page (the paginator's current page), in order. */
export function readUserRows(doc: Document): UserRow[] {
	return readUserRowsWithElements(doc).map(({user}) => user);
}

/**
 * The same with each row's element, for work per row (a helper beside each pending user): pass the element to
 * `findRowAction` instead of looking the row up again by ExtID, which would scan the list once per row.
 */
export function readUserRowsWithElements(doc: Document): {row: Element; user: UserRow}[] {
	const table = findUserTable(doc);
	if (!table) return [];
	const rows: {row: Element; user: UserRow}[] = [];
	for (const row of table.rows()) {
		const user = toUserRow(row, table);
		if (user) rows.push({row, user});
	}
	return rows;
}

/** The selected row of the user list (the one *Weiter* continues with), if any (row-selection.ts says how). */
export function readSelectedUserRow(doc: Document): UserRow | undefined {
	const table = findUserTable(doc);
	if (!table) return undefined;
	const row = findSelectedRow(table.element, () => table.rows());
	return row && toUserRow(row, table);
}

// Bold field labels of the completed page's card ("Nachname: Muster"; the colon is folded away, so the column
// header labels serve).
const FIELD_LABEL = 'strong, b, label, dt, span';

/** The value next to a field label: the text after it up to the next label, else the next element's text. */
function fieldValue(doc: Document, entry: LabelVariants): string | undefined {
	const keys = entryKeys(entry);
	for (const label of doc.querySelectorAll(FIELD_LABEL)) {
		if (!keys.has(matchKey(elementText(label)))) continue;
		let text = '';
		for (let node = label.nextSibling; node; node = node.nextSibling) {
			if (node.nodeType === 1 && (node as Element).matches(FIELD_LABEL) && node.textContent?.trim().endsWith(':'))
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
	return undefined;
}

function readSummary(doc: Document): ShownUser | undefined {
	const table = findSummaryTable(doc);
	const row = table?.rows()[0];
	if (!table || !row) return undefined;
	const {columns} = table;
	const unit = cellText(row, columns.unit);
	const parsed = ShownUserSchema.safeParse({
		...(unit ? {unit} : {}),
		firstName: cellText(row, columns.firstName),
		lastName: cellText(row, columns.lastName),
		email: cellText(row, columns.email),
		userId: cellText(row, columns.userId),
	});
	return parsed.success ? parsed.data : undefined;
}

function readCard(doc: Document): ShownUser | undefined {
	const parsed = ShownUserSchema.safeParse({
		firstName: fieldValue(doc, PAGE_LABELS.colFirstName) ?? '',
		lastName: fieldValue(doc, PAGE_LABELS.colLastName) ?? '',
		email: fieldValue(doc, PAGE_LABELS.colEmail) ?? '',
		userId: fieldValue(doc, PAGE_LABELS.colUserId) ?? '',
	});
	return parsed.success ? parsed.data : undefined;
}

/**
 * The user a page is about: the summary table of permissions/overview, else the card of the completed page.
 * Undefined elsewhere or when the user id is missing.
 */
export function readShownUser(doc: Document): ShownUser | undefined {
	return readSummary(doc) ?? readCard(doc);
}
