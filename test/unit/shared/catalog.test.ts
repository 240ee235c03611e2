import {expect, test} from 'vitest';
import {defineCatalog, translator} from '../../../src/shared/catalog';
import {toLang} from '../../../src/shared/lang';

const catalog = defineCatalog({
	de: {hello: 'Grüezi $1', count: '$1 von $2'},
	fr: {hello: 'Bonjour $1', count: '$1 sur $2'},
	it: {hello: 'Buongiorno $1', count: '$1 di $2'},
	en: {hello: 'Hello $1', count: '$1 of $2'},
});

test('a translator answers in the language whose texts it was given', () => {
	expect(translator(catalog.fr)('hello', 'Anna')).toBe('Bonjour Anna');
	expect(translator(catalog.it)('hello', 'Luca')).toBe('Buongiorno Luca');
});

test('placeholders are replaced in order and a missing value stays visible', () => {
	expect(translator(catalog.en)('count', 3, 7)).toBe('3 of 7');
	expect(translator(catalog.de)('count', 'a')).toBe('a von $2');
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
