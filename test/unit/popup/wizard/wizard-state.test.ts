import {describe, expect, test} from 'vitest';
import {
	FRESH_STATE,
	isEnteredEmpty,
	isFresh,
	parseWizardState,
	reduceWizard,
	serializeWizardState,
	type WizardAction,
	type WizardState,
} from '../../../../src/popup/wizard/wizard-state';
import {PASTE_FIELDS, type PasteResult} from '../../../../src/wizard/parse-pasted-mail';

const run = (...actions: WizardAction[]): WizardState => actions.reduce(reduceWizard, FRESH_STATE);

const typed = run(
	{type: 'edit', field: 'entered-first-name', value: 'Anna'},
	{type: 'edit', field: 'entered-last-name', value: 'Müller'},
	{type: 'edit', field: 'entered-email', value: 'anna.mueller@ksa.ch'},
	{type: 'edit', field: 'registered-first-name', value: 'Hanna'},
	{type: 'edit', field: 'registered-last-name', value: 'Möller'},
	{type: 'edit', field: 'registered-email', value: 'anna.mueller@ksa.ch'},
	{type: 'answer', question: 'same-person-name', value: true},
	{type: 'touch', field: 'entered-email'},
	{type: 'confirm', outcome: 'negligible'},
	{type: 'tick', item: 'nothing-to-do', ticked: true},
	{type: 'contact-lang', lang: 'it'},
);

describe('storing the wizard', () => {
	test('a saved state comes back unchanged', () => {
		expect(parseWizardState(JSON.parse(JSON.stringify(serializeWizardState(typed))))).toEqual(typed);
	});

	test.each([
		['nothing stored', undefined],
		['a string', 'junk'],
		['an older version', {...serializeWizardState(typed), version: 0}],
	])('%s starts fresh', (_name, stored) => {
		expect(parseWizardState(stored)).toEqual(FRESH_STATE);
	});

	// Issue #13: one bad value costs that value, never the rest of what the superuser typed.
	test.each([
		['an unknown outcome', {outcome: 'maybe'}, {outcome: null}],
		['an unknown checklist item', {ticked: ['format-disk', 'nothing-to-do']}, {ticked: ['nothing-to-do']}],
		['an unknown language', {contactLang: 'rm'}, {contactLang: null}],
		['an unknown field among the touched ones', {touched: ['entered-email', 'password']}, {}],
		['an answer that is not yes or no', {answers: {'same-person-name': 'yes'}}, {answers: {}}],
	])('%s costs only that value (#13)', (_name, damage, expected) => {
		expect(parseWizardState({...serializeWizardState(typed), ...damage})).toEqual({...typed, ...expected});
	});

	test.each([
		['missing', undefined],
		['a number', 42],
	])('a field that is %s reads as empty, the others stay (#13)', (_name, value) => {
		const stored = serializeWizardState(typed);
		expect(parseWizardState({...stored, fields: {...stored.fields, 'registered-email': value}})).toEqual({
			...typed,
			fields: {...typed.fields, 'registered-email': ''},
		});
	});

	test('a value longer than the wizard keeps is cut to 2,000 characters, the others stay (#13)', () => {
		const stored = {...serializeWizardState(typed), fields: {...typed.fields, 'user-id': 'x'.repeat(5000)}};
		const restored = parseWizardState(stored);
		expect(restored.fields['user-id']).toBe('x'.repeat(2000));
		expect(restored.fields['entered-first-name']).toBe('Anna');
		expect(restored.fields['entered-email']).toBe('anna.mueller@ksa.ch');
		expect(restored.outcome).toBe('negligible');
	});
});

describe('typing and prefilling are bounded (#13)', () => {
	test('a paste of 2,001 characters is kept as 2,000, and the state saves and comes back whole', () => {
		const state = reduceWizard(typed, {type: 'edit', field: 'entered-last-name', value: 'M'.repeat(2001)});
		expect(state.fields['entered-last-name']).toBe('M'.repeat(2000));
		const restored = parseWizardState(JSON.parse(JSON.stringify(serializeWizardState(state))));
		expect(restored.fields['entered-first-name']).toBe('Anna');
		expect(restored.fields['entered-email']).toBe('anna.mueller@ksa.ch');
		expect(restored.fields['entered-last-name']).toBe('M'.repeat(2000));
	});

	test('what the portal shows is bounded the same way', () => {
		const state = reduceWizard(FRESH_STATE, {
			type: 'prefill',
			person: {firstName: 'A'.repeat(3000), lastName: 'Bianchi', email: 'c@eoc.ch', userId: '1'.repeat(2500)},
		});
		expect(state.fields['entered-first-name']).toHaveLength(2000);
		expect(state.fields['user-id']).toHaveLength(2000);
		expect(state.fields['entered-last-name']).toBe('Bianchi');
	});
});

describe('the wizard reducer', () => {
	test('changing a name or an address drops the answers, which were about the old data', () => {
		const answered = run(
			{type: 'answer', question: 'same-person-name', value: false},
			{type: 'edit', field: 'registered-last-name', value: 'Meier'},
		);
		expect(answered.answers).toEqual({});
	});

	test('the user id and the date keep the answers', () => {
		const answered = run(
			{type: 'answer', question: 'same-person-name', value: true},
			{type: 'edit', field: 'user-id', value: '2110430'},
			{type: 'edit', field: 'mail-date', value: '2026-03-12'},
		);
		expect(answered.answers).toEqual({'same-person-name': true});
	});

	test('prefilling from the portal fills the entered data set and the user id', () => {
		const state = run({
			type: 'prefill',
			person: {firstName: ' Anna ', lastName: 'Müller', email: 'anna.mueller@ksa.ch', userId: '2110430'},
		});
		expect(state.fields).toMatchObject({
			'entered-first-name': 'Anna',
			'entered-last-name': 'Müller',
			'entered-email': 'anna.mueller@ksa.ch',
			'user-id': '2110430',
		});
		expect(isEnteredEmpty(state)).toBe(false);
	});

	test('prefilling without a user id keeps the one typed', () => {
		const state = run(
			{type: 'edit', field: 'user-id', value: '2376660'},
			{type: 'prefill', person: {firstName: 'Chiara', lastName: 'Bianchi', email: 'c.bianchi@eoc.ch'}},
		);
		expect(state.fields['user-id']).toBe('2376660');
	});

	test('ticking and unticking', () => {
		const ticked = run(
			{type: 'tick', item: 'deactivate-profile', ticked: true},
			{type: 'tick', item: 'report-escalation', ticked: true},
			{type: 'tick', item: 'deactivate-profile', ticked: false},
		);
		expect(ticked.ticked).toEqual(['report-escalation']);
	});

	test('going back keeps the data and the ticks, only the outcome is reopened', () => {
		const back = reduceWizard(typed, {type: 'back'});
		expect(back.outcome).toBeNull();
		expect(back.fields).toEqual(typed.fields);
		expect(back.ticked).toEqual(typed.ticked);
	});

	test('start over forgets everything', () => {
		expect(isFresh(typed)).toBe(false);
		expect(isFresh(reduceWizard(typed, {type: 'reset'}))).toBe(true);
	});

	test('leaving an empty field does not count as touching it (required shows on continue)', () => {
		expect(run({type: 'touch', field: 'entered-email'}).touched).toEqual([]);
		expect(
			run({type: 'edit', field: 'entered-email', value: 'a'}, {type: 'touch', field: 'entered-email'}).touched,
		).toEqual(['entered-email']);
	});

	test('an action that changes nothing returns the same state (nothing to save)', () => {
		expect(reduceWizard(typed, {type: 'touch', field: 'entered-email'})).toBe(typed);
		expect(reduceWizard(typed, {type: 'edit', field: 'entered-first-name', value: 'Anna'})).toBe(typed);
	});
});

describe('pasting eIAM’s e-mail', () => {
	const pasteOf = (found: PasteResult['found']): WizardAction => ({
		type: 'paste',
		result: {
			found,
			unresolved: PASTE_FIELDS.filter((field) => found[field] === undefined).map((field) => ({
				field,
				problem: 'not-found' as const,
			})),
			truncated: false,
		},
	});

	test('fills the empty fields, marks them, and reports what it did', () => {
		const state = run(
			{type: 'edit', field: 'entered-first-name', value: 'Anna'},
			pasteOf({'entered-first-name': 'Hanna', 'registered-email': 'anna@gmail.com'}),
		);
		expect(state.fields['entered-first-name']).toBe('Anna');
		expect(state.fields['registered-email']).toBe('anna@gmail.com');
		expect(state.pasted).toEqual(['registered-email']);
		expect(state.paste?.filled).toEqual(['registered-email']);
		expect(state.paste?.kept).toEqual(['entered-first-name']);
	});

	test('a second paste replaces what the first one filled, never what was typed', () => {
		const state = run(
			pasteOf({'registered-email': 'wrong@gmail.com', 'user-id': '1'}),
			{type: 'edit', field: 'user-id', value: '2376660'},
			pasteOf({'registered-email': 'anna@gmail.com', 'user-id': '2'}),
		);
		expect(state.fields['registered-email']).toBe('anna@gmail.com');
		expect(state.fields['user-id']).toBe('2376660');
		expect(state.pasted).toEqual(['registered-email']);
	});

	test('a later paste that does not find a field leaves the earlier pasted value', () => {
		const state = run(pasteOf({'registered-email': 'anna@gmail.com'}), pasteOf({'user-id': '42'}));
		expect(state.fields['registered-email']).toBe('anna@gmail.com');
		expect(state.pasted).toEqual(['registered-email', 'user-id']);
	});

	test('editing a pasted field removes its mark; prefilling from the portal too', () => {
		const state = run(
			pasteOf({'entered-email': 'a@spital.ch', 'registered-email': 'a@gmail.com', 'user-id': '42'}),
			{type: 'edit', field: 'registered-email', value: 'anna@gmail.com'},
			{type: 'prefill', person: {firstName: 'Anna', lastName: 'Muster', email: 'anna@spital.ch'}},
		);
		expect(state.pasted).toEqual(['user-id']);
	});

	test('a paste that changes a name drops the answers; emptying the box only clears the report', () => {
		const answered = run({type: 'answer', question: 'same-person-name', value: true});
		const pasted = reduceWizard(answered, pasteOf({'registered-last-name': 'Meier'}));
		expect(pasted.answers).toEqual({});
		const cleared = reduceWizard(pasted, {type: 'paste-cleared'});
		expect(cleared.paste).toBeNull();
		expect(cleared.fields['registered-last-name']).toBe('Meier');
		expect(cleared.pasted).toEqual(['registered-last-name']);
	});

	test('the marks and the report are stored; a state saved before pasting existed still loads', () => {
		const state = run(pasteOf({'registered-email': 'anna@gmail.com'}));
		expect(parseWizardState(JSON.parse(JSON.stringify(serializeWizardState(state))))).toEqual(state);
		const older: Record<string, unknown> = {...serializeWizardState(typed)};
		delete older['pasted'];
		delete older['paste'];
		expect(parseWizardState(older)).toEqual(typed);
	});
});
