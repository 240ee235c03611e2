import {describe, expect, test} from 'vitest';
import {POPUP_TEXTS} from '../../../src/popup/popup-texts';
import {LANGS} from '../../../src/shared/lang';

function placeholders(text: string): string[] {
	return [...new Set(text.match(/\$\d/g) ?? [])].sort();
}

describe('popup texts', () => {
	const keys = Object.keys(POPUP_TEXTS.de) as (keyof (typeof POPUP_TEXTS)['de'])[];

	test.each(keys)('%s is filled in every language with the same placeholders', (key) => {
		for (const lang of LANGS) {
			const text = POPUP_TEXTS[lang][key];
			expect(text.trim(), `${lang}: ${key}`).not.toBe('');
			expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(POPUP_TEXTS.de[key]));
		}
	});

	test('Swiss German never uses ß', () => {
		expect(Object.values(POPUP_TEXTS.de).join('\n')).not.toContain('ß');
	});

	test('French guillemets and : ; ? ! take a no-break space', () => {
		const french = Object.values(POPUP_TEXTS.fr).join('\n');
		expect(french).not.toMatch(/«(?!\u00A0)|(?<!\u00A0)»|[ \S][:;?!](?=\s|$)/u);
	});

	test('no English-style quotes in German, French or Italian', () => {
		for (const lang of ['de', 'fr', 'it'] as const) {
			expect(Object.values(POPUP_TEXTS[lang]).join('\n')).not.toMatch(/["“”]/);
		}
	});
});
