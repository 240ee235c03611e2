import {expect, test} from 'vitest';
import {normalizeName} from '../../../src/wizard/normalize-name';

function plain(name: string): string[] {
	return normalizeName(name).map((token) => token.plain);
}

function skeleton(name: string): string[] {
	return normalizeName(name).map((token) => token.skeleton);
}

test.each([
	['Müller', ['muller']],
	['Frédéric', ['frederic']],
	['Gisèle', ['gisele']],
	['François', ['francois']],
	['Nicolò', ['nicolo']],
	['ZÜRCHER', ['zurcher']],
	['Lætitia', ['laetitia']],
	['Søren', ['soren']],
])('%s folds to %j', (name, expected) => {
	expect(plain(name)).toEqual(expected);
});

test('Müller, Mueller and Muller share one skeleton', () => {
	expect(new Set([skeleton('Müller'), skeleton('Mueller'), skeleton('Muller')].map(String))).toEqual(
		new Set(['muller']),
	);
});

test('ß is compared as ss', () => {
	expect(skeleton('Strauß')).toEqual(skeleton('Strauss'));
});

test('decomposed umlauts (u + combining diaeresis) equal precomposed ones', () => {
	expect(normalizeName('Mu\u0308ller')).toEqual(normalizeName('Müller'));
});

test('full-width letters and ligatures are read as plain letters', () => {
	expect(plain('Ｍüller')).toEqual(['muller']);
	expect(plain('Gri\uFB03n')).toEqual(['griffin']);
});

test('hyphens, spaces and dots separate name parts', () => {
	expect(plain('Anna-Lena')).toEqual(['anna', 'lena']);
	expect(plain('  Anna   Lena ')).toEqual(['anna', 'lena']);
	expect(plain('Müller–Meier')).toEqual(['muller', 'meier']);
	expect(plain('H. Peter')).toEqual(['h', 'peter']);
});

test('apostrophes join: D’Amico equals DAmico', () => {
	expect(plain('D’Amico')).toEqual(['damico']);
	expect(plain("Dell'Orto")).toEqual(['dellorto']);
});

test('a name without letters has no parts', () => {
	expect(normalizeName(' - ')).toEqual([]);
});
