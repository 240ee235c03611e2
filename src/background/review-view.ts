import {REVIEW_PANEL_TEXTS} from '../overlay/review-panel-texts';
import type {ReviewView} from '../overlay/view';
import type {UserRow} from '../portal/read-data';
import {reviewAccess} from '../review/access-review';
import type {ReviewFlag} from '../review/review-flags';
import {REVIEW_TEXTS} from '../review/review-texts';
import {translator} from '../shared/catalog';
import type {GuideId} from '../shared/guide-ids';
import type {Lang} from '../shared/lang';

/**
 * The guide one click starts from a review entry, per flag: a pending onboarding → resend the code from the list;
 * a private address → deactivate the user (the handbook's fix: a new profile with the professional address).
 * Inactive and to-archive users need the superuser's judgement, no guide.
 */
const GUIDE_FOR_FLAG: Readonly<
	Partial<Record<ReviewFlag, {id: GuideId; label: 'review_resend' | 'review_deactivate'}>>
> = {
	'onboarding-pending': {id: 'resend-from-list', label: 'review_resend'},
	'private-email': {id: 'deactivate-user', label: 'review_deactivate'},
};

/** What a portal page sends for its access review (`bg:overlay`): the rows it saw and what the list says. */
export type ReviewInputs = {
	/** Every user row seen while the review was open (a row seen twice counts once: the first reading). */
	rows: readonly UserRow[];
	/** The list's total as the portal reports it; undefined when it shows none. */
	total: number | undefined;
	/** The paginator's rows-per-page choices. */
	rowsPerPage: readonly number[];
};

/**
 * The review panel's view in the UI language `lang` (issue #14: flags, pagination note and their words stay out of
 * the content script): the entries that need a look, their flags and guides, and the pagination note.
 */
export function reviewView({rows, total, rowsPerPage}: ReviewInputs, lang: Lang): ReviewView {
	const review = reviewAccess(rows, total, rowsPerPage);
	const t = translator(REVIEW_PANEL_TEXTS[lang]);
	const flagText = REVIEW_TEXTS[lang];
	const {pagination} = review;
	const note =
		pagination.kind === 'all-seen'
			? t('review_all_seen', pagination.total)
			: pagination.kind === 'total-unknown'
				? t('review_total_unknown', pagination.seen)
				: pagination.showAllWith === undefined
					? t('review_some_unseen', pagination.unseen, pagination.total)
					: t('review_some_unseen_with', pagination.unseen, pagination.total, pagination.showAllWith);
	return {
		total,
		note,
		incomplete: pagination.kind === 'some-unseen',
		items: review.needsLook.map(({user, flags}) => ({
			extId: user.extId,
			name: `${user.firstName} ${user.lastName}`.trim(),
			email: user.email,
			flags,
			flagTexts: flags.map((flag) => flagText[`flag_${flag}`]),
			guides: flags.flatMap((flag) => {
				const guide = GUIDE_FOR_FLAG[flag];
				return guide ? [{id: guide.id, label: t(guide.label)}] : [];
			}),
		})),
	};
}
