import {expect, test} from 'vitest';
import {LANGS} from '../../../src/shared/lang';
import {fieldErrorText} from '../../../src/wizard/field-error-text';
import {FIELD_ERROR_CODES} from '../../../src/wizard/input';

const combinations = LANGS.flatMap((lang) => FIELD_ERROR_CODES.map((code) => [lang, code] as const));

test.each(combinations)('in %s, the error %s has a message without placeholders', (lang, code) => {
	const text = fieldErrorText(code, lang);
	expect(text.trim()).not.toBe('');
	expect(text).not.toMatch(/\$\d/);
});

test('each language has its own message', () => {
	const required = LANGS.map((lang) => fieldErrorText('required', lang));
	expect(new Set(required).size).toBe(LANGS.length);
	expect(fieldErrorText('required', 'de')).toBe('Bitte ausfüllen.');
});
