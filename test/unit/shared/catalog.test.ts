import {expect, test} from 'vitest';
import {defineCatalog, format, translator} from '../../../src/shared/catalog';
import {toLang} from '../../../src/shared/lang';

test('placeholders are replaced in order and a missing value stays visible', () => {
	expect(format('$1 of $2', 3, 7)).toBe('3 of 7');
	expect(format('$1 and $2', 'a')).toBe('a and $2');
});

test('a translator answers in the language it was bound to', () => {
	const catalog = defineCatalog({
		de: {hello: 'Grüezi $1'},
		fr: {hello: 'Bonjour $1'},
		it: {hello: 'Buongiorno $1'},
		en: {hello: 'Hello $1'},
	});
	expect(translator(catalog, 'fr')('hello', 'Anna')).toBe('Bonjour Anna');
	expect(translator(catalog, 'it')('hello', 'Luca')).toBe('Buongiorno Luca');
});

test.each([
	['de-CH', 'de'],
	['FR', 'fr'],
	['it_IT', 'it'],
	['en-GB', 'en'],
	['rm', undefined],
	['', undefined],
	[null, undefined],
])('the portal language %s is read as %s', (tag, lang) => {
	expect(toLang(tag)).toBe(lang);
});
