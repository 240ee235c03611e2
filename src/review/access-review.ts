import type {UserRow} from '../portal/read-data';
import {paginationNote, type PaginationNote} from './pagination-note';
import {reviewFlags, type ReviewFlag} from './review-flags';

/** A user the review saw, with the flags that apply (empty: nothing to look at). */
export type ReviewedUser = {readonly user: UserRow; readonly flags: readonly ReviewFlag[]};

export type AccessReview = {
	/** Every user the review saw, once each (by ExtID), in the order first seen: the CSV's rows. */
	readonly seen: readonly ReviewedUser[];
	/** The users with at least one flag, in the same order: the panel's entries. */
	readonly needsLook: readonly ReviewedUser[];
	readonly pagination: PaginationNote;
};

/**
 * Reviews the user rows the portal shows (`readUserRows`; rows gathered from several pages may repeat a user, the
 * first reading counts). `total` and `rowsPerPageOptions` as for `paginationNote`.
 */
export function reviewAccess(
	rows: readonly UserRow[],
	total: number | undefined,
	rowsPerPageOptions: readonly number[] = [],
): AccessReview {
	const byExtId = new Map<string, ReviewedUser>();
	for (const user of rows) {
		if (!byExtId.has(user.extId)) byExtId.set(user.extId, {user, flags: reviewFlags(user)});
	}
	const seen = [...byExtId.values()];
	return {
		seen,
		needsLook: seen.filter(({flags}) => flags.length > 0),
		pagination: paginationNote(seen.length, total, rowsPerPageOptions),
	};
}
