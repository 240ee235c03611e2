import {changeRoleOnProfile, sendNotification, toUserList} from './fragments';
import {defineGuide} from './schema';

// Change the business role of an existing user (issue #16): the person's profile gets the new role, and the person
// is told by the notification e-mail. Never *start onboarding manually*: that would send a person whose onboarding
// is completed a new code.
export default defineGuide({
	id: 'grant-role',
	asks: [],
	steps: [
		...toUserList,
		{
			id: 'pick-user',
			page: 'user-selection',
			target: {kind: 'user-row'},
			fallback: {kind: 'table', table: 'users'},
			text: 'step_pick_user',
			hint: 'hint_user_table',
			doneWhen: 'next-target',
		},
		{
			id: 'user-continue',
			page: 'user-selection',
			target: {kind: 'control', role: 'button', label: 'continue'},
			text: 'step_continue',
			hint: 'hint_bottom_right',
			doneWhen: 'page-change',
		},
		...changeRoleOnProfile,
		...sendNotification,
	],
});
