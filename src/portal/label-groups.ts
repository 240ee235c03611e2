import type {LabelVariants} from './label-keys';
import type {LabelKey} from '../shared/target';
import type {PageLabelKey} from './labels';

/**
 * The portal's words as the page's modules look them up together, by name: the column headers that identify each
 * table (shared/portal/PAGES.md §3, §4, §6), the status words of the user list, the names of icon-only buttons and
 * the page titles. Each name stands for an entry of labels.ts `PAGE_LABELS` (`LABELS` in `GUIDE_LABEL_GROUP_KEYS`).
 * Data, for the background: it sends a portal page the groups with their words (portal-labels.ts), so the content
 * script carries no copy of these tables (issue #14, size); the page's modules read them from label-table.ts
 * `LABEL_GROUPS`.
 */
export const LABEL_GROUP_KEYS = {
	/** The unit tree of the unit selection. */
	unitColumns: {unitId: 'colUnitId', client: 'colClient', actions: 'colActions'},
	/** The user list. */
	userColumns: {
		extId: 'colExtId',
		firstName: 'colFirstName',
		lastName: 'colLastName',
		email: 'colEmail',
		userStatus: 'colUserStatus',
		onboardingStatus: 'colOnboardingStatus',
		actions: 'colActions',
	},
	/** The one-row table on permissions and overview: "Unit | Vorname | Nachname | E-Mail-Adresse | … | Benutzer-ID". */
	summaryColumns: {
		unit: 'colUnit',
		firstName: 'colFirstName',
		lastName: 'colLastName',
		email: 'colEmail',
		userId: 'colUserId',
	},
	/** The permissions granted on the profile being edited (business-roles.ts). */
	grantedColumns: {granted: 'colGranted', role: 'colRole', attribute: 'colAttribute'},
	/** The user list's status words. */
	userStatus: {active: 'statusActive', inactive: 'statusInactive', 'to-archive': 'statusToArchive'},
	onboardingStatus: {pending: 'onboardingPending', completed: 'onboardingCompleted'},
	/** What an icon-only button's aria-label or title calls it (resolve-target.ts). */
	iconActions: {edit: 'actionEdit', info: 'actionInfo', 'menu-toggle': 'actionMenu'},
	/** Notices a page shows about itself, never in answer to a click (alerts.ts). */
	pageNotices: {completed: 'titleCompleted', saved: 'noticeSaved', dataSaved: 'noticeDataSaved'},
	/** The pages an h1 title names (pages.ts). */
	pageTitles: {
		'unit-selection': 'titleUnitSelection',
		'user-selection': 'titleUserSelection',
		permissions: 'titlePermissions',
		overview: 'titleOverview',
		completed: 'titleCompleted',
	},
} as const satisfies Readonly<Record<string, Readonly<Record<string, PageLabelKey>>>>;

/** Groups of the labels guides point at (labels.ts `LABELS`). */
export const GUIDE_LABEL_GROUP_KEYS = {
	/** What tells the create/edit-user dialog (dialogs.ts): its save buttons and its fields' labels. */
	userFormSaves: {
		saveAndContinue: 'saveAndContinue',
		saveAndBackToList: 'saveAndBackToList',
		saveAndCreateAnother: 'saveAndCreateAnother',
	},
	userFormFields: {firstName: 'firstName', lastName: 'lastName', email: 'email'},
} as const satisfies Readonly<Record<string, Readonly<Record<string, LabelKey>>>>;

type GroupKeys = typeof LABEL_GROUP_KEYS & typeof GUIDE_LABEL_GROUP_KEYS;

/** The groups with their words: per group, per name, the entry of `PAGE_LABELS`. */
export type LabelGroups = {readonly [G in keyof GroupKeys]: Readonly<Record<keyof GroupKeys[G], LabelVariants>>};

type Groups = Record<string, Record<string, LabelVariants>>;

function resolve(
	groupKeys: Readonly<Record<string, Readonly<Record<string, string>>>>,
	entries: Readonly<Record<string, LabelVariants>>,
): Groups {
	const groups: Groups = {};
	for (const [group, keys] of Object.entries(groupKeys)) {
		const resolved: Record<string, LabelVariants> = {};
		for (const [name, key] of Object.entries(keys)) {
			const entry = entries[key];
			if (entry) resolved[name] = entry;
		}
		groups[group] = resolved;
	}
	return groups;
}

/** The groups resolved against labels.ts's two tables. */
export function labelGroups(
	labels: Readonly<Record<LabelKey, LabelVariants>>,
	pageLabels: Readonly<Record<PageLabelKey, LabelVariants>>,
): LabelGroups {
	return {...resolve(LABEL_GROUP_KEYS, pageLabels), ...resolve(GUIDE_LABEL_GROUP_KEYS, labels)} as LabelGroups;
}
