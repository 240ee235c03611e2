// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {diagnosticsText} from '../../../src/background/diagnostics-text';
import {pageOutline} from '../../../src/portal/page-outline';
import {loadHtml} from './support/load';

/** The outline lines of the diagnostics report the background writes from what `pageOutline` read off `html`. */
function reportedOutline(html: string): string[] {
	const outline = pageOutline(loadHtml(`<!doctype html><html><body>${html}</body></html>`));
	const report = diagnosticsText({
		version: '1',
		userAgent: '',
		page: 'unknown',
		lang: 'de',
		learned: false,
		outline,
		personal: [],
	});
	return report.split('\n').filter((line) => line.startsWith('- '));
}

describe('the page outline of the diagnostics report', () => {
	test('names each element’s role as a screen reader would, headings with their level', () => {
		expect(
			reportedOutline(`<main><h1>Übersicht</h1><div role="heading" aria-level="3">Profil</div>
				<table><thead><tr><th>ExtID</th></tr></thead></table>
				<label for="f">Begründung</label><textarea id="f"></textarea>
				<fieldset><legend>Rolle</legend></fieldset>
				<button disabled>Weiter</button><a href="/x">Hilfe</a>
				<ul role="menu"><li role="menuitemradio">Deutsch</li></ul></main>`),
		).toEqual([
			'- heading(1) "Übersicht"',
			'- heading(3) "Profil"',
			'- columnheader "ExtID"',
			'- label "Begründung"',
			'- label "Rolle"',
			'- button "Weiter" [disabled]',
			'- link "Hilfe"',
			'- menuitem "Deutsch"',
		]);
	});

	test('a name comes from the first of the element’s names that says something', () => {
		expect(reportedOutline('<button aria-label="Bearbeiten"><i class="fa fa-pencil"></i></button>')).toEqual([
			'- button "Bearbeiten"',
		]);
	});
});

describe('an empty role attribute', () => {
	test('says nothing: the element is named by what it is, as without the attribute', () => {
		// `role=""` is no role (a template binding that rendered nothing): the button stays a button, the heading
		// a heading with its level.
		expect(reportedOutline('<h2 role="">Profil</h2><button role="">Weiter</button>')).toEqual([
			'- heading(2) "Profil"',
			'- button "Weiter"',
		]);
	});
});
