import type {LabelKey} from '../shared/target';
import type {Step} from './schema';

// Step sequences several guides share. Each guide file lists its own steps with these spread in, so a guide
// still reads top to bottom as the path through the portal.

/** *Weiter* at the bottom right of a page: done when the next page shows. */
function continueStep(id: string, page: Step['page'], text: Step['text']): Step {
	return {
		id,
		page,
		target: {kind: 'control', role: 'button', label: 'continue'},
		text,
		hint: 'hint_bottom_right',
		doneWhen: 'page-change',
	};
}

/** Home → Benutzermanagement → Delegiertes Management → unit → Weiter: arrive at the user list. */
export const toUserList: readonly Step[] = [
	{
		id: 'open-user-management',
		page: 'home',
		target: {kind: 'control', role: 'button', label: 'userManagement'},
		text: 'step_open_user_management',
		hint: 'hint_top_navigation',
		doneWhen: 'next-target',
	},
	{
		id: 'open-delegated-management',
		page: 'home',
		target: {kind: 'control', role: 'link', label: 'delegatedManagement'},
		text: 'step_open_delegated_management',
		hint: 'hint_user_management_menu',
		doneWhen: 'page-change',
	},
	{
		id: 'pick-unit',
		page: 'unit-selection',
		target: {kind: 'table', table: 'units'},
		text: 'step_pick_unit',
		hint: 'hint_unit_table',
		doneWhen: 'next-target',
	},
	continueStep('unit-continue', 'unit-selection', 'step_continue'),
];

/** Permissions page → Weiter (after adapting or granting permissions): arrive at the overview. */
export const permissionsContinue = continueStep('permissions-continue', 'permissions', 'step_permissions_continue');

/** User list → select the person → Weiter: arrive at the person's permissions. */
export const toPermissions: readonly Step[] = [
	{
		id: 'pick-user',
		page: 'user-selection',
		target: {kind: 'user-row'},
		fallback: {kind: 'table', table: 'users'},
		text: 'step_pick_user',
		hint: 'hint_user_table',
		doneWhen: 'next-target',
	},
	continueStep('user-continue', 'user-selection', 'step_continue'),
];

/** User list → select the person → Weiter → permissions → Weiter: arrive at the overview. */
export const toOverview: readonly Step[] = [...toPermissions, permissionsContinue];

/** Overview: the justification for traceability (`templateSet`: which templates the panel offers). */
function typeJustification(templateSet?: Step['templateSet']): Step {
	return {
		id: 'type-justification',
		page: 'overview',
		target: {kind: 'control', role: 'textbox', label: 'justification'},
		text: 'step_type_justification',
		hint: 'hint_justification',
		doneWhen: 'field-filled',
		offerTemplates: true,
		...(templateSet === undefined ? {} : {templateSet}),
	};
}

/** Overview → justification → start onboarding → completed → send the code by e-mail → confirmation. */
export const startOnboardingAndSendCode: readonly Step[] = [
	typeJustification(),
	{
		id: 'start-onboarding',
		page: 'overview',
		target: {kind: 'control', role: 'button', label: 'startOnboardingManually'},
		text: 'step_start_onboarding',
		hint: 'hint_bottom_right',
		doneWhen: 'page-change',
	},
	{
		id: 'send-code',
		page: 'completed',
		target: {kind: 'control', role: 'button', label: 'sendOnboardingCode'},
		text: 'step_send_code',
		hint: 'hint_bottom_right',
		doneWhen: 'confirmation',
	},
];

/** A button on the permissions page that is done once the granted permissions change (grant, add a profile). */
export function changesGrantedRoles(id: string, label: LabelKey, text: Step['text'], hint: Step['hint']): Step {
	return {
		id,
		page: 'permissions',
		target: {kind: 'control', role: 'button', label},
		text,
		hint,
		doneWhen: 'observed-changed',
		observe: {kind: 'granted-roles'},
	};
}

/**
 * Permissions → choose a business role → *Berechtigen* → *Weiter* (grant-role, add-profile). The role step is done
 * once a role is chosen; the grant once the granted permissions change (the list then clears its choice).
 */
export const changeRoleOnProfile: readonly Step[] = [
	{
		id: 'choose-role',
		page: 'permissions',
		target: {kind: 'role-list'},
		text: 'step_choose_role',
		hint: 'hint_role_list',
		doneWhen: 'field-filled',
		explainRoles: true,
	},
	{...changesGrantedRoles('grant', 'grant', 'step_grant', 'hint_grant'), explainRoles: true},
	continueStep('permissions-continue', 'permissions', 'step_continue'),
];

/**
 * Overview → justification → *Benachrichtigungs-E-Mail senden* → the portal's confirmation. For a person whose
 * onboarding is completed: *Onboarding manuell starten* would issue a new code.
 */
export const sendNotification: readonly Step[] = [
	typeJustification('role-change'),
	{
		id: 'send-notification',
		page: 'overview',
		target: {kind: 'control', role: 'button', label: 'sendNotificationEmail'},
		text: 'step_send_notification',
		hint: 'hint_bottom_right',
		doneWhen: 'confirmation',
	},
];

/** A button in the person's row of the user list (the whole table is marked until the person is known). */
function rowActionStep(
	id: string,
	action: 'menu-toggle' | 'edit',
	text: Step['text'],
	doneWhen: Step['doneWhen'],
): Step {
	return {
		id,
		page: 'user-selection',
		target: {kind: 'row-action', action},
		fallback: {kind: 'table', table: 'users'},
		text,
		hint: 'hint_row_actions',
		doneWhen,
	};
}

/** User list: the arrow next to the pencil opens the row's menu. */
export const openRowMenu = rowActionStep('open-row-menu', 'menu-toggle', 'step_open_row_menu', 'next-target');

/** User list → pencil → fix the e-mail address in the user dialog → save. */
export const correctEmail: readonly Step[] = [
	rowActionStep('edit-user', 'edit', 'step_edit_user', 'page-change'),
	{
		id: 'fix-email',
		page: 'create-user',
		target: {kind: 'control', role: 'textbox', label: 'email'},
		text: 'step_fix_email',
		hint: 'hint_dialog_fields',
		doneWhen: 'field-changed',
		checkEmail: true,
	},
	{
		id: 'save-email',
		page: 'create-user',
		target: {kind: 'control', role: 'button', label: 'saveAndBackToList'},
		text: 'step_save_back',
		hint: 'hint_dialog_footer',
		doneWhen: 'page-change',
		checkEmail: true,
	},
];

/**
 * The last click of a menu guide: an item of the menu the previous step opened, done when the portal confirms.
 * `when` says which choice it belongs to (the row menu and the profile menu offer several).
 */
export function menuItemStep(
	id: string,
	page: Step['page'],
	label: LabelKey,
	text: Step['text'],
	hint: Step['hint'],
	when: NonNullable<Step['when']>,
): Step {
	return {id, page, target: {kind: 'control', role: 'menuitem', label}, text, hint, doneWhen: 'confirmation', when};
}
