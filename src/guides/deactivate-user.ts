import {menuItemStep, openRowMenu, toOverview, toUserList} from './fragments';
import {defineGuide} from './define-guide';

// Deactivate either the whole user (row menu of the user list) or one profile (profile menu on the permissions
// page). In both menus the irreversible delete/archive item sits right above "deactivate": the steps say so.
const [pickUser, userContinue] = toOverview;

export default defineGuide({
	id: 'deactivate-user',
	asks: ['deactivate'],
	steps: [
		...toUserList,
		{...openRowMenu, when: {deactivate: 'user'}},
		menuItemStep('deactivate-user', 'user-selection', 'deactivateUser', 'step_deactivate_user', 'hint_row_menu', {
			deactivate: 'user',
		}),
		...[pickUser, userContinue].flatMap((step) =>
			step ? [{...step, when: {deactivate: 'profile' as const}}] : [],
		),
		{
			id: 'open-profile-menu',
			page: 'permissions',
			target: {kind: 'profile-menu-toggle'},
			text: 'step_open_profile_menu',
			hint: 'hint_profile_box',
			doneWhen: 'next-target',
			when: {deactivate: 'profile'},
		},
		menuItemStep(
			'deactivate-profile',
			'permissions',
			'deactivateProfile',
			'step_deactivate_profile',
			'hint_profile_menu',
			{deactivate: 'profile'},
		),
	],
});
