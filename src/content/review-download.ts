import {REVIEW_CSV_MIME_TYPE} from '../review/csv';
import type {Replies} from '../shared/messages';

/**
 * Saves the access review as CSV, written by the background (`bg:review-csv`, src/review/review-csv.ts; issue #14:
 * the content script carries neither the writer nor its words; this part comes with the extras script): a `blob:`
 * URL made here in the tab (no request leaves the browser) and a link that is clicked without ever being attached to
 * the page (nothing is added to the portal's DOM).
 */
export function saveReviewCsv(doc: Document, file: Replies['bg:review-csv']): void {
	const url = URL.createObjectURL(new Blob([file.csv], {type: REVIEW_CSV_MIME_TYPE}));
	const link = doc.createElement('a');
	link.href = url;
	link.download = file.fileName;
	link.click();
	// The download has long taken the data by then; the URL is no longer needed.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
