import {z} from 'zod/mini';

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
export const LabelKeySchema = z.enum(LABEL_KEYS);
export type LabelKey = z.infer<typeof LabelKeySchema>;

/** ARIA-ish role families; the resolver treats e.g. `<a role="button">` and `<button>` alike for `button`. */
export const ControlRoleSchema = z.enum(['button', 'link', 'menuitem', 'tab', 'textbox']);
export type ControlRole = z.infer<typeof ControlRoleSchema>;

export const TargetSchema = z.discriminatedUnion('kind', [
	/** A labelled control anywhere on the page, including menus rendered in body-level overlay containers. */
	z.object({kind: z.literal('control'), role: ControlRoleSchema, label: LabelKeySchema}),
	/** A whole table, found by its column headers: the unit tree or the user list. */
	z.object({kind: z.literal('table'), table: z.enum(['units', 'users'])}),
	/** The user list row of the guide's person (its ExtID comes from the guide's context, not from the guide). */
	z.object({kind: z.literal('user-row')}),
	/** An icon-only button in the actions cell of that row: the pencil (edit), info, or the arrow opening the menu. */
	z.object({kind: z.literal('row-action'), action: z.enum(['edit', 'info', 'menu-toggle'])}),
	/** The arrow of the profile box on the permissions page. */
	z.object({kind: z.literal('profile-menu-toggle')}),
	/** The business-role list on the permissions page (a listbox of SpiGes roles); its value is the chosen role. */
	z.object({kind: z.literal('role-list')}),
	/** The granted-permissions table of the profile being edited; its value is the roles granted there. */
	z.object({kind: z.literal('granted-roles')}),
]);
export type Target = z.infer<typeof TargetSchema>;

/** What the resolver may know beyond the page: the person a guide was started for. */
export type TargetContext = {extId?: string | undefined};
