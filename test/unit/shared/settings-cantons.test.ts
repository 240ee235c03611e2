import {expect, test} from 'vitest';
import {CANTONS, cantonFromText, cantonName, cantonsByName} from '../../../src/shared/cantons';
import {LANGS} from '../../../src/shared/lang';

test('there are 26 cantons, each with a name in every language', () => {
	expect(new Set(CANTONS).size).toBe(26);
	for (const canton of CANTONS) for (const lang of LANGS) expect(cantonName(canton, lang).trim()).not.toBe('');
});

test('German canton names follow Swiss spelling (no ß)', () => {
	for (const canton of CANTONS) expect(cantonName(canton, 'de')).not.toContain('ß');
});

test('the select lists cantons by their name in the reader’s language', () => {
	expect(cantonsByName('de').slice(0, 3)).toEqual(['AG', 'AR', 'AI']);
	expect(cantonsByName('fr')[0]).toBe('AR'); // «Appenzell Rhodes-Extérieures» before «Argovie»
	expect(cantonsByName('it').at(-1)).toBe('ZH'); // «Zurigo»
});

test.each([
	['BE', 'BE'],
	['be', 'BE'],
	['Berne', 'BE'],
	['Zurigo', 'ZH'],
	['zurich', 'ZH'],
	['St Gallen', 'SG'],
	['Bâle-Ville', 'BS'],
	['Genf', 'GE'],
	['Bärn', undefined],
	['', undefined],
])('a canton typed as «%s» is read as %s', (text, canton) => {
	expect(cantonFromText(text)).toBe(canton);
});
