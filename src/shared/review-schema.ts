import {z} from 'zod/mini';
import type {ReviewView} from '../overlay/view';

/** A user row as the access review read it (src/portal/read-data.ts `UserRow`). */
const UserRowSchema = z.object({
	extId: z.string(),
	firstName: z.string(),
	lastName: z.string(),
	email: z.string(),
	userStatus: z.enum(['active', 'inactive', 'to-archive', 'unknown']),
	onboardingStatus: z.enum(['pending', 'completed', 'none', 'unknown']),
});

/**
 * What a portal page sends for its access review: the user rows it saw while the review was open. The background
 * judges them (src/review: flags, pagination note) and words the panel (`bg:access-review`) and the CSV
 * (`bg:review-csv`) in the UI language, so the content script carries neither the rules nor the words (issue #14).
 */
export const ReviewRowsFields = {rows: z.readonly(z.array(UserRowSchema))};

/** For the panel also what the list says about itself: the portal's total and the rows-per-page choices. */
export const AccessReviewRequestFields = {
	...ReviewRowsFields,
	total: z.optional(z.number()),
	rowsPerPage: z.readonly(z.array(z.number())),
};

/** The review panel's view (src/overlay/view.ts `ReviewView`), checked before it leaves the background. */
export const ReviewViewSchema = z.object({
	total: z.optional(z.number()),
	items: z.readonly(
		z.array(
			z.object({
				extId: z.string(),
				name: z.string(),
				email: z.string(),
				flags: z.readonly(z.array(z.string())),
				flagTexts: z.readonly(z.array(z.string())),
				guides: z.readonly(z.array(z.object({id: z.string(), label: z.string()}))),
			}),
		),
	),
	note: z.string(),
	incomplete: z.boolean(),
}) satisfies z.ZodMiniType<ReviewView>;

export const ReviewCsvReplySchema = z.object({csv: z.string(), fileName: z.string()});
