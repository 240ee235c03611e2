import {PAGE_LABELS, type LabelVariants} from '../portal/labels';
import type {OnboardingStatus, UserStatus} from '../portal/read-data';
import type {Lang} from '../shared/lang';
import type {ReviewedUser} from './access-review';
import {toCsv} from './csv';
import {REVIEW_FLAGS} from './review-flags';
import type {ReviewTextKey} from './review-texts';
import type {Texts} from '../shared/catalog';

/*
 * The access review's export for the canton's records (shared/DESIGN.md "Access review"): a header row in the UI
 * language, then one row per user the review saw, flagged or not, with a column per flag. Written by the background
 * (`bg:review-csv`): the content script saves what it gets (src/content/review-download.ts).
 */

export {REVIEW_CSV_MIME_TYPE} from './csv';

/** The portal's first spelling of a label in the language: its column headers and status words as it shows them. */
const portalWord = (label: LabelVariants, lang: Lang): string => label[lang][0];

// A status as the portal shows it: its own word, an empty cell where it shows none (a user without onboarding),
// or `undefined` where the review could not read it.
const USER_STATUS_WORDS: Readonly<Record<UserStatus, LabelVariants | undefined>> = {
	active: PAGE_LABELS.statusActive,
	inactive: PAGE_LABELS.statusInactive,
	'to-archive': PAGE_LABELS.statusToArchive,
	unknown: undefined,
};
const ONBOARDING_STATUS_WORDS: Readonly<Record<OnboardingStatus, LabelVariants | '' | undefined>> = {
	pending: PAGE_LABELS.onboardingPending,
	completed: PAGE_LABELS.onboardingCompleted,
	none: '',
	unknown: undefined,
};

function statusText(word: LabelVariants | '' | undefined, lang: Lang, texts: Texts<ReviewTextKey>): string {
	if (word === '') return '';
	return word === undefined ? texts.status_unknown : portalWord(word, lang);
}

/** The CSV file's text (with BOM; encode it as UTF-8, e.g. `new Blob([csv], {type: REVIEW_CSV_MIME_TYPE})`). */
export function reviewCsv(seen: readonly ReviewedUser[], lang: Lang, texts: Texts<ReviewTextKey>): string {
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
		statusText(USER_STATUS_WORDS[user.userStatus], lang, texts),
		statusText(ONBOARDING_STATUS_WORDS[user.onboardingStatus], lang, texts),
		...REVIEW_FLAGS.map((flag) => (flags.includes(flag) ? texts.flag_applies : '')),
	]);
	return toCsv([header, ...rows]);
}

/** `eiam-access-review-2026-05-04.csv`: the local date of the review, so files sort by date. */
export function reviewCsvFileName(date: Date): string {
	const pad = (value: number): string => String(value).padStart(2, '0');
	return `eiam-access-review-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
