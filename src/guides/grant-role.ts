import {changeRoleOnProfile, sendNotification, toPermissions, toUserList} from './fragments';
import {defineGuide} from './define-guide';

// Change the business role of an existing user (issue #16): the person's profile gets the new role, and the person
// is told by the notification e-mail. Never *start onboarding manually*: that would send a person whose onboarding
// is completed a new code.
export default defineGuide({
	id: 'grant-role',
	asks: [],
	steps: [...toUserList, ...toPermissions, ...changeRoleOnProfile, ...sendNotification],
});
