import {menuItemStep, openRowMenu, toUserList} from './fragments';
import {defineGuide} from './define-guide';

// The quick path in the user list: the arrow beside the pencil → a new code or a reminder, for a person whose
// onboarding is still pending.
export default defineGuide({
	id: 'resend-from-list',
	asks: ['send'],
	steps: [
		...toUserList,
		openRowMenu,
		menuItemStep(
			'send-new-code',
			'user-selection',
			'sendNewOnboardingCode',
			'step_send_new_code',
			'hint_row_menu',
			{send: 'new-code'},
		),
		menuItemStep(
			'send-reminder',
			'user-selection',
			'sendOnboardingReminder',
			'step_send_reminder',
			'hint_row_menu',
			{send: 'reminder'},
		),
	],
});
