import {describe, expect, test} from 'vitest';
import type {Catalog} from '../../../src/shared/catalog';
import {LANGS} from '../../../src/shared/lang';
import {questionTexts} from '../../../src/wizard/describe-question';
import {reasonTexts} from '../../../src/wizard/describe-reason';
import {fieldErrorTexts} from '../../../src/wizard/field-error-text';
import {mailTemplates} from '../../../src/wizard/mail-templates';

// Every catalog of src/wizard; the compiler already enforces identical keys, this checks the texts themselves.
const catalogs: Readonly<Record<string, Catalog<string>>> = {
	fieldErrorTexts,
	reasonTexts,
	questionTexts,
	mailTemplates,
};

function placeholders(text: string): string[] {
	return [...new Set(text.match(/\$\d/g) ?? [])].sort();
}

describe.each(Object.entries(catalogs))('%s', (_name, catalog) => {
	const keys = Object.keys(catalog.de);

	test.each(keys)('%s is filled in every language with the same placeholders', (key) => {
		for (const lang of LANGS) {
			const text = catalog[lang][key] ?? '';
			expect(text.trim(), `${lang}: ${key}`).not.toBe('');
			expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(catalog.de[key] ?? ''));
		}
	});

	test('Swiss German never uses ß', () => {
		expect(Object.values(catalog.de).join('\n')).not.toContain('ß');
	});

	test('French guillemets, colons and question marks take a no-break space', () => {
		const french = Object.values(catalog.fr).join('\n');
		expect(french).not.toMatch(/«(?!\u00A0)|(?<!\u00A0)»| [:?]/);
	});

	test('no English-style quotes in German, French or Italian', () => {
		for (const lang of ['de', 'fr', 'it'] as const) {
			expect(Object.values(catalog[lang]).join('\n')).not.toMatch(/["“”]/);
		}
	});
});
