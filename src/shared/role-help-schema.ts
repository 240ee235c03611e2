import {z} from 'zod/mini';
import type {RoleHelpView} from '../overlay/view';

/**
 * What the step panel of a role step asks the background (`bg:role-help`, src/background/role-help.ts): the role
 * chosen in the portal's business-role list ('' while none is) and the roles already granted on the profile, as
 * the portal shows them; the answer is the help in the UI language, the portal's label quoted in its own.
 */
export const RoleHelpRequestFields = {
	chosen: z.string(),
	granted: z.readonly(z.array(z.string())),
};

export const RoleHelpReplySchema = z.object({
	chosen: z.optional(z.string()),
	chosenText: z.optional(z.string()),
	explanation: z.optional(z.string()),
	categoryWarning: z.optional(z.string()),
	explained: z.readonly(z.array(z.object({role: z.string(), text: z.string()}))),
	explainedTitle: z.string(),
}) satisfies z.ZodMiniType<RoleHelpView>;
