// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {resolveTarget} from '../../../src/portal/resolve-target';
import {LANGS} from '../../../src/shared/lang';
import type {Target} from '../../../src/shared/target';
import {loadFixture, loadHtml, loadSnapshot, NON_PORTAL_URLS, snapshotStates} from './support/load';

const PENDING = '2376660'; // Aktiv, Laufend: pencil + menu with reminder / new code
const INACTIVE = '2115637'; // Inaktiv: info-circle instead of the pencil

function rowOf(doc: Document, extId: string): Element {
	const row = [...doc.querySelectorAll('tbody tr')].find(
		(tr) => tr.querySelector('td')?.textContent.trim() === extId,
	);
	if (!row) throw new Error(`no row ${extId}`);
	return row;
}

describe.each(['plain', 'messy'] as const)('targets on hand-made pages (%s markup)', (variant) => {
	describe.each(LANGS)('in %s', (lang) => {
		test('the unit table is found by its Unit ID and Mandant columns, only on the unit selection', () => {
			const doc = loadFixture('unit-selection', {lang, variant});
			const table = resolveTarget(doc, {kind: 'table', table: 'units'}, {}, lang);
			expect(table?.textContent).toContain('1200.KT');
			expect(resolveTarget(doc, {kind: 'table', table: 'users'}, {}, lang)).toBeUndefined();
		});

		test('the user table is found by its ExtID and status columns, not the summary table', () => {
			const doc = loadFixture('user-selection', {lang, variant});
			const table = resolveTarget(doc, {kind: 'table', table: 'users'}, {}, lang);
			expect(table?.textContent).toContain(PENDING);
			expect(resolveTarget(doc, {kind: 'table', table: 'units'}, {}, lang)).toBeUndefined();
			for (const state of ['permissions', 'overview'] as const) {
				expect(
					resolveTarget(loadFixture(state, {lang, variant}), {kind: 'table', table: 'users'}, {}, lang),
				).toBeUndefined();
			}
		});

		test('the row of a user is found by ExtID; an unknown or missing ExtID finds nothing', () => {
			const doc = loadFixture('user-selection', {lang, variant});
			expect(resolveTarget(doc, {kind: 'user-row'}, {extId: PENDING}, lang)).toBe(rowOf(doc, PENDING));
			expect(resolveTarget(doc, {kind: 'user-row'}, {extId: ` ${PENDING}\u00A0`}, lang)).toBe(
				rowOf(doc, PENDING),
			);
			expect(resolveTarget(doc, {kind: 'user-row'}, {extId: '9999999'}, lang)).toBeUndefined();
			expect(resolveTarget(doc, {kind: 'user-row'}, {}, lang)).toBeUndefined();
		});

		test('pencil and arrow of an active user; info and arrow of an inactive one', () => {
			const doc = loadFixture('user-selection', {lang, variant});
			const pencil = resolveTarget(doc, {kind: 'row-action', action: 'edit'}, {extId: PENDING}, lang);
			expect(pencil?.querySelector('.fa-pencil')).not.toBeNull();
			expect(rowOf(doc, PENDING).contains(pencil!)).toBe(true);
			const arrow = resolveTarget(doc, {kind: 'row-action', action: 'menu-toggle'}, {extId: PENDING}, lang);
			expect(arrow?.getAttribute('aria-haspopup')).toBe('true');
			expect(rowOf(doc, PENDING).contains(arrow!)).toBe(true);
			expect(resolveTarget(doc, {kind: 'row-action', action: 'info'}, {extId: PENDING}, lang)).toBeUndefined();

			const info = resolveTarget(doc, {kind: 'row-action', action: 'info'}, {extId: INACTIVE}, lang);
			expect(info?.querySelector('.fa-info-circle')).not.toBeNull();
			expect(resolveTarget(doc, {kind: 'row-action', action: 'edit'}, {extId: INACTIVE}, lang)).toBeUndefined();
		});

		test("the arrow of the profile box, not a table row's", () => {
			const doc = loadFixture('permissions', {lang, variant});
			const arrow = resolveTarget(doc, {kind: 'profile-menu-toggle'}, {}, lang);
			expect(arrow?.getAttribute('aria-haspopup')).toBe('true');
			expect(arrow?.closest('tr')).toBeNull();
			expect(arrow?.parentElement?.parentElement?.textContent).toContain('1598252');
			expect(
				resolveTarget(loadFixture('user-selection', {lang, variant}), {kind: 'profile-menu-toggle'}, {}, lang),
			).toBeUndefined();
		});

		test('controls resolve through findControl', () => {
			const doc = loadFixture('overview', {lang, variant});
			expect(
				resolveTarget(doc, {kind: 'control', role: 'textbox', label: 'justification'}, {}, lang)?.tagName,
			).toBe('TEXTAREA');
			expect(resolveTarget(doc, {kind: 'control', role: 'button', label: 'continue'}, {}, lang)).toBeUndefined();
		});
	});
});

test("a row menu item is searched in the person's row and the body-level menus only", () => {
	const doc = loadFixture('user-selection', {lang: 'fr'});
	const rows = [...doc.querySelectorAll('tbody tr')];
	const other = rows.find((row) => row.textContent.includes('2110430'));
	other?.querySelector('.dropdown-menu')?.classList.add('show'); // someone else's menu
	const target = {kind: 'control', role: 'menuitem', label: 'deactivateUser'} as const;
	expect(resolveTarget(doc, target, {extId: PENDING}, 'fr')).toBeUndefined();
	expect(resolveTarget(doc, target, {}, 'fr')).toBeDefined(); // without a person: any open menu
	rowOf(doc, PENDING).querySelector('.dropdown-menu')?.classList.add('show');
	expect(rowOf(doc, PENDING).contains(resolveTarget(doc, target, {extId: PENDING}, 'fr')!)).toBe(true);
	const body = loadFixture('user-selection-row-menu', {lang: 'fr', variant: 'messy'});
	expect(resolveTarget(body, target, {extId: PENDING}, 'fr')?.closest('.cdk-overlay-container')).not.toBeNull();
});

describe('icon-only buttons', () => {
	const row = (actions: string): Document =>
		loadHtml(`<!doctype html><html lang="de"><body><table><thead><tr><th>ExtID</th><th>Benutzerstatus</th><th>Onboardingstatus</th><th>Aktionen</th></tr></thead>
			<tbody><tr><td>1234567</td><td>Aktiv</td><td>Laufend</td><td>${actions}</td></tr></tbody></table></body></html>`);
	const resolve = (doc: Document, action: 'edit' | 'info' | 'menu-toggle'): Element | undefined =>
		resolveTarget(doc, {kind: 'row-action', action}, {extId: '1234567'});

	test('by aria-label or title in any language, whatever the icon', () => {
		const doc = row(
			'<div><button id="e" title="Modifier"><img alt=""></button><button id="m" aria-label="Altre azioni"><img alt=""></button></div>',
		);
		expect(resolve(doc, 'edit')?.id).toBe('e');
		expect(resolve(doc, 'menu-toggle')?.id).toBe('m');
	});

	test('by position when the buttons say nothing: first = pencil/info, last = arrow', () => {
		const doc = row('<div><button id="a"></button><button id="b"></button></div>');
		expect(resolve(doc, 'edit')?.id).toBe('a');
		expect(resolve(doc, 'info')?.id).toBe('a');
		expect(resolve(doc, 'menu-toggle')?.id).toBe('b');
	});

	test('PrimeNG and FA5 icon names, and an <a> as button', () => {
		const doc = row(
			'<span><a id="e" role="button"><i class="pi pi-pencil"></i></a><a id="m"><i class="fas fa-chevron-down"></i></a></span>',
		);
		expect(resolve(doc, 'edit')?.id).toBe('e');
		expect(resolve(doc, 'menu-toggle')?.id).toBe('m');
	});

	test('a single button that is not an arrow is no arrow', () => {
		expect(resolve(row('<button><span class="fa fa-pencil"></span></button>'), 'menu-toggle')).toBeUndefined();
	});

	test('the actions cell is found by its header, not by being last', () => {
		const doc =
			loadHtml(`<!doctype html><html><body><table><thead><tr><th>Aktionen</th><th>ExtID</th><th>Benutzerstatus</th><th>Onboardingstatus</th><th>Notiz</th></tr></thead>
			<tbody><tr><td><button id="p"><span class="fa fa-pencil"></span></button></td><td>1234567</td><td>Aktiv</td><td></td><td><button id="x"><span class="fa fa-pencil"></span></button></td></tr></tbody></table></body></html>`);
		expect(resolveTarget(doc, {kind: 'row-action', action: 'edit'}, {extId: '1234567'})?.id).toBe('p');
	});
});

const users = snapshotStates().filter(
	(snapshot) => snapshot.state === 'user-selection' || snapshot.state === 'user-selection-row-menu-body',
);
describe.runIf(users.length > 0)('replica snapshots', () => {
	test.each(users.map((snapshot) => [snapshot.file, snapshot] as const))(
		'%s: row, pencil and arrow of the pending user',
		(_file, snapshot) => {
			const doc = loadSnapshot(snapshot.file);
			expect(resolveTarget(doc, {kind: 'user-row'}, {extId: PENDING}, snapshot.lang)).toBeDefined();
			expect(
				resolveTarget(doc, {kind: 'row-action', action: 'edit'}, {extId: PENDING}, snapshot.lang),
			).toBeDefined();
			expect(
				resolveTarget(doc, {kind: 'row-action', action: 'menu-toggle'}, {extId: PENDING}, snapshot.lang),
			).toBeDefined();
		},
	);
});

describe('outside the admin app', () => {
	const targets: Target[] = [
		{kind: 'control', role: 'button', label: 'close'},
		{kind: 'table', table: 'users'},
		{kind: 'user-row'},
		{kind: 'row-action', action: 'menu-toggle'},
		{kind: 'profile-menu-toggle'},
	];
	test.each(NON_PORTAL_URLS.filter((url) => url.startsWith('http')))(
		'nothing is a target at %s, even on a portal-like page',
		(url) => {
			for (const state of ['user-selection', 'permissions', 'completed', 'foreign'] as const) {
				const doc = loadFixture(state, {lang: 'de'}, url);
				for (const target of targets)
					expect(
						resolveTarget(doc, target, {extId: PENDING}, 'de'),
						`${target.kind} on ${state}`,
					).toBeUndefined();
			}
		},
	);
});
