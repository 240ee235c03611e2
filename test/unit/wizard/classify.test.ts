import {describe, expect, test} from 'vitest';
import {
	answerQuestions,
	classifyDiscrepancy,
	REASON_CODES,
	type ReasonCode,
	type Suggestion,
} from '../../../src/wizard/classify';
import type {PersonData} from '../../../src/wizard/input';

type Person = readonly [firstName: string, lastName: string, email: string];

function person([firstName, lastName, email]: Person): PersonData {
	return {firstName, lastName, email};
}

type Case = {
	readonly situation: string;
	readonly entered: Person;
	readonly registered: Person;
	readonly suggestion: Suggestion;
	readonly reasons: readonly ReasonCode[];
};

const anna: Person = ['Anna', 'Müller', 'anna.mueller@ksa.ch'];

// Entered = what the superuser typed in the portal; registered = what eIAM's discrepancy e-mail quotes.
const cases: readonly Case[] = [
	// Same data
	{
		situation: 'identical data is negligible',
		entered: anna,
		registered: anna,
		suggestion: 'negligible',
		reasons: ['names-same', 'email-same'],
	},
	{
		situation: 'the same address in capitals is negligible',
		entered: anna,
		registered: ['Anna', 'Müller', 'ANNA.MUELLER@KSA.CH'],
		suggestion: 'negligible',
		reasons: ['names-same', 'email-case'],
	},
	{
		situation: 'a last name in capitals is negligible',
		entered: anna,
		registered: ['Anna', 'MÜLLER', anna[2]],
		suggestion: 'negligible',
		reasons: ['case-or-accents', 'email-same'],
	},
	// Umlauts, accents, transliterations
	{
		situation: 'Müller registered as Mueller is negligible',
		entered: anna,
		registered: ['Anna', 'Mueller', anna[2]],
		suggestion: 'negligible',
		reasons: ['transliteration', 'email-same'],
	},
	{
		situation: 'Müller registered as Muller is negligible',
		entered: anna,
		registered: ['Anna', 'Muller', anna[2]],
		suggestion: 'negligible',
		reasons: ['case-or-accents', 'email-same'],
	},
	{
		situation: 'Mueller registered as Muller is negligible',
		entered: ['Anna', 'Mueller', anna[2]],
		registered: ['Anna', 'Muller', anna[2]],
		suggestion: 'negligible',
		reasons: ['transliteration', 'email-same'],
	},
	{
		situation: 'Zürcher registered as Zuercher is negligible',
		entered: ['Urs', 'Zürcher', 'urs.zuercher@usz.ch'],
		registered: ['Urs', 'Zuercher', 'urs.zuercher@usz.ch'],
		suggestion: 'negligible',
		reasons: ['transliteration', 'email-same'],
	},
	{
		situation: 'Frédéric registered as Frederic is negligible',
		entered: ['Frédéric', 'Dubois', 'frederic.dubois@hcuge.ch'],
		registered: ['Frederic', 'Dubois', 'frederic.dubois@hcuge.ch'],
		suggestion: 'negligible',
		reasons: ['case-or-accents', 'email-same'],
	},
	{
		situation: 'Gisèle registered as Gisele is negligible',
		entered: ['Gisèle', 'Rochat', 'gisele.rochat@hcuge.ch'],
		registered: ['Gisele', 'Rochat', 'gisele.rochat@hcuge.ch'],
		suggestion: 'negligible',
		reasons: ['case-or-accents', 'email-same'],
	},
	{
		situation: 'François registered as Francois is negligible',
		entered: ['François', 'Favre', 'francois.favre@hcuge.ch'],
		registered: ['Francois', 'Favre', 'francois.favre@hcuge.ch'],
		suggestion: 'negligible',
		reasons: ['case-or-accents', 'email-same'],
	},
	{
		situation: 'Nicolò registered as Nicolo is negligible',
		entered: ['Nicolò', 'Bernasconi', 'nicolo.bernasconi@eoc.ch'],
		registered: ['Nicolo', 'Bernasconi', 'nicolo.bernasconi@eoc.ch'],
		suggestion: 'negligible',
		reasons: ['case-or-accents', 'email-same'],
	},
	{
		situation: 'Strauß registered as Strauss is negligible',
		entered: ['Eva', 'Strauß', 'eva.strauss@insel.ch'],
		registered: ['Eva', 'Strauss', 'eva.strauss@insel.ch'],
		suggestion: 'negligible',
		reasons: ['transliteration', 'email-same'],
	},
	{
		situation: 'Dell’Orto registered as Dellorto is negligible',
		entered: ['Luca', 'Dell’Orto', 'luca.dellorto@eoc.ch'],
		registered: ['Luca', 'Dellorto', 'luca.dellorto@eoc.ch'],
		suggestion: 'negligible',
		reasons: ['case-or-accents', 'email-same'],
	},
	// Double names and further first names
	{
		situation: 'Anna-Lena registered as Anna Lena is negligible',
		entered: ['Anna-Lena', 'Meier', 'anna-lena.meier@ksa.ch'],
		registered: ['Anna Lena', 'Meier', 'anna-lena.meier@ksa.ch'],
		suggestion: 'negligible',
		reasons: ['case-or-accents', 'email-same'],
	},
	{
		situation: 'Anna-Lena registered as Annalena is negligible',
		entered: ['Anna-Lena', 'Meier', 'anna-lena.meier@ksa.ch'],
		registered: ['Annalena', 'Meier', 'anna-lena.meier@ksa.ch'],
		suggestion: 'negligible',
		reasons: ['case-or-accents', 'email-same'],
	},
	{
		situation: 'a missing second first name (Hans / Hans Peter) is negligible',
		entered: ['Hans', 'Keller', 'hans.keller@usz.ch'],
		registered: ['Hans Peter', 'Keller', 'hans.keller@usz.ch'],
		suggestion: 'negligible',
		reasons: ['middle-name-missing', 'email-same'],
	},
	{
		situation: 'an extra second first name (Hans Peter / Hans) is negligible',
		entered: ['Hans Peter', 'Keller', 'hans.keller@usz.ch'],
		registered: ['Hans', 'Keller', 'hans.keller@usz.ch'],
		suggestion: 'negligible',
		reasons: ['middle-name-extra', 'email-same'],
	},
	{
		situation: 'a wrong second first name (Hans Peter / Hans Rudolf) is negligible',
		entered: ['Hans Peter', 'Keller', 'hans.keller@usz.ch'],
		registered: ['Hans Rudolf', 'Keller', 'hans.keller@usz.ch'],
		suggestion: 'negligible',
		reasons: ['middle-name-different', 'email-same'],
	},
	{
		situation: 'first names in another order (Anna Lena / Lena Anna) are negligible',
		entered: ['Anna Lena', 'Meier', 'anna-lena.meier@ksa.ch'],
		registered: ['Lena Anna', 'Meier', 'anna-lena.meier@ksa.ch'],
		suggestion: 'negligible',
		reasons: ['first-names-order', 'email-same'],
	},
	{
		situation: 'only the second first name entered (Peter / Hans Peter) needs the superuser to decide',
		entered: ['Peter', 'Keller', 'peter.keller@usz.ch'],
		registered: ['Hans Peter', 'Keller', 'peter.keller@usz.ch'],
		suggestion: 'unsure',
		reasons: ['first-name-partial', 'email-same'],
	},
	{
		situation: 'one part of a double last name (Müller-Meier / Müller) is negligible',
		entered: ['Anna', 'Müller-Meier', anna[2]],
		registered: ['Anna', 'Müller', anna[2]],
		suggestion: 'negligible',
		reasons: ['last-name-part', 'email-same'],
	},
	{
		situation: 'a double last name registered for a single one (Müller / Müller-Meier) is negligible',
		entered: anna,
		registered: ['Anna', 'Müller-Meier', anna[2]],
		suggestion: 'negligible',
		reasons: ['last-name-part', 'email-same'],
	},
	{
		situation: 'the second part of a double last name (Meier / Müller Meier) is negligible',
		entered: ['Anna', 'Meier', anna[2]],
		registered: ['Anna', 'Müller Meier', anna[2]],
		suggestion: 'negligible',
		reasons: ['last-name-part', 'email-same'],
	},
	{
		situation: 'double last names sharing one part (Müller-Meier / Müller-Keller) need the superuser to decide',
		entered: ['Anna', 'Müller-Meier', anna[2]],
		registered: ['Anna', 'Müller-Keller', anna[2]],
		suggestion: 'unsure',
		reasons: ['last-name-partial', 'email-same'],
	},
	{
		situation: 'the same names split differently into first and last name are negligible',
		entered: ['Maria José', 'García', 'maria.garcia@insel.ch'],
		registered: ['Maria', 'José García', 'maria.garcia@insel.ch'],
		suggestion: 'negligible',
		reasons: ['names-split-differently', 'email-same'],
	},
	// Swapped names
	{
		situation: 'swapped first and last name are negligible',
		entered: ['Müller', 'Anna', anna[2]],
		registered: anna,
		suggestion: 'negligible',
		reasons: ['names-swapped', 'email-same'],
	},
	{
		situation: 'swapped names with Mueller for Müller are negligible',
		entered: ['Mueller', 'Anna', anna[2]],
		registered: anna,
		suggestion: 'negligible',
		reasons: ['names-swapped', 'email-same'],
	},
	// Typos
	{
		situation: 'one letter doubled in the last name (Bernasconi / Bernasconni) is negligible',
		entered: ['Nicolò', 'Bernasconi', 'nicolo.bernasconi@eoc.ch'],
		registered: ['Nicolò', 'Bernasconni', 'nicolo.bernasconi@eoc.ch'],
		suggestion: 'negligible',
		reasons: ['last-name-typo', 'email-same'],
	},
	{
		situation: 'two swapped letters in the last name (Schneider / Schnieder) are negligible',
		entered: ['Peter', 'Schneider', 'p.schneider@ksa.ch'],
		registered: ['Peter', 'Schnieder', 'p.schneider@ksa.ch'],
		suggestion: 'negligible',
		reasons: ['last-name-typo', 'email-same'],
	},
	{
		situation: 'Meier registered as Maier is negligible',
		entered: ['Ruth', 'Meier', 'ruth.meier@ksa.ch'],
		registered: ['Ruth', 'Maier', 'ruth.meier@ksa.ch'],
		suggestion: 'negligible',
		reasons: ['last-name-typo', 'email-same'],
	},
	{
		situation: 'Stefanie registered as Stephanie is negligible',
		entered: ['Stefanie', 'Huber', 'stefanie.huber@insel.ch'],
		registered: ['Stephanie', 'Huber', 'stefanie.huber@insel.ch'],
		suggestion: 'negligible',
		reasons: ['first-name-typo', 'email-same'],
	},
	{
		situation: 'Christoph registered as Christof is negligible',
		entered: ['Christoph', 'Baumann', 'c.baumann@usz.ch'],
		registered: ['Christof', 'Baumann', 'c.baumann@usz.ch'],
		suggestion: 'negligible',
		reasons: ['first-name-typo', 'email-same'],
	},
	{
		situation: 'a typo in both first and last name (Anna Müller / Hanna Möller) needs the superuser to decide',
		entered: anna,
		registered: ['Hanna', 'Möller', anna[2]],
		suggestion: 'unsure',
		reasons: ['first-name-typo', 'last-name-typo', 'typos-in-both-names', 'email-same'],
	},
	// Different persons
	{
		situation: 'another first name (Anna / Maria) means another person',
		entered: anna,
		registered: ['Maria', 'Müller', anna[2]],
		suggestion: 'other-person',
		reasons: ['first-name-different', 'email-same'],
	},
	{
		situation: 'another last name (Müller / Keller) means another person',
		entered: anna,
		registered: ['Anna', 'Keller', anna[2]],
		suggestion: 'other-person',
		reasons: ['last-name-different', 'email-same'],
	},
	{
		situation: 'three-letter names one letter apart (Leo / Lea) mean another person',
		entered: ['Leo', 'Rossi', 'leo.rossi@eoc.ch'],
		registered: ['Lea', 'Rossi', 'leo.rossi@eoc.ch'],
		suggestion: 'other-person',
		reasons: ['first-name-different', 'email-same'],
	},
	{
		situation: 'Martin registered as Marion means another person',
		entered: ['Martin', 'Frei', 'martin.frei@ksa.ch'],
		registered: ['Marion', 'Frei', 'martin.frei@ksa.ch'],
		suggestion: 'other-person',
		reasons: ['first-name-different', 'email-same'],
	},
	{
		situation: 'a completely different person at a private address is reported, not just re-invited',
		entered: anna,
		registered: ['Peter', 'Keller', 'peter.keller@gmail.com'],
		suggestion: 'other-person',
		reasons: ['first-name-different', 'last-name-different', 'email-private'],
	},
	{
		situation: 'a different person at another hospital is reported without asking',
		entered: anna,
		registered: ['Luca', 'Rossi', 'luca.rossi@eoc.ch'],
		suggestion: 'other-person',
		reasons: ['first-name-different', 'last-name-different', 'email-other-professional'],
	},
	// E-mail addresses
	{
		situation: 'a private Gmail address leads to deactivate-and-recreate',
		entered: anna,
		registered: ['Anna', 'Müller', 'anna.mueller@gmail.com'],
		suggestion: 'private-email',
		reasons: ['names-same', 'email-private'],
	},
	{
		situation: 'a private Bluewin address leads to deactivate-and-recreate',
		entered: anna,
		registered: ['Anna', 'Müller', 'a.mueller@bluewin.ch'],
		suggestion: 'private-email',
		reasons: ['names-same', 'email-private'],
	},
	{
		situation: 'a private Hotmail address in capitals leads to deactivate-and-recreate',
		entered: anna,
		registered: ['Anna', 'Müller', 'Anna.Mueller@HOTMAIL.FR'],
		suggestion: 'private-email',
		reasons: ['names-same', 'email-private'],
	},
	{
		situation: 'a private Outlook address with Mueller for Müller leads to deactivate-and-recreate',
		entered: anna,
		registered: ['Anna', 'Mueller', 'anna.mueller@outlook.com'],
		suggestion: 'private-email',
		reasons: ['transliteration', 'email-private'],
	},
	{
		situation: 'a private address and a missing second first name lead to deactivate-and-recreate',
		entered: ['Hans', 'Keller', 'hans.keller@usz.ch'],
		registered: ['Hans Peter', 'Keller', 'hp.keller@sunrise.ch'],
		suggestion: 'private-email',
		reasons: ['middle-name-missing', 'email-private'],
	},
	{
		situation: 'one private address replaced by another leads to deactivate-and-recreate',
		entered: ['Anna', 'Müller', 'anna.mueller@gmail.com'],
		registered: ['Anna', 'Müller', 'anna.mueller@bluewin.ch'],
		suggestion: 'private-email',
		reasons: ['names-same', 'email-private'],
	},
	{
		situation: 'a professional address instead of the entered private one is negligible',
		entered: ['Anna', 'Müller', 'anna.mueller@gmx.ch'],
		registered: anna,
		suggestion: 'negligible',
		reasons: ['names-same', 'email-now-professional'],
	},
	{
		situation: 'another hospital’s address (Insel / USZ) needs the superuser to decide',
		entered: ['Anna', 'Müller', 'anna.mueller@insel.ch'],
		registered: ['Anna', 'Müller', 'anna.mueller@usz.ch'],
		suggestion: 'unsure',
		reasons: ['names-same', 'email-other-professional'],
	},
	{
		situation: 'another address at the same hospital needs the superuser to decide',
		entered: anna,
		registered: ['Anna', 'Müller', 'a.mueller@ksa.ch'],
		suggestion: 'unsure',
		reasons: ['names-same', 'email-other-professional'],
	},
	{
		situation: 'a private address with only the second first name needs the superuser to decide first',
		entered: ['Peter', 'Keller', 'peter.keller@usz.ch'],
		registered: ['Hans Peter', 'Keller', 'hp.keller@gmail.com'],
		suggestion: 'unsure',
		reasons: ['first-name-partial', 'email-private'],
	},
];

test.each(cases)('$situation', ({entered, registered, suggestion, reasons}) => {
	const result = classifyDiscrepancy(person(entered), person(registered));
	expect(result.reasons.map((reason) => reason.code)).toEqual(reasons);
	expect(result.suggestion).toBe(suggestion);
});

test('the case table covers every suggestion and reason code', () => {
	expect(cases.length).toBeGreaterThanOrEqual(40);
	expect(new Set(cases.map((entry) => entry.suggestion))).toEqual(
		new Set(['negligible', 'private-email', 'other-person', 'unsure']),
	);
	expect(new Set(cases.flatMap((entry) => entry.reasons))).toEqual(new Set(REASON_CODES));
});

describe('reasons', () => {
	test('a reason quotes both values as typed, and a typo says how many letters differ', () => {
		const {reasons} = classifyDiscrepancy(person(anna), person(['Anna', 'Muler', anna[2]]));
		expect(reasons[0]).toEqual({
			code: 'last-name-typo',
			field: 'last-name',
			entered: 'Müller',
			registered: 'Muler',
			letters: 1,
		});
		expect(reasons[1]).toEqual({code: 'email-same', field: 'email', entered: anna[2], registered: anna[2]});
	});

	test('reasons about the whole name quote first and last name together', () => {
		const {reasons} = classifyDiscrepancy(person(['Müller', 'Anna', anna[2]]), person(anna));
		expect(reasons[0]).toEqual({
			code: 'names-swapped',
			field: 'name',
			entered: 'Müller Anna',
			registered: 'Anna Müller',
		});
	});
});

describe('questions', () => {
	const insel = person(['Anna', 'Müller', 'anna.mueller@insel.ch']);
	const usz = person(['Anna', 'Müller', 'anna.mueller@usz.ch']);

	test('two professional addresses ask whether the registered one belongs to the same person', () => {
		expect(classifyDiscrepancy(insel, usz).questions).toEqual([
			{
				id: 'same-person-work-address',
				entered: 'anna.mueller@insel.ch',
				registered: 'anna.mueller@usz.ch',
				person: 'Anna Müller',
			},
		]);
	});

	test('a partly matching name asks whether both names are the same person', () => {
		const result = classifyDiscrepancy(
			person(['Peter', 'Keller', 'p.keller@usz.ch']),
			person(['Hans Peter', 'Keller', 'p.keller@usz.ch']),
		);
		expect(result.questions).toEqual([
			{
				id: 'same-person-name',
				entered: 'Peter Keller',
				registered: 'Hans Peter Keller',
				person: 'Hans Peter Keller',
			},
		]);
	});

	test('a clear suggestion asks nothing, even when a question would apply', () => {
		expect(classifyDiscrepancy(person(anna), person(anna)).questions).toEqual([]);
		expect(classifyDiscrepancy(person(anna), person(['Luca', 'Rossi', 'luca.rossi@eoc.ch'])).questions).toEqual([]);
	});

	test('"yes, a work address of the same person" makes it negligible', () => {
		expect(answerQuestions(classifyDiscrepancy(insel, usz), {'same-person-work-address': true})).toBe('negligible');
	});

	test('"no, not the same person" makes it another person', () => {
		expect(answerQuestions(classifyDiscrepancy(insel, usz), {'same-person-work-address': false})).toBe(
			'other-person',
		);
	});

	test('an unanswered question keeps the suggestion unsure', () => {
		expect(answerQuestions(classifyDiscrepancy(insel, usz), {})).toBe('unsure');
	});

	test('"yes, same person" with a private address still leads to deactivate-and-recreate', () => {
		const result = classifyDiscrepancy(
			person(['Peter', 'Keller', 'p.keller@usz.ch']),
			person(['Hans Peter', 'Keller', 'hp.keller@gmail.com']),
		);
		expect(answerQuestions(result, {'same-person-name': true})).toBe('private-email');
	});

	test('with two questions, one "yes" is not enough and one "no" decides', () => {
		const result = classifyDiscrepancy(
			person(['Peter', 'Keller', 'p.keller@usz.ch']),
			person(['Hans Peter', 'Keller', 'hp.keller@ksa.ch']),
		);
		expect(result.questions.map((question) => question.id)).toEqual([
			'same-person-work-address',
			'same-person-name',
		]);
		expect(answerQuestions(result, {'same-person-name': true})).toBe('unsure');
		expect(answerQuestions(result, {'same-person-name': true, 'same-person-work-address': false})).toBe(
			'other-person',
		);
		expect(answerQuestions(result, {'same-person-name': true, 'same-person-work-address': true})).toBe(
			'negligible',
		);
	});

	test('answers cannot turn another person into a negligible case', () => {
		const result = classifyDiscrepancy(person(anna), person(['Luca', 'Rossi', 'luca.rossi@eoc.ch']));
		expect(answerQuestions(result, {'same-person-work-address': true, 'same-person-name': true})).toBe(
			'other-person',
		);
	});
});
