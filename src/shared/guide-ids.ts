import {z} from 'zod/mini';

/** Guide ids from the testing contract (shared/DESIGN.md); file names in src/guides/ match them. */
export const GuideIdSchema = z.enum([
	'resend-code',
	'resend-from-list',
	'deactivate-user',
	'create-user',
	'correct-email',
	'grant-role',
	'add-profile',
]);
export type GuideId = z.infer<typeof GuideIdSchema>;
/** In the order the launchers list them. */
export const GUIDE_IDS: readonly GuideId[] = GuideIdSchema.options;
