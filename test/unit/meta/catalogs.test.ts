import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {STEP_TEXTS} from '../../../src/guides/step-texts';
import {OPTIONS_TEXTS} from '../../../src/options/options-texts';
import {OVERLAY_TEXTS} from '../../../src/overlay/overlay-texts';
import {POPUP_TEXTS} from '../../../src/popup/popup-texts';
import type {Catalog} from '../../../src/shared/catalog';
import {LANGS} from '../../../src/shared/lang';

// Every user-visible string of the overlay, the guides, the popup and the options page lives in a typed catalog
// (the compiler forces the same keys in all four languages); this checks the texts themselves and that no UI
// component writes words directly. src/wizard's catalogs have their own test (test/unit/wizard/catalogs.test.ts).
const catalogs: Readonly<Record<string, Catalog<string>>> = {OVERLAY_TEXTS, STEP_TEXTS, POPUP_TEXTS, OPTIONS_TEXTS};

const placeholders = (text: string): string[] => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe.each(Object.entries(catalogs))('%s', (_name, catalog) => {
	test('every key is filled in every language, with the same placeholders as German', () => {
		for (const key of Object.keys(catalog.de)) {
			for (const lang of LANGS) {
				const text = catalog[lang][key];
				expect(text?.trim(), `${lang}: ${key}`).toBeTruthy();
				expect(placeholders(text ?? ''), `${lang}: ${key}`).toEqual(placeholders(catalog.de[key] ?? ''));
			}
		}
	});

	test('no language has keys the others lack', () => {
		for (const lang of LANGS) expect(Object.keys(catalog[lang]).sort()).toEqual(Object.keys(catalog.de).sort());
	});

	test('Swiss German: ss, never ß', () => {
		expect(Object.values(catalog.de).join('\n')).not.toContain('ß');
	});

	test('«…» quotes in German, French and Italian', () => {
		for (const lang of ['de', 'fr', 'it'] as const)
			expect(Object.values(catalog[lang]).join('\n')).not.toMatch(/["“”„]/);
	});
});

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.tsx') ? [path] : [];
	});
}

const uiFiles = ['overlay', 'popup', 'options'].flatMap((area) =>
	sourceFiles(fileURLToPath(new URL(`../../../src/${area}`, import.meta.url))),
);

test.each(uiFiles.map((file) => [file.slice(file.indexOf('src/'))]))(
	'%s writes no words into its markup directly',
	(file) => {
		const source = readFileSync(fileURLToPath(new URL(`../../../${file}`, import.meta.url)), 'utf8')
			.replace(/\/\*[\s\S]*?\*\//g, '')
			.replace(/^\s*\/\/.*$/gm, '');
		// JSX text right after a tag, up to the next tag or expression, with a word of three letters or more. The
		// product name is not translated. TypeScript generics (`Promise<void> | …`) are told apart by their operators.
		const words = [...source.matchAll(/(?:<[A-Za-z][^<>]*>|<\/[A-Za-z.]*>)([^<>{}]+)(?=[<{])/g)]
			.map((match) => (match[1] ?? '').trim())
			.filter((text) => /\p{L}{3,}/u.test(text) && !/[=;:()|&]/.test(text) && text !== 'eIAM Assist');
		expect(words).toEqual([]);
	},
);
