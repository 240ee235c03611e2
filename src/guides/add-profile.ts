import {changeRoleOnProfile, changesGrantedRoles, sendNotification} from './fragments';
import {defineGuide} from './define-guide';

// A second profile for a user (issue #16): roles of different categories (KT_, SP_, EMPF_) must be in different
// profiles (handbook, shared/portal/ROLES.md). Starts on the person's permissions page; the new profile gets its
// role, and the person is told by the notification e-mail.
export default defineGuide({
	id: 'add-profile',
	asks: [],
	steps: [
		// Done when the granted permissions change: the new profile is selected and has none yet.
		changesGrantedRoles('add-profile', 'addProfile', 'step_add_profile', 'hint_add_profile'),
		...changeRoleOnProfile,
		...sendNotification,
	],
});
