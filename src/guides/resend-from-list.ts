import {openRowMenu, toUserList} from './fragments';
import {defineGuide} from './schema';

// The quick path in the user list: the arrow beside the pencil → a new code or a reminder, for a person whose
// onboarding is still pending.
export default defineGuide({
	id: 'resend-from-list',
	title: 'guide_resend_from_list',
	asks: ['send'],
	steps: [
		...toUserList,
		openRowMenu,
		{
			id: 'send-new-code',
			page: 'user-selection',
			target: {kind: 'control', role: 'menuitem', label: 'sendNewOnboardingCode'},
			text: 'step_send_new_code',
			hint: 'hint_row_menu',
			doneWhen: 'confirmation',
			when: {send: 'new-code'},
		},
		{
			id: 'send-reminder',
			page: 'user-selection',
			target: {kind: 'control', role: 'menuitem', label: 'sendOnboardingReminder'},
			text: 'step_send_reminder',
			hint: 'hint_row_menu',
			doneWhen: 'confirmation',
			when: {send: 'reminder'},
		},
	],
});
