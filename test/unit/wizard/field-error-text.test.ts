import {expect, test} from 'vitest';
import {LANGS} from '../../../src/shared/lang';
import {fieldErrorText} from '../../../src/wizard/field-error-text';
import {FIELD_ERROR_CODES} from '../../../src/wizard/input';

const combinations = LANGS.flatMap((lang) => FIELD_ERROR_CODES.map((code) => [lang, code] as const));

test.each(combinations)('in %s, the error %s has a message without placeholders', (lang, code) => {
	const text = fieldErrorText(code, lang, 'entered-last-name');
	expect(text.trim()).not.toBe('');
	expect(text).not.toMatch(/\$\d/);
});

test('each language has its own message', () => {
	const required = LANGS.map((lang) => fieldErrorText('required', lang, 'entered-first-name'));
	expect(new Set(required).size).toBe(LANGS.length);
	expect(fieldErrorText('required', 'de', 'entered-first-name')).toBe('Bitte ausfüllen.');
});

test('«too long» names the field’s limit (#13)', () => {
	expect(fieldErrorText('too-long', 'de', 'entered-last-name')).toBe(
		'Dieser Eintrag ist zu lang: höchstens 100 Zeichen.',
	);
	expect(fieldErrorText('too-long', 'en', 'registered-email')).toBe(
		'This entry is too long: 254 characters at most.',
	);
});
