// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {findSuccessMessages} from '../../../src/portal/alerts';
import {detectLanguage} from '../../../src/portal/language';
import {findControl} from '../../../src/portal/locate';
import {
	detectPage,
	isCompleted,
	isCreateUser,
	isHome,
	isOverview,
	isPermissions,
	isUnitSelection,
	isUserSelection,
} from '../../../src/portal/pages';
import {readSelectedUserRow, readShownUser, readUserRows} from '../../../src/portal/read-data';
import {resolveTarget} from '../../../src/portal/resolve-target';
import {trackPage} from '../../../src/portal/track-page';
import {watchPortal} from '../../../src/portal/watch';
import {LABEL_KEYS, type Target} from '../../../src/shared/target';
import {loadHtml, PORTAL_URL} from './support/load';
import {replaceWithHtml} from './support/html';

const TARGETS: Target[] = [
	...LABEL_KEYS.flatMap((label) =>
		(['button', 'link', 'menuitem', 'tab', 'textbox'] as const).map((role): Target => ({
			kind: 'control',
			role,
			label,
		})),
	),
	{kind: 'table', table: 'units'},
	{kind: 'table', table: 'users'},
	{kind: 'user-row'},
	{kind: 'row-action', action: 'edit'},
	{kind: 'row-action', action: 'info'},
	{kind: 'row-action', action: 'menu-toggle'},
	{kind: 'profile-menu-toggle'},
];

/** Runs every entry point of the portal model on a document and returns what it found. */
function everything(doc: Document): unknown[] {
	const found: unknown[] = [];
	for (const detector of [
		isHome,
		isUnitSelection,
		isUserSelection,
		isCreateUser,
		isPermissions,
		isOverview,
		isCompleted,
	]) {
		if (detector(doc, PORTAL_URL)) found.push(detector.name);
	}
	const page = detectPage(doc, PORTAL_URL).page;
	if (page !== 'unknown') found.push(page);
	for (const target of TARGETS) {
		const element = resolveTarget(doc, target, {extId: '2376660'}, 'de');
		if (element) found.push(target);
	}
	found.push(...findSuccessMessages(doc), ...readUserRows(doc));
	const shown = readShownUser(doc);
	const selected = readSelectedUserRow(doc);
	if (shown) found.push(shown);
	if (selected) found.push(selected);
	const controller = new AbortController();
	watchPortal(doc, () => undefined, controller.signal);
	trackPage(doc, () => undefined, controller.signal);
	controller.abort();
	return found;
}

describe('malformed pages: nothing throws, what is there is read', () => {
	test('unclosed, misnested markup', () => {
		const doc = loadHtml(
			'<!doctype html><html><body><table><tr><td><div></span></td></table><button>Wei<b>ter</button></i><ul><li>x</table></body></html>',
		);
		expect(everything(doc)).toEqual([
			{kind: 'control', role: 'button', label: 'continue'},
			{kind: 'control', role: 'link', label: 'continue'},
			{kind: 'control', role: 'menuitem', label: 'continue'},
			{kind: 'control', role: 'tab', label: 'continue'},
		]);
	});

	test('a user list with headers but no rows', () => {
		const doc = loadHtml(
			'<!doctype html><html><body><table><thead><tr><th>ExtID</th><th>Benutzerstatus</th><th>Onboardingstatus</th></tr></thead></table></body></html>',
		);
		expect(detectPage(doc, PORTAL_URL).page).toBe('user-selection');
		expect(readUserRows(doc)).toEqual([]);
		expect(resolveTarget(doc, {kind: 'user-row'}, {extId: '2376660'})).toBeUndefined();
	});
});

describe('nothing throws and nothing is found', () => {
	test.each([
		['an empty body', ''],
		['text only', 'Service Unavailable'],
		[
			'a table without rows or headers',
			'<table></table><table><thead></thead><tbody></tbody></table><div role="grid"></div>',
		],
		['an empty dialog', '<ngb-modal-window role="dialog"></ngb-modal-window><dialog open></dialog>'],
		['a frameset', '<frameset><frame src="about:blank"></frameset>'],
		['deep nesting', '<div>'.repeat(2000) + 'x' + '</div>'.repeat(2000)],
		['an unrelated site', '<header><h1>Example</h1></header><main><p>Lorem ipsum</p><button>OK</button></main>'],
	])('on %s', (_what, html) => {
		const doc = loadHtml(`<!doctype html><html><body>${html}</body></html>`);
		expect(everything(doc)).toEqual([]);
	});

	test('on a document without a body', () => {
		loadHtml('<!doctype html><html><body></body></html>');
		document.body.remove();
		expect(everything(document)).toEqual([]);
	});

	test('on a document without any element', () => {
		const doc = document.implementation.createDocument(null, null, null);
		expect(() => everything(doc)).not.toThrow();
		expect(detectLanguage(doc)).toBeUndefined();
	});

	test('on an XML document', () => {
		const doc = new DOMParser().parseFromString(
			'<root><h1>Übersicht</h1><button>Weiter</button></root>',
			'application/xml',
		);
		expect(() => everything(doc)).not.toThrow();
	});

	test('on a non-portal page the model sees nothing, whatever it shows', () => {
		const doc = loadHtml(
			'<!doctype html><html lang="de"><body><h1>Benutzerauswahl</h1><button>Weiter</button></body></html>',
			'https://example.org/',
		);
		expect(detectPage(doc, doc.URL).page).toBe('unknown');
		expect(resolveTarget(doc, {kind: 'control', role: 'button', label: 'continue'}, {})).toBeUndefined();
	});

	test('findControl on a detached element', () => {
		const div = document.createElement('div');
		replaceWithHtml(div, '<button>Weiter</button>');
		expect(findControl(div, {role: 'button', label: 'continue'})).toBeUndefined();
	});
});
