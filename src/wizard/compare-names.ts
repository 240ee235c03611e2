import type {Reason, ReasonCode} from './classify';
import {damerauLevenshtein} from './damerau-levenshtein';
import type {PersonData} from './input';
import {type NameToken, normalizeName} from './normalize-name';

/*
 * How the names entered in the portal differ from the registered person's, as reasons for classify.ts: parts are
 * paired best match first (same, same skeleton, typo), then each field is judged, then the whole name.
 */

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

/** First and last name as one string, as questions and reasons quote the whole name. */
export function fullName(person: PersonData): string {
	return `${person.firstName} ${person.lastName}`;
}

export function compareNames(entered: PersonData, registered: PersonData): Reason[] {
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
