import {describe, expect, test} from 'vitest';
import {EmailSchema, type FieldError, validateWizardInput} from '../../../src/wizard/input';

const valid = {
	entered: {firstName: 'Anna', lastName: 'Müller', email: 'anna.mueller@ksa.ch'},
	registered: {firstName: 'Anna', lastName: 'Mueller', email: 'anna.mueller@gmail.com'},
};

function errorsOf(raw: unknown): readonly FieldError[] {
	const result = validateWizardInput(raw);
	return result.ok ? [] : result.errors;
}

describe('valid input', () => {
	test('both data sets without user id and date are enough', () => {
		expect(validateWizardInput(valid)).toEqual({ok: true, value: valid});
	});

	test('values are trimmed, inner line breaks of names become spaces, empty optional fields count as not given', () => {
		const result = validateWizardInput({
			entered: {firstName: '  Hans\nPeter ', lastName: ' Keller\t', email: ' hans.keller@usz.ch '},
			registered: valid.registered,
			userId: '  ',
			mailDate: '',
		});
		expect(result).toEqual({
			ok: true,
			value: {
				entered: {firstName: 'Hans Peter', lastName: 'Keller', email: 'hans.keller@usz.ch'},
				registered: valid.registered,
			},
		});
	});

	test('a user id and the date of the eIAM e-mail are kept', () => {
		const result = validateWizardInput({...valid, userId: ' 2376660 ', mailDate: '2024-02-29'});
		expect(result.ok && result.value.userId).toBe('2376660');
		expect(result.ok && result.value.mailDate).toBe('2024-02-29');
	});
});

describe('invisible characters (#13)', () => {
	test('a first name of only zero-width characters is flagged, not taken for a name', () => {
		expect(errorsOf({...valid, entered: {...valid.entered, firstName: '\u200B\u200C\u200D\uFEFF'}})).toEqual([
			{field: 'entered-first-name', code: 'invisible-only'},
		]);
		expect(errorsOf({...valid, registered: {...valid.registered, lastName: '\u202E\u0007'}})).toEqual([
			{field: 'registered-last-name', code: 'invisible-only'},
		]);
	});

	test('control, bidi-override and zero-width characters are removed from names, addresses and the user id', () => {
		const result = validateWizardInput({
			entered: {firstName: 'An\u200Bna', lastName: '\u202EMüller\u202C', email: 'anna.mueller@ksa.ch\u200B'},
			registered: {...valid.registered, firstName: 'Anna\u0000'},
			userId: '2376\u2060660',
		});
		expect(result).toEqual({
			ok: true,
			value: {
				entered: {firstName: 'Anna', lastName: 'Müller', email: 'anna.mueller@ksa.ch'},
				registered: {...valid.registered, firstName: 'Anna'},
				userId: '2376660',
			},
		});
	});

	test('an optional field holding only invisible characters counts as not given', () => {
		expect(validateWizardInput({...valid, userId: '\u200B'})).toEqual({ok: true, value: valid});
	});
});

describe('errors name the popup input and a code', () => {
	test.each([
		[
			'an empty first name',
			{...valid, entered: {...valid.entered, firstName: ' '}},
			'entered-first-name',
			'required',
		],
		[
			'a missing last name',
			{...valid, registered: {firstName: 'Anna', email: 'a@ksa.ch'}},
			'registered-last-name',
			'required',
		],
		['a number as name', {...valid, entered: {...valid.entered, lastName: 42}}, 'entered-last-name', 'required'],
		[
			'a 101-letter first name',
			{...valid, registered: {...valid.registered, firstName: 'A'.repeat(101)}},
			'registered-first-name',
			'too-long',
		],
		[
			'an address without @',
			{...valid, entered: {...valid.entered, email: 'anna.ksa.ch'}},
			'entered-email',
			'invalid-email',
		],
		[
			'an address longer than 254 characters',
			{...valid, registered: {...valid.registered, email: `${'a'.repeat(60)}@${'b'.repeat(200)}.ch`}},
			'registered-email',
			'too-long',
		],
		['an empty address', {...valid, registered: {...valid.registered, email: ''}}, 'registered-email', 'required'],
		['letters in the user id', {...valid, userId: '23766a0'}, 'user-id', 'invalid-user-id'],
		['a date in Swiss notation', {...valid, mailDate: '12.03.2026'}, 'mail-date', 'invalid-date'],
		['a day that does not exist', {...valid, mailDate: '2025-02-29'}, 'mail-date', 'invalid-date'],
	] as const)('%s', (_situation, raw, field, code) => {
		expect(errorsOf(raw)).toEqual([{field, code}]);
	});

	test('nothing at all reports each of the six required inputs, in screen order', () => {
		expect(errorsOf(undefined)).toEqual([
			{field: 'entered-first-name', code: 'required'},
			{field: 'entered-last-name', code: 'required'},
			{field: 'entered-email', code: 'required'},
			{field: 'registered-first-name', code: 'required'},
			{field: 'registered-last-name', code: 'required'},
			{field: 'registered-email', code: 'required'},
		]);
	});

	test('each field reports one error only', () => {
		const errors = errorsOf({...valid, entered: {...valid.entered, email: `${'x'.repeat(300)}, y@ksa.ch`}});
		expect(errors).toEqual([{field: 'entered-email', code: 'too-long'}]);
	});
});

describe('e-mail addresses', () => {
	test.each([
		'anna.mueller@ksa.ch',
		'ANNA.MUELLER@KSA.CH',
		'anna-lena.meier@spital-thurgau.ch',
		"o'brien+spiges@insel.ch",
		'gisele_rochat@hcuge.ch',
		'nicolo.bernasconi@eoc.ch',
		'user@xn--zrich-kva.ch',
	])('%s is accepted', (email) => {
		expect(EmailSchema.safeParse(email).success).toBe(true);
	});

	test.each([
		['two addresses with a comma', 'a@ksa.ch,b@ksa.ch'],
		['two addresses with a semicolon', 'a@ksa.ch;b@ksa.ch'],
		['a display name', 'Anna <a@ksa.ch>'],
		['a quoted local part', '"anna"@ksa.ch'],
		['a space inside', 'anna mueller@ksa.ch'],
		['a line break with a header', 'a@ksa.ch\r\nBcc: x@evil.ch'],
		['a line feed inside', 'a@ks\na.ch'],
		['an encoded line break', 'a@ksa.ch%0ABcc:x@evil.ch'],
		['a mailto query', 'a@ksa.ch?cc=x@evil.ch'],
		['an ampersand', 'a&b@ksa.ch'],
		['two @', 'a@b@ksa.ch'],
		['no domain dot', 'anna@localhost'],
		['a trailing dot in the local part', 'anna.@ksa.ch'],
		['two dots in a row', 'anna..mueller@ksa.ch'],
		['a domain starting with a hyphen', 'anna@-ksa.ch'],
		['a numeric top-level domain', 'anna@ksa.123'],
		['umlauts in the domain', 'anna@zürich.ch'],
		['a local part over 64 characters', `${'a'.repeat(65)}@ksa.ch`],
	])('%s is rejected', (_situation, email) => {
		expect(EmailSchema.safeParse(email).success).toBe(false);
	});
});
