import {compareNames, fullName} from './compare-names';
import type {PersonData} from './input';
import {isPrivateEmailDomain} from './private-domains';

/*
 * Suggests what to do with an eIAM discrepancy e-mail (SpiGes handbook, "Support for users"):
 * - negligible: wrong or missing second first name, typo → ignore, eIAM updates itself;
 * - private-email: the person registered with a private address → deactivate, contact them, create a new profile;
 * - other-person: somebody else registered → deactivate and report to spiges@bfs.admin.ch immediately;
 * - unsure: only the superuser can tell; `questions` says what to ask, `answerQuestions` gives the final suggestion.
 * The superuser always confirms. When in doubt we prefer asking over "negligible": wrongly ignoring a different
 * person leaves a stranger with access to hospital data, while a wrong escalation only costs an e-mail.
 */

export type Suggestion = 'negligible' | 'private-email' | 'other-person' | 'unsure';

export const QUESTION_IDS = ['same-person-work-address', 'same-person-name'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** What a reason means for the suggestion: harmless, one of the outcomes, or a question for the superuser. */
type Effect = 'fine' | 'private-email' | 'other-person' | QuestionId;

/** Every reason code with its effect; the order is the order in which reasons are listed. */
const REASON_EFFECTS = {
	'names-same': 'fine',
	'case-or-accents': 'fine',
	transliteration: 'fine',
	'first-name-typo': 'fine',
	'last-name-typo': 'fine',
	'middle-name-missing': 'fine',
	'middle-name-extra': 'fine',
	'middle-name-different': 'fine',
	'first-names-order': 'fine',
	'last-name-part': 'fine',
	'names-swapped': 'fine',
	'names-split-differently': 'fine',
	// A typo in the first AND the last name ("Anna Müller" / "Hanna Möller") is too much to wave through.
	'typos-in-both-names': 'same-person-name',
	// The main first name is missing ("Hans Peter" / "Peter"): people often go by a second name, but not always.
	'first-name-partial': 'same-person-name',
	// Double last names sharing only one part ("Müller-Meier" / "Müller-Keller").
	'last-name-partial': 'same-person-name',
	'first-name-different': 'other-person',
	'last-name-different': 'other-person',
	'email-same': 'fine',
	'email-case': 'fine',
	'email-private': 'private-email',
	// Entered private, registered professional: the profile now has the professional address SpiGes wants, and the
	// names match, so the person who received the code at their private address registered properly.
	'email-now-professional': 'fine',
	// Two professional addresses: the same person at another address, or a colleague who got the code forwarded.
	'email-other-professional': 'same-person-work-address',
} as const satisfies Record<string, Effect>;

export type ReasonCode = keyof typeof REASON_EFFECTS;
export const REASON_CODES = Object.keys(REASON_EFFECTS) as ReasonCode[];

/** `name` is for reasons about the whole name; its values are "first-name last-name". */
export type ReasonField = 'first-name' | 'last-name' | 'name' | 'email';

export type Reason = {
	readonly code: ReasonCode;
	readonly field: ReasonField;
	/** As entered in the portal (trimmed, as validated). */
	readonly entered: string;
	/** As registered in eIAM. */
	readonly registered: string;
	/** For the typo codes: how many letters differ (edit distance, summed over the name's parts). */
	readonly letters?: number;
};

export type Question = {
	readonly id: QuestionId;
	readonly entered: string;
	readonly registered: string;
	/** The registered person's full name, for "Is … an address of <person>?". */
	readonly person: string;
};

export type Classification = {
	readonly suggestion: Suggestion;
	readonly reasons: readonly Reason[];
	/** Empty unless `suggestion` is `unsure`. */
	readonly questions: readonly Question[];
};

/** The superuser's yes/no answers; a missing answer keeps the suggestion at `unsure`. */
export type Answers = Readonly<Partial<Record<QuestionId, boolean>>>;

// --- E-mail ------------------------------------------------------------------------------------------------------

function compareEmails(entered: string, registered: string): Reason {
	const reason = (code: ReasonCode): Reason => ({code, field: 'email', entered, registered});
	if (entered === registered) {
		return reason('email-same');
	}

	// Domains are case-insensitive, and no mail system SpiGes deals with treats local parts differently.
	if (entered.toLowerCase() === registered.toLowerCase()) {
		return reason('email-case');
	}

	if (isPrivateEmailDomain(registered)) {
		return reason('email-private');
	}

	return reason(isPrivateEmailDomain(entered) ? 'email-now-professional' : 'email-other-professional');
}

// --- Decision ----------------------------------------------------------------------------------------------------

/** The questions the reasons raise, each once, in `QUESTION_IDS` order. */
function questionIds(reasons: readonly Reason[]): QuestionId[] {
	const effects = new Set<Effect>(reasons.map((reason) => REASON_EFFECTS[reason.code]));
	return QUESTION_IDS.filter((id) => effects.has(id));
}

/** Precedence: other-person > unsure (a "no" could still make it other-person) > private-email > negligible. */
function decide(reasons: readonly Reason[], answers: Answers): Suggestion {
	const effects = new Set<Effect>(reasons.map((reason) => REASON_EFFECTS[reason.code]));
	const asked = questionIds(reasons);
	if (effects.has('other-person') || asked.some((id) => answers[id] === false)) {
		return 'other-person';
	}

	if (asked.some((id) => answers[id] !== true)) {
		return 'unsure';
	}

	return effects.has('private-email') ? 'private-email' : 'negligible';
}

/** Suggests an outcome for the portal's data (`entered`) versus the registered person's data (`registered`). */
export function classifyDiscrepancy(entered: PersonData, registered: PersonData): Classification {
	const reasons = [...compareNames(entered, registered), compareEmails(entered.email, registered.email)];
	const suggestion = decide(reasons, {});
	const questions =
		suggestion === 'unsure'
			? questionIds(reasons).map((id): Question => {
					const isEmail = id === 'same-person-work-address';
					return {
						id,
						entered: isEmail ? entered.email : fullName(entered),
						registered: isEmail ? registered.email : fullName(registered),
						person: fullName(registered),
					};
				})
			: [];
	return {suggestion, reasons, questions};
}

/**
 * The suggestion after the superuser answered `classification.questions`: one "no" → other-person, all "yes" → what
 * the remaining reasons say (private-email or negligible), a question left open → still unsure.
 */
export function answerQuestions(classification: Classification, answers: Answers): Suggestion {
	return decide(classification.reasons, answers);
}
