import type {UserRow} from '../portal/read-data';

/** What the list shows now, as the access review reads it (the extras script, extras.ts `reviewData`). */
export type ReviewRead = {rows: readonly UserRow[]; total: number | undefined; rowsPerPage: readonly number[]};

/**
 * The access review while its panel is open (shared/DESIGN.md "Access review"): every user row it saw, also on
 * other pages of the list the user opens, and what the list said last. The background judges and words them
 * (`bg:overlay`, src/background/review-view.ts).
 */
export class ReviewSession {
	readonly #rows = new Map<string, UserRow>();
	read: ReviewRead = {rows: [], total: undefined, rowsPerPage: []};

	/**
	 * On each pass over the page: takes in the list shown now (a row seen before keeps its first reading); false
	 * (close the review) away from the user list or while a guide runs, since it reads the user list only.
	 */
	continueOn(page: string, guideRunning: boolean, shown: () => ReviewRead): boolean {
		if (page !== 'user-selection' || guideRunning) return false;
		const {rows, total, rowsPerPage} = shown();
		for (const row of rows) if (!this.#rows.has(row.extId)) this.#rows.set(row.extId, row);
		this.read = {rows: [...this.#rows.values()], total, rowsPerPage};
		return true;
	}
}
