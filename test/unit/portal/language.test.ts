// @vitest-environment happy-dom
import {expect, test} from 'vitest';
import {detectLanguage, languageEvidence} from '../../../src/portal/language';
import {LANGS} from '../../../src/shared/lang';
import {loadFixture, loadHtml} from './support/load';

test.each(LANGS)('<html lang> decides when the page agrees (%s)', (lang) => {
	expect(detectLanguage(loadFixture('permissions', {lang}))).toBe(lang);
});

test.each(LANGS)('labels decide without <html lang> (%s)', (lang) => {
	const doc = loadFixture('unit-selection', {lang, htmlLang: null});
	expect(detectLanguage(doc)).toBe(lang);
	expect(languageEvidence(doc)[lang]).toBeGreaterThan(1);
});

test('labels shared by languages (Home, Unit, Information) are no evidence', () => {
	const doc = loadHtml(
		'<!doctype html><html><body><nav><a>Home</a></nav><table><tr><th>Unit</th></tr></table></body></html>',
	);
	expect(languageEvidence(doc)).toEqual({de: 0, fr: 0, it: 0, en: 0});
	expect(detectLanguage(doc)).toBeUndefined();
});

test('one stray label does not overrule <html lang>', () => {
	const doc = loadHtml('<!doctype html><html lang="it"><body><h2>Übersicht</h2></body></html>');
	expect(detectLanguage(doc)).toBe('it');
});

test('an unknown <html lang> falls back to the labels', () => {
	expect(detectLanguage(loadFixture('overview', {lang: 'fr', htmlLang: 'rm'}))).toBe('fr');
});

test('nothing to go by gives undefined', () => {
	expect(detectLanguage(loadHtml('<!doctype html><html><body></body></html>'))).toBeUndefined();
});
