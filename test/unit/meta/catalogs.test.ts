import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import type {Catalog} from '../../../src/shared/catalog';
import {LANGS} from '../../../src/shared/lang';

// Every text catalog in src/ (every `… = defineCatalog(…)`, found by reading the folder, so a new one is checked without
// being listed here), with the same rules for all: each key filled in every language with German's placeholders,
// Swiss German without ß, «…» and no English quotes in German, French and Italian, French spacing. UI components
// write no words of their own (last test).

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));

function sourceFiles(dir: string, ending: RegExp): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sourceFiles(path, ending) : ending.test(path) ? [path] : [];
	});
}

function isCatalog(value: unknown): value is Catalog<string> {
	if (typeof value !== 'object' || value === null) return false;
	return LANGS.every((lang) => {
		const texts = (value as Record<string, unknown>)[lang];
		return typeof texts === 'object' && texts !== null && Object.values(texts).every((t) => typeof t === 'string');
	});
}

const catalogFiles = sourceFiles(SRC, /\.tsx?$/).filter((file) =>
	/=\s*defineCatalog\b/.test(readFileSync(file, 'utf8')),
);
const catalogs: [string, Catalog<string>][] = [];
for (const file of catalogFiles) {
	const module = (await import(file)) as Record<string, unknown>;
	for (const [name, value] of Object.entries(module)) {
		if (isCatalog(value)) catalogs.push([`${relative(SRC, file)} ${name}`, value]);
	}
}

const placeholders = (text: string): string[] => [...new Set(text.match(/\$\d/g) ?? [])].sort();
const textsOf = (catalog: Catalog<string>, lang: (typeof LANGS)[number]): string =>
	Object.values(catalog[lang]).join('\n');

test('every file that defines a catalog exports it (so this test sees it)', () => {
	expect(catalogFiles.length).toBeGreaterThan(0);
	for (const file of catalogFiles) expect(catalogs.some(([name]) => name.startsWith(relative(SRC, file)))).toBe(true);
});

describe.each(catalogs)('%s', (_name, catalog) => {
	test('every text is filled, with the same placeholders as German (the compiler checks the keys)', () => {
		for (const [key, german] of Object.entries(catalog.de)) {
			for (const lang of LANGS) {
				const text = catalog[lang][key] ?? '';
				expect(text.trim(), `${lang}: ${key}`).not.toBe('');
				expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(german));
			}
		}
	});

	test('Swiss German: ss, never ß', () => {
		expect(textsOf(catalog, 'de')).not.toContain('ß');
	});

	test('German, French and Italian quote with «…», never with English quotes', () => {
		for (const lang of ['de', 'fr', 'it'] as const) expect(textsOf(catalog, lang)).not.toMatch(/["“”„]/);
	});

	test('French: a no-break space inside «…» and before : ; ? !', () => {
		// A plain space or none before the sign, where the sign ends a word (URLs and times like 10:30 are not).
		expect(textsOf(catalog, 'fr')).not.toMatch(
			/«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»|[^\u00A0\u202F][:;?!](?=\s|$)/u,
		);
	});
});

const uiFiles = ['overlay', 'popup', 'options'].flatMap((area) => sourceFiles(join(SRC, area), /\.tsx$/));

test.each(uiFiles.map((file) => [relative(SRC, file), file]))(
	'%s writes no words into its markup directly',
	(_name, file) => {
		const source = readFileSync(file, 'utf8')
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
