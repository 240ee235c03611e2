import type {UserRow} from '../portal/read-data';
import {reviewAccess, type AccessReview} from '../review/access-review';

/**
 * The access review while its panel is open (shared/DESIGN.md "Access review"): every user row it saw, also on
 * other pages of the list the user opens, and the review of them as of the last read.
 */
export class ReviewSession {
	readonly #rows = new Map<string, UserRow>();
	#current: AccessReview = reviewAccess([], undefined);
	#total: number | undefined;

	/**
	 * On each pass over the page: takes in the list shown now; false (close the review) away from the user list or
	 * while a guide runs, since it reads the user list only.
	 */
	continueOn(page: string, guideRunning: boolean, shown: () => Parameters<ReviewSession['read']>[0]): boolean {
		if (page !== 'user-selection' || guideRunning) return false;
		this.read(shown());
		return true;
	}

	/** Takes in the rows shown now; a row seen before keeps its first reading. */
	read(shown: {rows: readonly UserRow[]; total: number | undefined; rowsPerPage: readonly number[]}): void {
		for (const row of shown.rows) if (!this.#rows.has(row.extId)) this.#rows.set(row.extId, row);
		this.#current = reviewAccess([...this.#rows.values()], shown.total, shown.rowsPerPage);
		this.#total = shown.total;
	}

	get view(): {review: AccessReview; total: number | undefined} {
		return {review: this.#current, total: this.#total};
	}
}
