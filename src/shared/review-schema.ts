import {z} from 'zod/mini';

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
 * judges them (src/review: flags, pagination note) and words the panel (`bg:overlay`) and the CSV
 * (`bg:review-csv`) in the UI language, so the content script carries neither the rules nor the words (issue #14).
 */
export const ReviewRowsFields = {rows: z.readonly(z.array(UserRowSchema))};

/** For the panel also what the list says about itself: the portal's total and the rows-per-page choices. */
export const AccessReviewRequestFields = {
	...ReviewRowsFields,
	total: z.optional(z.number()),
	rowsPerPage: z.readonly(z.array(z.number())),
};

export const ReviewCsvReplySchema = z.object({csv: z.string(), fileName: z.string()});
