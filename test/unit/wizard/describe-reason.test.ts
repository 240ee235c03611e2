import {expect, test} from 'vitest';
import {LANGS} from '../../../src/shared/lang';
import {REASON_CODES, type Reason} from '../../../src/wizard/classify';
import {describeReason} from '../../../src/wizard/describe-reason';

const combinations = LANGS.flatMap((lang) => REASON_CODES.map((code) => [lang, code] as const));

test.each(combinations)('in %s, the reason %s reads as plain words with the values filled in', (lang, code) => {
	const reason: Reason = {code, field: 'last-name', entered: 'Müller', registered: 'Muler', letters: 1};
	const text = describeReason(reason, lang);
	expect(text.trim()).not.toBe('');
	expect(text).not.toMatch(/\$\d|undefined/);
	expect(text).toContain('Müller');
});

test('a one-letter typo in the last name, in Swiss German', () => {
	const reason: Reason = {
		code: 'last-name-typo',
		field: 'last-name',
		entered: 'Müller',
		registered: 'Muler',
		letters: 1,
	};
	expect(describeReason(reason, 'de')).toBe('Nachname unterscheidet sich um einen Buchstaben: «Müller» / «Muler»');
});

test('a two-letter typo in the first name, in French with guillemets and no-break spaces', () => {
	const reason: Reason = {
		code: 'first-name-typo',
		field: 'first-name',
		entered: 'Christoph',
		registered: 'Christof',
		letters: 2,
	};
	expect(describeReason(reason, 'fr')).toBe(
		'Le prénom diffère de deux lettres\u00A0: «\u00A0Christoph\u00A0» / «\u00A0Christof\u00A0»',
	);
});

test('more than two changed letters are "several"', () => {
	const reason: Reason = {
		code: 'first-name-typo',
		field: 'first-name',
		entered: 'Anna Lena',
		registered: 'Ana Lina',
		letters: 3,
	};
	expect(describeReason(reason, 'it')).toBe('Il nome differisce di più lettere: «Anna Lena» / «Ana Lina»');
	expect(describeReason(reason, 'en')).toBe('First name differs by several letters: “Anna Lena” / “Ana Lina”');
});

test('a private address names the registered address first', () => {
	const reason: Reason = {
		code: 'email-private',
		field: 'email',
		entered: 'anna@ksa.ch',
		registered: 'anna@gmail.com',
	};
	expect(describeReason(reason, 'de')).toBe(
		'Registriert mit einer privaten E-Mail-Adresse: «anna@gmail.com» statt «anna@ksa.ch»',
	);
});
