import {expect, test} from 'vitest';
import type {Catalog} from '../../../src/shared/catalog';
import {LANGS} from '../../../src/shared/lang';

/*
 * The typography rules for a catalog written by us, as tests (a helper, not a test file): every key filled in all
 * four languages with the same placeholders, Swiss German without ß, «» instead of English quotes, and in French a
 * narrow no-break space (U+202F) before ; : ! ? » and after «.
 */

const placeholders = (text: string): string[] => [...new Set(text.match(/\$\d/g) ?? [])].sort();

export function testSwissTypography(catalog: Catalog<string>): void {
	const keys = Object.keys(catalog.de);

	test('every language has exactly the same keys, each with a text and the placeholders of German', () => {
		for (const lang of LANGS) {
			expect(Object.keys(catalog[lang]).sort(), lang).toEqual([...keys].sort());
			for (const key of keys) {
				const text = catalog[lang][key] ?? '';
				expect(text.trim(), `${lang}: ${key}`).not.toBe('');
				expect(text, `${lang}: ${key}`).toBe(text.trim());
				expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(catalog.de[key] ?? ''));
			}
		}
	});

	test('Swiss German: ss, never ß', () => {
		for (const text of Object.values(catalog.de)) expect(text).not.toContain('ß');
	});

	test('German, French and Italian quote with «», never with English quotes', () => {
		for (const lang of ['de', 'fr', 'it'] as const)
			for (const text of Object.values(catalog[lang])) expect(text, lang).not.toMatch(/["“”„‘‚]/);
	});

	test('French: a narrow no-break space before ; : ! ? » and after «, and no other space there', () => {
		for (const text of Object.values(catalog.fr)) {
			expect(text, 'before ; : ! ? »').not.toMatch(/(?<!\u202F)[;:!?»]/);
			expect(text, 'after «').not.toMatch(/«(?!\u202F)/);
		}
	});
}
