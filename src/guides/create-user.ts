import {permissionsContinue, startOnboardingAndSendCode, toUserList} from './fragments';
import {defineGuide} from './define-guide';

// A new user with the professional e-mail address (the wizard's "private e-mail" outcome ends here), through to
// sending the onboarding code. The e-mail step warns when the address looks private.
export default defineGuide({
	id: 'create-user',
	asks: [],
	steps: [
		...toUserList,
		{
			id: 'add-user',
			page: 'user-selection',
			target: {kind: 'control', role: 'button', label: 'addUser'},
			text: 'step_add_user',
			hint: 'hint_toolbar',
			doneWhen: 'page-change',
		},
		{
			id: 'enter-first-name',
			page: 'create-user',
			target: {kind: 'control', role: 'textbox', label: 'firstName'},
			text: 'step_enter_first_name',
			hint: 'hint_dialog_fields',
			doneWhen: 'field-filled',
			checkEmail: true,
		},
		{
			id: 'enter-last-name',
			page: 'create-user',
			target: {kind: 'control', role: 'textbox', label: 'lastName'},
			text: 'step_enter_last_name',
			hint: 'hint_dialog_fields',
			doneWhen: 'field-filled',
			checkEmail: true,
		},
		{
			id: 'enter-email',
			page: 'create-user',
			target: {kind: 'control', role: 'textbox', label: 'email'},
			text: 'step_enter_email',
			hint: 'hint_dialog_fields',
			doneWhen: 'field-filled',
			checkEmail: true,
		},
		{
			id: 'save-and-continue',
			page: 'create-user',
			target: {kind: 'control', role: 'button', label: 'saveAndContinue'},
			text: 'step_save_continue',
			hint: 'hint_dialog_footer',
			doneWhen: 'page-change',
			checkEmail: true,
		},
		{
			// A new profile has no permissions yet: the portal enables «Weiter» only after one is granted.
			id: 'grant-role',
			page: 'permissions',
			target: {kind: 'control', role: 'button', label: 'grant'},
			text: 'step_grant_role',
			hint: 'hint_grant',
			doneWhen: 'next-target',
		},
		permissionsContinue,
		...startOnboardingAndSendCode,
	],
});
