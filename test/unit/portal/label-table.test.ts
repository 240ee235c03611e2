import {beforeEach, describe, expect, test, vi} from 'vitest';
import {LABELS as DATA, PAGE_LABELS as PAGE_DATA} from '../../../src/portal/labels';
import {portalLabels} from '../../../src/portal/portal-labels';
import {VOCABULARY} from '../../../src/portal/vocabulary';

// A portal page's copy of labels.ts (src/portal/label-table.ts): modules keep entries in constants when they load,
// the words arrive later by message. A fresh module per test: the unit setup installs the shared one.
type Table = typeof import('../../../src/portal/label-table');
let table: Table;

beforeEach(async () => {
	vi.resetModules();
	table = await import('../../../src/portal/label-table');
});

describe('the portal’s words on a portal page', () => {
	test('the tables a module holds get the words when they arrive', () => {
		const {LABELS, PAGE_LABELS} = table;
		table.installPortalLabels(portalLabels());
		expect(PAGE_LABELS.colRole).toEqual(PAGE_DATA.colRole);
		expect(LABELS.continue.de).toEqual(['Weiter']);
		expect(table.matchesLabel('Rôle', PAGE_LABELS.colRole)).toBe(true);
		expect(table.matchesLabel('Rôle', PAGE_LABELS.colRole, 'de')).toBe(false);
	});

	test('every entry is there once installed', () => {
		table.installPortalLabels(portalLabels());
		expect(Object.keys(table.LABELS).sort()).toEqual(Object.keys(DATA).sort());
		expect(Object.values(table.PAGE_LABELS)).toEqual(Object.values(PAGE_DATA));
	});

	test('quotes a label as the portal shows it in the page’s language', () => {
		table.installPortalLabels(portalLabels());
		expect(table.labelText('backToUnits', 'fr')).toBe("Revenir à la sélection de l'unité");
		expect(table.labelText('close', 'de')).toBe('Schliessen');
	});

	test('the markup vocabulary kept before it arrived has it afterwards (read when searching, not when loading)', () => {
		const kept = table.VOCABULARY;
		expect(kept.clickable).toBeUndefined();
		table.installPortalLabels(portalLabels());
		expect(kept).toEqual(VOCABULARY);
		expect(kept.clickable).toContain('[role="menuitem"]');
	});

	test('a table’s columns, status words and page titles are looked up by group once installed', () => {
		const groups = table.LABEL_GROUPS;
		expect(groups.userColumns).toBeUndefined();
		table.installPortalLabels(portalLabels());
		expect(groups.userColumns.extId).toEqual(PAGE_DATA.colExtId);
		expect(table.labelIn('Inaktiv', groups.userStatus)).toBe('inactive');
		expect(table.labelIn('Panoramica', groups.pageTitles)).toBe('overview');
	});
});
