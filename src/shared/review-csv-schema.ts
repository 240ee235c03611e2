import {z} from 'zod/mini';
import {REVIEW_FLAGS} from '../review/review-flags';

/** A user row as the access review read it (src/portal/read-data.ts `UserRow`) and the flags it raised. */
const ReviewedUserSchema = z.object({
	user: z.object({
		extId: z.string(),
		firstName: z.string(),
		lastName: z.string(),
		email: z.string(),
		userStatus: z.enum(['active', 'inactive', 'to-archive', 'unknown']),
		onboardingStatus: z.enum(['pending', 'completed', 'none', 'unknown']),
	}),
	flags: z.readonly(z.array(z.enum(REVIEW_FLAGS))),
});

/**
 * The access review's export (`bg:review-csv`): the page sends the users it saw, the background writes the CSV
 * (src/review/review-csv.ts) in the UI language, so the content script carries neither the writer nor the words.
 */
export const ReviewCsvRequestFields = {seen: z.readonly(z.array(ReviewedUserSchema))};

export const ReviewCsvReplySchema = z.object({csv: z.string(), fileName: z.string()});
