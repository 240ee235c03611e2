// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {
	readSelectedUserRow,
	readShownUser,
	readUserRows,
	toOnboardingStatus,
	toUserRow,
	toUserStatus,
} from '../../../src/portal/read-data';
import {findUserTable} from '../../../src/portal/known-tables';
import {findRowAction} from '../../../src/portal/resolve-target';
import {LANGS} from '../../../src/shared/lang';
import {fixtureUsers} from './fixtures/portal-html';
import {loadFixture, loadHtml, loadSnapshot, snapshotStates} from './support/load';

const CHIARA = {
	unit: 'UR',
	firstName: 'Chiara',
	lastName: "D'Angelo",
	email: 'chiara.dangelo@spital.ch',
	userId: '2376660',
};

describe.each(['plain', 'messy'] as const)('reading hand-made pages (%s markup)', (variant) => {
	describe.each(LANGS)('in %s', (lang) => {
		test('the user list rows, with statuses in the page language turned into ids', () => {
			expect(readUserRows(loadFixture('user-selection', {lang, variant}))).toEqual(fixtureUsers(4));
		});

		test('the selected row, or none', () => {
			expect(readSelectedUserRow(loadFixture('user-selection-row-selected', {lang, variant}))?.extId).toBe(
				'2376660',
			);
			expect(readSelectedUserRow(loadFixture('user-selection', {lang, variant}))).toBeUndefined();
		});

		test.each(['permissions', 'overview'] as const)('the user shown on %s, from the summary table', (state) => {
			expect(readShownUser(loadFixture(state, {lang, variant}))).toEqual(CHIARA);
		});

		test('the user shown on the completed page, from its card (no unit there)', () => {
			expect(readShownUser(loadFixture('completed', {lang, variant}))).toEqual({...CHIARA, unit: undefined});
		});

		test('no shown user where there is none', () => {
			for (const state of [
				'home',
				'unit-selection',
				'user-selection',
				'create-user',
				'edit-user',
				'empty',
				'foreign',
			] as const) {
				expect(readShownUser(loadFixture(state, {lang, variant})), state).toBeUndefined();
			}
		});
	});
});

test('the columns are found by their headers, in any order, and a filter row is no data', () => {
	const doc = loadHtml(`<!doctype html><html><body><table><thead>
		<tr><th>Onboardingstatus</th><th>E-Mail Adresse</th><th>ExtID</th><th>Nachname</th><th>Vorname</th><th>Benutzerstatus</th></tr>
		<tr><th><select><option>Alle</option></select></th><th><input></th><th></th><th></th><th></th><th></th></tr></thead>
		<tbody><tr><td></td><td> a@b.ch </td><td>1234567</td><td>Muster</td><td>Max</td><td>Zu archivieren</td></tr>
		<tr><td colspan="6">Keine Einträge</td></tr></tbody></table></body></html>`);
	expect(readUserRows(doc)).toEqual([
		{
			extId: '1234567',
			firstName: 'Max',
			lastName: 'Muster',
			email: 'a@b.ch',
			userStatus: 'to-archive',
			onboardingStatus: 'none',
		},
	]);
});

describe('a table without a <thead>', () => {
	const MAX = {
		extId: '1234567',
		firstName: 'Max',
		lastName: 'Muster',
		email: 'a@b.ch',
		userStatus: 'active',
		onboardingStatus: 'pending',
	};

	const HEADER =
		'<tr><th>ExtID</th><th>Vorname</th><th>Nachname</th><th>E-Mail</th><th>Benutzerstatus</th><th>Onboardingstatus</th></tr>';
	const CELLS = '<td>Max</td><td>Muster</td><td>a@b.ch</td><td>Aktiv</td><td>Laufend</td>';
	const page = (...rows: string[]): Document =>
		loadHtml(`<!doctype html><html><body><table><tbody>${rows.join('')}</tbody></table></body></html>`);

	test('its header row of th cells names the columns and is no data', () => {
		expect(readUserRows(page(HEADER, `<tr><td>1234567</td>${CELLS}</tr>`))).toEqual([MAX]);
	});

	test('every row made only of th cells counts as a header row: a later one may name the columns', () => {
		const doc = page(
			'<tr><th colspan="6">Benutzer der Unit</th></tr>',
			HEADER,
			`<tr><td>1234567</td>${CELLS}</tr>`,
			'<tr><th></th><th></th><th></th><th></th><th></th><th></th></tr>',
		);
		expect(readUserRows(doc)).toEqual([MAX]);
	});

	test('a row that mixes th and td cells is data (a row header)', () => {
		expect(readUserRows(page(HEADER, `<tr><th>1234567</th>${CELLS}</tr>`))).toEqual([MAX]);
	});
});

test('status words in all four languages, and unknown words stay unknown', () => {
	expect(['Aktiv', 'Actif', 'Attivo', 'Active', ' aktiv '].map(toUserStatus)).toEqual(Array(5).fill('active'));
	expect(['Inaktiv', 'Inactif', 'Inattivo', 'Inactive'].map(toUserStatus)).toEqual(Array(4).fill('inactive'));
	expect(['Zu archivieren', 'À archiver', 'Da archiviare', 'To be archived'].map(toUserStatus)).toEqual(
		Array(4).fill('to-archive'),
	);
	expect(toUserStatus('Gesperrt')).toBe('unknown');
	expect(['Laufend', 'En cours', 'In corso', 'In progress', 'Pending'].map(toOnboardingStatus)).toEqual(
		Array(5).fill('pending'),
	);
	expect(['Abgeschlossen', 'Terminé', 'Completata', 'Completed'].map(toOnboardingStatus)).toEqual(
		Array(4).fill('completed'),
	);
	expect(toOnboardingStatus('  ')).toBe('none');
	expect(toOnboardingStatus('Abgelaufen')).toBe('unknown');
});

test('the buttons of a row read from the list are found from its element (the row helpers)', () => {
	const doc = loadFixture('user-selection', {lang: 'it', variant: 'messy'});
	const table = findUserTable(doc);
	if (!table) throw new Error('fixture has no user list');
	const rows = table.rows();
	expect(rows.map((row) => toUserRow(row, table))).toEqual(readUserRows(doc));
	for (const row of rows) {
		const main = findRowAction(doc, row, toUserRow(row, table)?.userStatus === 'active' ? 'edit' : 'info');
		expect(row.contains(main!)).toBe(true);
		expect(findRowAction(doc, row, 'menu-toggle')?.getAttribute('aria-haspopup')).toBe('true');
	}
});

test('rows without an ExtID are left out', () => {
	const doc = loadFixture('user-selection', {lang: 'de'});
	const firstCell = doc.querySelector('tbody td');
	if (firstCell) firstCell.textContent = '';
	expect(readUserRows(doc).map((row) => row.extId)).toEqual(['2115637', '2199249', '2376660']);
});

const snapshots = snapshotStates().filter((snapshot) =>
	['user-selection', 'permissions', 'overview', 'completed'].includes(snapshot.state),
);
describe.runIf(snapshots.length > 0)('replica snapshots', () => {
	test.each(snapshots.map((snapshot) => [snapshot.file, snapshot] as const))('%s', (_file, snapshot) => {
		const doc = loadSnapshot(snapshot.file);
		if (snapshot.state === 'user-selection') {
			const rows = readUserRows(doc);
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.every((row) => row.userStatus !== 'unknown' && row.onboardingStatus !== 'unknown')).toBe(true);
		} else {
			expect(readShownUser(doc)?.userId).toMatch(/^\d{7}$/);
		}
	});
});
