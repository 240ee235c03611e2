// @vitest-environment happy-dom
import {expect, test} from 'vitest';
import {findConfirmations, findSuccessMessages} from '../../../src/portal/alerts';
import {LANGS} from '../../../src/shared/lang';
import {loadFixture, loadHtml} from './support/load';

const body = (html: string): Document => loadHtml(`<!doctype html><html><body>${html}</body></html>`);

test.each(LANGS)('the completed page shows one success alert, the info alert is not one (%s)', (lang) => {
	const found = findSuccessMessages(loadFixture('completed', {lang}));
	expect(found.map((el) => el.className)).toEqual(['ob-alert ob-alert-success']);
});

test('a confirmation after the click is a new element in the list', () => {
	const doc = loadFixture('completed', {lang: 'fr', variant: 'messy'});
	const before = findSuccessMessages(doc);
	const sent = loadFixture('completed-code-sent', {lang: 'fr', variant: 'messy'});
	const after = findSuccessMessages(sent);
	expect(before).toHaveLength(1);
	expect(after).toHaveLength(2);
	expect(after[1]?.getAttribute('role')).toBe('alert');
});

test.each([
	['Oblique alert', '<ob-alert type="success" class="ob-alert ob-alert-success">Gespeichert</ob-alert>'],
	['Bootstrap alert', '<div class="alert alert-success">Gespeichert</div>'],
	['toast', '<div class="toast show"><div class="toast-body">Code gesendet</div></div>'],
	['PrimeNG toast', '<div class="ui-toast-message ui-toast-message-success">OK</div>'],
	['Oblique notification', '<div class="ob-notification ob-notification-success" role="alert"><p>OK</p></div>'],
	['a status region', '<div role="status">E-Mail gesendet</div>'],
])('recognises a %s', (_kind, html) => {
	expect(findSuccessMessages(body(html))).toHaveLength(1);
});

test.each([
	['an error alert', '<div class="alert alert-danger" role="alert">Fehler</div>'],
	['an info alert', '<ob-alert type="info" class="ob-alert ob-alert-info" role="alert">Info</ob-alert>'],
	['a warning toast', '<div class="toast toast-warning">Achtung</div>'],
	['an empty live region', '<div role="status" aria-live="polite"> </div>'],
	['a hidden success alert', '<div class="alert alert-success" hidden>OK</div>'],
	['our own overlay', '<div id="eiam-assist-root"><div role="status">Schritt 2</div></div>'],
])('ignores %s', (_kind, html) => {
	expect(findSuccessMessages(body(html))).toEqual([]);
});

test('nested success markers count once', () => {
	expect(
		findSuccessMessages(body('<div class="alert alert-success" role="alert"><div role="status">OK</div></div>')),
	).toHaveLength(1);
});

test.each(LANGS)(
	'the completed page’s own success alert is never a confirmation; the code-sent toast is (%s)',
	(lang) => {
		expect(findConfirmations(loadFixture('completed', {lang}))).toEqual([]);
		const sent = findConfirmations(loadFixture('completed-code-sent', {lang}));
		expect(sent).toHaveLength(1);
	},
);
