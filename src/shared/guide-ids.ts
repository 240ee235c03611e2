import {z} from 'zod/mini';

/** Guide ids from the testing contract (shared/DESIGN.md); file names in src/guides/ match them. */
export const GUIDE_IDS = [
	'resend-code',
	'resend-from-list',
	'deactivate-user',
	'create-user',
	'correct-email',
] as const;
export const GuideIdSchema = z.enum(GUIDE_IDS);
export type GuideId = z.infer<typeof GuideIdSchema>;

/** What a guide may be told at start, or asks the user: who it is for and which variant. */
export const GuideContextSchema = z.object({
	/** ExtID / user id of the person, when the guide was started for a known user (row, wizard). */
	extId: z.optional(z.string().check(z.regex(/^\d{1,20}$/))), // as long as the wizard's user id
	reason: z.optional(z.enum(['code-expired', 'wrong-email'])),
	send: z.optional(z.enum(['new-code', 'reminder'])),
	deactivate: z.optional(z.enum(['user', 'profile'])),
});
export type GuideContext = z.infer<typeof GuideContextSchema>;
export type ChoiceName = Exclude<keyof GuideContext, 'extId'>;
