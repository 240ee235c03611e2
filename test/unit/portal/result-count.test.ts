// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {findResultCount, parseResultCount} from '../../../src/portal/result-count';
import {LANGS} from '../../../src/shared/lang';
import {loadHtml, loadSnapshot} from './support/load';

describe('the user list’s own count', () => {
	test.each([
		['4 von 4 Resultat(e)', 4, 4],
		['4 de 4 Résultat(s)', 4, 4],
		['4 di 4 Risultati', 4, 4],
		['4 of 4 result(s)', 4, 4],
		['3 von 27 Resultat(e)', 3, 27],
		['  1’250 von 10’000 Resultat(e) ', 1250, 10000],
		["1'000 de 1'000 résultat(s)", 1000, 1000],
		['12 Resultat(e)', 12, 12],
		['7 Risultati', 7, 7],
	])('«%s» reads %i of %i', (text, matching, total) => {
		expect(parseResultCount(text)).toEqual({matching, total});
	});

	test.each([
		'von Resultat(e)',
		'Resultat(e)',
		'Seite 1 von 3',
		'4 von 4',
		'Benutzer 4 von 4 Resultat(e) gesehen',
		'',
	])('«%s» is no count', (text) => {
		expect(parseResultCount(text)).toBeUndefined();
	});

	test.each(LANGS)('found on the replica’s user list (%s)', (lang) => {
		expect(findResultCount(loadSnapshot(`user-selection.${lang}.html`))).toEqual({matching: 4, total: 4});
	});

	test('a page without a count has none', () => {
		expect(findResultCount(loadHtml('<main><p>Keine Daten</p><p>4 von 4</p></main>'))).toBeUndefined();
	});
});
