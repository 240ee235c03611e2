import {PAGE_LABELS, type LabelVariants} from '../portal/labels';
import type {OnboardingStatus, UserStatus} from '../portal/read-data';
import type {Lang} from '../shared/lang';
import type {ReviewedUser} from './access-review';
import {toCsv} from './csv';
import {REVIEW_FLAGS} from './review-flags';
import {REVIEW_TEXTS} from './review-texts';

/*
 * The access review's export for the canton's records (shared/DESIGN.md "Access review"): a header row in the UI
 * language, then one row per user the review saw, flagged or not, with a column per flag.
 */

export const REVIEW_CSV_MIME_TYPE = 'text/csv;charset=utf-8';

/** The portal's first spelling of a label in the language: its column headers and status words as it shows them. */
const portalWord = (label: LabelVariants, lang: Lang): string => label[lang][0];

function userStatusText(status: UserStatus, lang: Lang): string {
	switch (status) {
		case 'active':
			return portalWord(PAGE_LABELS.statusActive, lang);
		case 'inactive':
			return portalWord(PAGE_LABELS.statusInactive, lang);
		case 'to-archive':
			return portalWord(PAGE_LABELS.statusToArchive, lang);
		case 'unknown':
			return REVIEW_TEXTS[lang].status_unknown;
	}
}

function onboardingStatusText(status: OnboardingStatus, lang: Lang): string {
	switch (status) {
		case 'pending':
			return portalWord(PAGE_LABELS.onboardingPending, lang);
		case 'completed':
			return portalWord(PAGE_LABELS.onboardingCompleted, lang);
		case 'none':
			return ''; // The portal shows an empty cell for a user without onboarding.
		case 'unknown':
			return REVIEW_TEXTS[lang].status_unknown;
	}
}

/** The CSV file's text (with BOM; encode it as UTF-8, e.g. `new Blob([csv], {type: REVIEW_CSV_MIME_TYPE})`). */
export function reviewCsv(seen: readonly ReviewedUser[], lang: Lang): string {
	const texts = REVIEW_TEXTS[lang];
	const header = [
		portalWord(PAGE_LABELS.colExtId, lang),
		portalWord(PAGE_LABELS.colFirstName, lang),
		portalWord(PAGE_LABELS.colLastName, lang),
		portalWord(PAGE_LABELS.colEmail, lang),
		portalWord(PAGE_LABELS.colUserStatus, lang),
		portalWord(PAGE_LABELS.colOnboardingStatus, lang),
		...REVIEW_FLAGS.map((flag) => texts[`flag_${flag}`]),
	];
	const rows = seen.map(({user, flags}) => [
		user.extId,
		user.firstName,
		user.lastName,
		user.email,
		userStatusText(user.userStatus, lang),
		onboardingStatusText(user.onboardingStatus, lang),
		...REVIEW_FLAGS.map((flag) => (flags.includes(flag) ? texts.flag_applies : '')),
	]);
	return toCsv([header, ...rows]);
}

/** `eiam-access-review-2026-05-04.csv`: the local date of the review, so files sort by date. */
export function reviewCsvFileName(date: Date): string {
	const pad = (value: number): string => String(value).padStart(2, '0');
	return `eiam-access-review-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
