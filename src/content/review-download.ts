import type {ReviewedUser} from '../review/access-review';
import {REVIEW_CSV_MIME_TYPE, reviewCsv, reviewCsvFileName} from '../review/review-csv';
import type {ReviewTextKey} from '../review/review-texts';
import type {Texts} from '../shared/catalog';
import type {Lang} from '../shared/lang';

/**
 * Saves the access review as CSV: a `blob:` URL made here in the tab (no request leaves the browser) and a link
 * that is clicked without ever being attached to the page (nothing is added to the portal's DOM).
 */
export function downloadReviewCsv(
	doc: Document,
	seen: readonly ReviewedUser[],
	lang: Lang,
	texts: Texts<ReviewTextKey>,
): void {
	const url = URL.createObjectURL(new Blob([reviewCsv(seen, lang, texts)], {type: REVIEW_CSV_MIME_TYPE}));
	const link = doc.createElement('a');
	link.href = url;
	link.download = reviewCsvFileName(new Date());
	link.click();
	// The download has long taken the data by then; the URL is no longer needed.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
