import type {LabelVariants} from './label-keys';
import type {PageLabelKey} from './labels';

/**
 * The portal's words as the page's modules look them up together, by name: the column headers that identify each
 * table (shared/portal/PAGES.md §3, §4, §6), the status words of the user list, the names of icon-only buttons and
 * the page titles. Each name stands for an entry of labels.ts `PAGE_LABELS`. Data, for the background: it sends a
 * portal page the groups with their words (portal-labels.ts), so the content script carries no copy of these
 * tables (issue #14, size); the page's modules read them from label-table.ts `LABEL_GROUPS`.
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
	/** The pages an h1 title names (pages.ts). */
	pageTitles: {
		'unit-selection': 'titleUnitSelection',
		'user-selection': 'titleUserSelection',
		permissions: 'titlePermissions',
		overview: 'titleOverview',
		completed: 'titleCompleted',
	},
} as const satisfies Readonly<Record<string, Readonly<Record<string, PageLabelKey>>>>;

type GroupKeys = typeof LABEL_GROUP_KEYS;

/** The groups with their words: per group, per name, the entry of `PAGE_LABELS`. */
export type LabelGroups = {readonly [G in keyof GroupKeys]: Readonly<Record<keyof GroupKeys[G], LabelVariants>>};

/** The groups resolved against `pageLabels` (labels.ts `PAGE_LABELS`). */
export function labelGroups(pageLabels: Readonly<Record<PageLabelKey, LabelVariants>>): LabelGroups {
	const groups: Record<string, Record<string, LabelVariants>> = {};
	for (const [group, keys] of Object.entries(LABEL_GROUP_KEYS)) {
		groups[group] = Object.fromEntries(
			Object.entries(keys).map(([name, key]) => [name, pageLabels[key as PageLabelKey]]),
		);
	}
	return groups as LabelGroups;
}
