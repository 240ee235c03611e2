import type {ReviewView} from '../overlay/view';
import type {AccessReview} from '../review/access-review';
import type {ReviewFlag} from '../review/review-flags';
import {translator} from '../shared/catalog';
import type {GuideId} from '../shared/guide-ids';
import type {PageTexts} from '../shared/page-texts';

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

/** The review panel's view: the entries that need a look, their flags and guides, and the pagination note. */
export function reviewView(review: AccessReview, total: number | undefined, texts: PageTexts): ReviewView {
	const t = translator(texts.reviewPanel);
	const flagText = texts.review;
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
