/** Guide ids from the testing contract (shared/DESIGN.md); file names in src/guides/ match them. In the order the
 * launchers list them. No zod here: the content script uses the ids (guide-id-schema.ts has the schema). */
export const GUIDE_IDS = [
	'resend-code',
	'resend-from-list',
	'deactivate-user',
	'create-user',
	'correct-email',
	'grant-role',
	'add-profile',
] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

export function isGuideId(value: unknown): value is GuideId {
	return (GUIDE_IDS as readonly unknown[]).includes(value);
}
