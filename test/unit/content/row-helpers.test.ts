// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {pendingRowActions} from '../../../src/content/row-helpers';
import {label} from '../portal/fixtures/portal-html';
import {loadFixture} from '../portal/support/load';

/*
 * The "send code" helpers beside pending users follow the list as the portal re-renders it; they are kept from one
 * re-render to the next per row and read again only where a row's text (or the table's columns) changed.
 */

/** The list of twelve: pending and active are Chiara D'Angelo (2376660), 3000006 and 3000009. */
function list(): {doc: Document; rowOf: (extId: string) => Element} {
	const doc = loadFixture('user-selection', {lang: 'de', users: 12});
	const rowOf = (extId: string): Element => {
		const row = [...doc.querySelectorAll('tbody tr')].find((tr) => tr.firstElementChild?.textContent === extId);
		if (!row) throw new Error(`no row ${extId}`);
		return row;
	};
	return {doc, rowOf};
}

const helpersOf = (doc: Document): string[] => pendingRowActions(doc).map((helper) => helper.extId);

/** Rewrites a cell's text the way a framework does: a new text node in place of the old one. */
function rewrite(row: Element, column: number, text: string): void {
	const cell = row.children[column];
	if (!cell) throw new Error(`no cell ${column}`);
	cell.replaceChildren(cell.ownerDocument.createTextNode(text));
}

const ONBOARDING = 6;
const PENDING = label('de', 'userSelection', 'onboardingStatusRunning');
const COMPLETED = label('de', 'userSelection', 'onboardingStatusCompleted');

describe('pendingRowActions across re-renders', () => {
	test('an in-place re-render with the same texts keeps the same helpers', () => {
		const {doc} = list();
		const before = pendingRowActions(doc);
		expect(before.map((helper) => [helper.extId, helper.name])).toEqual([
			['2376660', "Chiara D'Angelo"],
			['3000006', 'Vorname6 Nachname6'],
			['3000009', 'Vorname9 Nachname9'],
		]);
		for (const cell of doc.querySelectorAll('tbody td')) {
			const text = cell.firstChild;
			if (text?.nodeType === Node.TEXT_NODE) cell.replaceChild(doc.createTextNode(text.nodeValue ?? ''), text);
		}
		expect(pendingRowActions(doc)).toEqual(before);
	});

	test('a status rewritten in place counts at once, both ways', () => {
		const {doc, rowOf} = list();
		expect(helpersOf(doc)).toEqual(['2376660', '3000006', '3000009']);
		rewrite(rowOf('3000006'), ONBOARDING, COMPLETED);
		rewrite(rowOf('3000005'), ONBOARDING, PENDING);
		expect(helpersOf(doc)).toEqual(['2376660', '3000005', '3000009']);
	});

	test('a pending status written with other case, spacing or language counts too', () => {
		const {doc, rowOf} = list();
		rewrite(rowOf('3000005'), ONBOARDING, ' LAUF\u00ADEND: ');
		rewrite(rowOf('3000008'), ONBOARDING, 'en\u00A0 Cours');
		rewrite(rowOf('3000010'), ONBOARDING, 'IN\n PROGRESS.');
		expect(helpersOf(doc)).toEqual(['2376660', '3000005', '3000006', '3000008', '3000009', '3000010']);
	});

	test('a row the portal re-uses for another person (a page turned in place) shows that person', () => {
		const {doc, rowOf} = list();
		expect(helpersOf(doc)).toContain('3000009');
		const row = rowOf('3000009');
		rewrite(row, 0, '4000001');
		rewrite(row, 1, 'Lea');
		rewrite(row, 2, 'Keller');
		expect(pendingRowActions(doc).map((helper) => [helper.extId, helper.name])).toEqual([
			['2376660', "Chiara D'Angelo"],
			['3000006', 'Vorname6 Nachname6'],
			['4000001', 'Lea Keller'],
		]);
	});

	test('rows are read again by the new columns when the header changes (columns swapped)', () => {
		const {doc} = list();
		expect(helpersOf(doc)).toEqual(['2376660', '3000006', '3000009']);
		const headers = doc.querySelectorAll('thead tr:first-child th');
		const [first, second] = [headers[0]!, headers[1]!];
		const firstText = first.textContent;
		first.textContent = second.textContent;
		second.textContent = firstText;
		// The ExtID column is now the second: the first names stand where the ids stood.
		expect(helpersOf(doc)).toEqual(['Chiara', 'Vorname6', 'Vorname9']);
	});
});
