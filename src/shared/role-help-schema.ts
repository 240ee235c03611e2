import {z} from 'zod/mini';

/**
 * What a portal page sends for the role help of a role step (`bg:overlay`, src/background/role-help.ts): the role
 * chosen in the portal's business-role list ('' while none is) and the roles already granted on the profile, as
 * the portal shows them; the background words the help in the UI language, the portal's label quoted in its own.
 */
export const RoleHelpRequestFields = {
	chosen: z.string(),
	granted: z.readonly(z.array(z.string())),
};
