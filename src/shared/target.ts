/**
 * The vocabulary in which guides name what to point at, by meaning (shared/DESIGN.md: "locate by meaning").
 * Guides (data) use it, `src/portal/resolve-target.ts` turns it into an element of the page, the engine only
 * passes it through. Label keys name a portal label in all four languages (`src/portal/labels.ts` must define
 * every key below; the compiler checks it).
 */
// One row per page or group, as in src/portal/labels.ts (prettier would give each key its own line).
// prettier-ignore
export const LABEL_KEYS = [
	// main navigation
	'userManagement', 'delegatedManagement',
	// buttons shared by several pages
	'continue', 'backToUnits', 'backToUsers', 'backToPermissions',
	// user list
	'personSelector', 'addUser',
	// row menu of the user list
	'deleteArchiveUser', 'deactivateUser', 'sendOnboardingReminder', 'sendNewOnboardingCode', 'resetOnboarding',
	// create/edit user dialog
	'cancel', 'saveAndCreateAnother', 'saveAndBackToList', 'saveAndContinue', 'firstName', 'lastName', 'email',
	// permissions
	'addProfile', 'archiveProfile', 'deactivateProfile', 'tabGrant', 'tabGrantDelegated', 'grant',
	// overview
	'showMore', 'justification', 'startOnboardingManually', 'sendNotificationEmail',
	// completed
	'manageOtherUsers', 'print', 'sendOnboardingCode', 'close',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** ARIA-ish role families; the resolver treats e.g. `<a role="button">` and `<button>` alike for `button`. */
export const CONTROL_ROLES = ['button', 'link', 'menuitem', 'tab', 'textbox'] as const;
export type ControlRole = (typeof CONTROL_ROLES)[number];

// The schema and the shape of a target: target-schema.ts (guides are checked by a unit test, not at run time).
export type {Target} from './target-schema';

/** What the resolver may know beyond the page: the person a guide was started for. */
export type TargetContext = {extId?: string | undefined};
