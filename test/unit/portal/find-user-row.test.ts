// @vitest-environment happy-dom
import {expect, test} from 'vitest';
import {findUserRow} from '../../../src/portal/known-tables';
import {loadFixture} from './support/load';

const PENDING = '2376660';
const ACTIVE = '2110430';

const extIdCell = (row: Element | undefined): Element | null | undefined => row?.querySelector('td');

test('the same person is found again after the list re-rendered its rows in place', () => {
	const doc = loadFixture('user-selection', {lang: 'de', variant: 'plain'});
	const first = findUserRow(doc, PENDING);
	expect(extIdCell(first)?.textContent.trim()).toBe(PENDING);
	// Sorting rewrote the cells: the remembered row now shows someone else.
	const other = findUserRow(doc, ACTIVE);
	const firstCell = extIdCell(first);
	const otherCell = extIdCell(other);
	if (!firstCell || !otherCell) throw new Error('fixture rows missing');
	firstCell.textContent = ACTIVE;
	otherCell.textContent = PENDING;
	expect(findUserRow(doc, PENDING)).toBe(other);
	expect(findUserRow(doc, ACTIVE)).toBe(first);
});

test('a removed row is not returned from memory', () => {
	const doc = loadFixture('user-selection', {lang: 'de', variant: 'plain'});
	const row = findUserRow(doc, PENDING);
	row?.remove();
	expect(findUserRow(doc, PENDING)).toBeUndefined();
});

test('without an ExtID (a guide started for no one) there is no row', () => {
	const doc = loadFixture('user-selection', {lang: 'de', variant: 'plain'});
	expect(findUserRow(doc, undefined)).toBeUndefined();
	expect(findUserRow(doc, ' ')).toBeUndefined();
});
