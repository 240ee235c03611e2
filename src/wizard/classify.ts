import {damerauLevenshtein} from './damerau-levenshtein';
import type {PersonData} from './input';
import {type NameToken, normalizeName} from './normalize-name';
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

// --- Names -------------------------------------------------------------------------------------------------------

type NameField = 'first-name' | 'last-name';

/** How two name parts match, best first. */
type Relation = 'plain' | 'skeleton' | 'typo';
const RELATION_RANK: Readonly<Record<Relation, number>> = {plain: 0, skeleton: 1, typo: 2};

/**
 * Letters we accept as a typo, by the length of the shorter part. Three-letter names change meaning with one letter
 * ("Leo" / "Lea", "Ida" / "Ina"), so they get none. Two letters turn many six- and seven-letter names into other
 * real names ("Müller" / "Keller", "Martin" / "Marion"), so two are accepted only from eight letters on
 * ("Christoph" / "Christof"); one letter from four letters on ("Meier" / "Maier", "Zürcher" / "Zücrher").
 */
function typoBound(length: number): number {
	if (length <= 3) {
		return 0;
	}

	return length < 8 ? 1 : 2;
}

function typoDistance(a: string, b: string): number | undefined {
	const distance = damerauLevenshtein(a, b);
	return distance <= typoBound(Math.min(Array.from(a).length, Array.from(b).length)) ? distance : undefined;
}

type Pair = {readonly e: number; readonly r: number; readonly relation: Relation; readonly distance: number};

function relate(a: NameToken, b: NameToken): {relation: Relation; distance: number} | undefined {
	if (a.plain === b.plain) {
		return {relation: 'plain', distance: 0};
	}

	if (a.skeleton === b.skeleton) {
		return {relation: 'skeleton', distance: 0};
	}

	const distance = typoDistance(a.skeleton, b.skeleton);
	return distance === undefined ? undefined : {relation: 'typo', distance};
}

type Matching = {
	readonly pairs: readonly Pair[];
	readonly unmatchedEntered: readonly number[];
	readonly unmatchedRegistered: readonly number[];
};

/** Pairs name parts, best matches first (greedy is enough for the handful of parts a name has). */
function matchTokens(entered: readonly NameToken[], registered: readonly NameToken[]): Matching {
	const candidates: Pair[] = [];
	for (const [e, a] of entered.entries()) {
		for (const [r, b] of registered.entries()) {
			const match = relate(a, b);
			if (match !== undefined) {
				candidates.push({e, r, ...match});
			}
		}
	}

	candidates.sort(
		(x, y) =>
			RELATION_RANK[x.relation] - RELATION_RANK[y.relation] ||
			x.distance - y.distance ||
			Math.abs(x.e - x.r) - Math.abs(y.e - y.r) ||
			x.e - y.e,
	);
	const usedE = new Set<number>();
	const usedR = new Set<number>();
	const pairs: Pair[] = [];
	for (const pair of candidates) {
		if (!usedE.has(pair.e) && !usedR.has(pair.r)) {
			usedE.add(pair.e);
			usedR.add(pair.r);
			pairs.push(pair);
		}
	}

	pairs.sort((x, y) => x.e - y.e);
	return {
		pairs,
		unmatchedEntered: [...entered.keys()].filter((index) => !usedE.has(index)),
		unmatchedRegistered: [...registered.keys()].filter((index) => !usedR.has(index)),
	};
}

type FieldComparison = {
	readonly status: 'same' | 'fine' | 'doubt' | 'different';
	readonly codes: readonly ReasonCode[];
	/** Letters changed by typos (0 when none). */
	readonly letters: number;
};

const SAME: FieldComparison = {status: 'same', codes: [], letters: 0};

function joined(tokens: readonly NameToken[], form: keyof NameToken): string {
	return tokens.map((token) => token[form]).join('');
}

function typoCode(field: NameField): ReasonCode {
	return field === 'first-name' ? 'first-name-typo' : 'last-name-typo';
}

/** Codes for how the matched parts differ (typos, transliterations) plus the field's main code. */
function withPairCodes(field: NameField, matching: Matching, main: readonly ReasonCode[]): FieldComparison {
	const typos = matching.pairs.filter((pair) => pair.relation === 'typo');
	const letters = typos.reduce((sum, pair) => sum + pair.distance, 0);
	const codes: ReasonCode[] = [...main];
	if (typos.length > 0) {
		codes.push(typoCode(field));
	}

	if (matching.pairs.some((pair) => pair.relation === 'skeleton')) {
		codes.push('transliteration');
	}

	return {status: 'fine', codes, letters};
}

/** Compares one name field (first names or last names) of the portal with eIAM's. */
function compareNameField(field: NameField, enteredName: string, registeredName: string): FieldComparison {
	if (enteredName === registeredName) {
		return SAME;
	}

	const entered = normalizeName(enteredName);
	const registered = normalizeName(registeredName);
	if (entered.length === 0 || registered.length === 0) {
		return {status: 'different', codes: [], letters: 0};
	}

	// "MÜLLER" / "Müller", "Frédéric" / "Frederic", "Anna-Lena" / "Anna Lena" / "Annalena".
	if (joined(entered, 'plain') === joined(registered, 'plain')) {
		return {status: 'fine', codes: ['case-or-accents'], letters: 0};
	}

	// "Müller" / "Mueller" / "Muller", "Zürcher" / "Zuercher".
	if (joined(entered, 'skeleton') === joined(registered, 'skeleton')) {
		return {status: 'fine', codes: ['transliteration'], letters: 0};
	}

	const matching = matchTokens(entered, registered);
	const {pairs, unmatchedEntered, unmatchedRegistered} = matching;
	if (unmatchedEntered.length === 0 && unmatchedRegistered.length === 0) {
		// Pairs are sorted by entered position, so any pair off the diagonal means another order.
		const reordered = pairs.some((pair) => pair.e !== pair.r);
		return withPairCodes(field, matching, reordered ? ['first-names-order'] : []);
	}

	const mainFirstNameMatches = pairs.some((pair) => pair.e === 0 && pair.r === 0);
	if (field === 'first-name' && mainFirstNameMatches) {
		if (unmatchedEntered.length === 0) {
			return withPairCodes(field, matching, ['middle-name-missing']);
		}

		return withPairCodes(field, matching, [
			unmatchedRegistered.length === 0 ? 'middle-name-extra' : 'middle-name-different',
		]);
	}

	if (
		field === 'last-name' &&
		pairs.length > 0 &&
		(unmatchedEntered.length === 0 || unmatchedRegistered.length === 0)
	) {
		return withPairCodes(field, matching, ['last-name-part']);
	}

	// Parts split or merged differently and a typo on top: "Annalena" / "Anna Lina".
	const joinedDistance = typoDistance(joined(entered, 'skeleton'), joined(registered, 'skeleton'));
	if (joinedDistance !== undefined) {
		return {status: 'fine', codes: [typoCode(field)], letters: joinedDistance};
	}

	if (pairs.length > 0) {
		return {
			status: 'doubt',
			codes: [field === 'first-name' ? 'first-name-partial' : 'last-name-partial'],
			letters: 0,
		};
	}

	return {status: 'different', codes: [], letters: 0};
}

/** All parts of both names match, but are split differently between first and last name ("Maria José | García"). */
function sameNameParts(entered: PersonData, registered: PersonData): boolean {
	const matching = matchTokens(
		normalizeName(`${entered.firstName} ${entered.lastName}`),
		normalizeName(`${registered.firstName} ${registered.lastName}`),
	);
	return (
		matching.unmatchedEntered.length === 0 &&
		matching.unmatchedRegistered.length === 0 &&
		matching.pairs.every((pair) => pair.relation !== 'typo')
	);
}

function isMatch(comparison: FieldComparison): boolean {
	return comparison.status === 'same' || comparison.status === 'fine';
}

function fullName(person: PersonData): string {
	return `${person.firstName} ${person.lastName}`;
}

function compareNames(entered: PersonData, registered: PersonData): Reason[] {
	const whole = (code: ReasonCode): Reason => ({
		code,
		field: 'name',
		entered: fullName(entered),
		registered: fullName(registered),
	});
	const first = compareNameField('first-name', entered.firstName, registered.firstName);
	const last = compareNameField('last-name', entered.lastName, registered.lastName);
	if (first.status === 'same' && last.status === 'same') {
		return [whole('names-same')];
	}

	// The boundary between first and last name moved ("Maria José | García" / "Maria | José García").
	const splitMoved =
		normalizeName(entered.firstName).length !== normalizeName(registered.firstName).length ||
		normalizeName(entered.lastName).length !== normalizeName(registered.lastName).length;
	if (splitMoved && sameNameParts(entered, registered)) {
		return [whole('names-split-differently')];
	}

	if (!isMatch(first) || !isMatch(last)) {
		const swappedFirst = compareNameField('first-name', entered.firstName, registered.lastName);
		const swappedLast = compareNameField('last-name', entered.lastName, registered.firstName);
		if (isMatch(swappedFirst) && isMatch(swappedLast)) {
			return [whole('names-swapped')];
		}
	}

	const reasons: Reason[] = [];
	const add = (
		field: NameField,
		comparison: FieldComparison,
		enteredValue: string,
		registeredValue: string,
	): void => {
		const codes: readonly ReasonCode[] =
			comparison.status === 'different'
				? [field === 'first-name' ? 'first-name-different' : 'last-name-different']
				: comparison.codes;
		for (const code of codes) {
			const isTypo = code === typoCode(field);
			reasons.push({
				code,
				field,
				entered: enteredValue,
				registered: registeredValue,
				...(isTypo ? {letters: comparison.letters} : {}),
			});
		}
	};

	add('first-name', first, entered.firstName, registered.firstName);
	add('last-name', last, entered.lastName, registered.lastName);
	if (first.letters > 0 && last.letters > 0) {
		reasons.push(whole('typos-in-both-names'));
	}

	return reasons;
}

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
