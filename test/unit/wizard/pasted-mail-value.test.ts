import {expect, test} from 'vitest';
import {cleanUserId, cleanValue, findEmails, isAcceptedValue} from '../../../src/wizard/pasted-mail-value';

test.each([
	['  Anna   Maria ', 'Anna Maria'],
	['«\u202FAnne\u202F»', 'Anne'],
	['"Muster"', 'Muster'],
	['„Müller“', 'Müller'],
	['<anna@spital.ch>', 'anna@spital.ch'],
	['[anna@spital.ch]', 'anna@spital.ch'],
	['Muster;', 'Muster'],
	['Anna (Hanna)', 'Anna (Hanna)'],
])('%j is cleaned to %j', (raw, value) => {
	expect(cleanValue(raw)).toBe(value);
});

test.each([
	'-',
	'–',
	'—',
	'?',
	'n/a',
	'N.A.',
	'k.A.',
	'keine Angabe',
	'leer',
	'vide',
	'vuoto',
	'unknown',
	'«\u202F–\u202F»',
])('%j says there is no value', (raw) => {
	expect(cleanValue(raw)).toBe('');
});

test('addresses are found as written, each once', () => {
	expect(findEmails("Anna <Anna.Muster@Spital.ch>, anna.muster@spital.ch; o'brien@x.ch.")).toEqual([
		'Anna.Muster@Spital.ch',
		"o'brien@x.ch",
	]);
	expect(findEmails("'anna@spital.ch'")).toEqual(['anna@spital.ch']);
	expect(findEmails('keine Adresse')).toEqual([]);
});

test('grouped user ids become digits', () => {
	expect(cleanUserId("2'376'660")).toBe('2376660');
	expect(cleanUserId('2 376 660')).toBe('2376660');
	expect(cleanUserId('2376660.')).toBe('2376660');
	expect(cleanUserId('1605-123')).toBe('1605-123');
});

test('the wizard’s own limits decide what is accepted', () => {
	expect(isAcceptedValue('entered-first-name', 'Anna')).toBe(true);
	expect(isAcceptedValue('entered-first-name', 'A'.repeat(100))).toBe(true);
	expect(isAcceptedValue('entered-first-name', 'A'.repeat(101))).toBe(false);
	expect(isAcceptedValue('registered-email', 'anna@spital.ch')).toBe(true);
	expect(isAcceptedValue('registered-email', 'anna@spital')).toBe(false);
	expect(isAcceptedValue('user-id', '2376660')).toBe(true);
	expect(isAcceptedValue('user-id', '1'.repeat(21))).toBe(false);
	expect(isAcceptedValue('user-id', 'abc')).toBe(false);
});

test('a name holding an address or a colon was cut wrongly and is refused', () => {
	expect(isAcceptedValue('registered-last-name', 'Muster anna@spital.ch')).toBe(false);
	expect(isAcceptedValue('registered-last-name', 'Muster Nachname: Meier')).toBe(false);
});
