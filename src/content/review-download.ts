import type {UserRow} from '../portal/read-data';
import {REVIEW_CSV_MIME_TYPE} from '../review/csv';
import type {Lang} from '../shared/lang';
import {askBackground} from './background-link';

/**
 * Saves the access review as CSV, written by the background (`bg:review-csv`, src/review/review-csv.ts; issue #14:
 * the content script carries neither the writer nor its words): a `blob:` URL made here in the tab (no request
 * leaves the browser) and a link that is clicked without ever being attached to the page (nothing is added to the
 * portal's DOM). Nothing is saved when the background could not answer.
 */
export async function downloadReviewCsv(doc: Document, rows: readonly UserRow[], lang: Lang): Promise<void> {
	const file = await askBackground({type: 'bg:review-csv', lang, rows});
	if (!file) return;
	const url = URL.createObjectURL(new Blob([file.csv], {type: REVIEW_CSV_MIME_TYPE}));
	const link = doc.createElement('a');
	link.href = url;
	link.download = file.fileName;
	link.click();
	// The download has long taken the data by then; the URL is no longer needed.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
