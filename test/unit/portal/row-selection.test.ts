// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {readSelectedUserRow} from '../../../src/portal/read-data';
import {resolveTarget} from '../../../src/portal/resolve-target';
import {BIG_LIST_ROWS} from '../../../src/portal/big-lists';
import {rerenderInPlace} from './support/rerender-in-place';

// The user list as different PrimeNG versions and ARIA-only tables show a selected row. Only the selected row's
// markup differs between the variants; the rest is the same table (ExtID, names, e-mail, statuses, actions).
const PEOPLE = [
	['2376660', 'Chiara', 'D’Angelo'],
	['2376661', 'Marco', 'Bernasconi'],
	['2376662', 'Anna', 'Keller'],
] as const;

type Variant = {
	/** Attributes of the selected `<tr>` (or `role=row` div). */
	row: string;
	/** The row's first cell, for selection shown by a radio or checkbox. */
	first?: (selected: boolean) => string;
	/** ARIA-only: divs with roles, no table markup and no classes. */
	divs?: boolean;
};

const VARIANTS: Record<string, Variant> = {
	'PrimeNG ≤ 9 (ui-state-highlight)': {row: 'class="ui-selectable-row ui-state-highlight"'},
	'PrimeNG 10–17 (p-highlight)': {row: 'class="p-selectable-row p-highlight"'},
	'PrimeNG 18+ (p-datatable-row-selected, no ARIA)': {row: 'class="p-datatable-row-selected"'},
	'ARIA only: aria-selected on the row': {row: 'aria-selected="true"'},
	'ARIA only: a checked radio in the row': {
		row: '',
		first: (selected) => `<input type="radio" name="pick" aria-label="Auswählen"${selected ? ' checked' : ''}>`,
	},
	'ARIA only: an ARIA checkbox': {
		row: '',
		first: (selected) => `<span role="checkbox" aria-label="Auswählen" aria-checked="${selected}"></span>`,
	},
	'ARIA only: a grid of divs with aria-selected': {row: 'aria-selected="true"', divs: true},
};

const HEADERS = ['', 'ExtID', 'Vorname', 'Nachname', 'E-Mail', 'Benutzerstatus', 'Onboardingstatus', 'Aktionen'];

function page(variant: Variant, selected: string | undefined): Document {
	const actions =
		'<button aria-label="Bearbeiten"><i class="pi pi-pencil"></i></button><button aria-haspopup="true"><i class="pi pi-chevron-down"></i></button>';
	const cells = (extId: string, first: string, last: string): string[] => [
		variant.first?.(extId === selected) ?? '',
		extId,
		first,
		last,
		`${first.toLowerCase()}@spital.ch`,
		'Aktiv',
		'Laufend',
		actions,
	];
	const html = variant.divs
		? `<div role="table"><div role="row">${HEADERS.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>${PEOPLE.map(
				([extId, first, last]) =>
					`<div role="row" ${extId === selected ? variant.row : ''}>${cells(extId, first, last)
						.map((c) => `<div role="cell">${c}</div>`)
						.join('')}</div>`,
			).join('')}</div>`
		: `<table><thead><tr>${HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${PEOPLE.map(
				([extId, first, last]) =>
					`<tr ${extId === selected ? variant.row : ''}>${cells(extId, first, last)
						.map((c) => `<td>${c}</td>`)
						.join('')}</tr>`,
			).join('')}</tbody></table>`;
	const doc = document.implementation.createHTMLDocument('Benutzerauswahl');
	// happy-dom gives a created document no URL; the resolver only answers on the portal's address.
	Object.defineProperty(doc, 'URL', {value: 'https://www.eiam.admin.ch/portal/adminservice/app/delegation/users'});
	const parsed = new DOMParser().parseFromString(`<main><h1>Benutzerauswahl</h1>${html}</main>`, 'text/html');
	doc.body.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
	return doc;
}

describe.each(Object.entries(VARIANTS))('the selected user row: %s', (_, variant) => {
	test('names the selected person, and nobody while no row is selected', () => {
		expect(readSelectedUserRow(page(variant, '2376661'))?.extId).toBe('2376661');
		expect(readSelectedUserRow(page(variant, undefined))).toBeUndefined();
	});

	test('the selected person’s arrow is found in their row', () => {
		const doc = page(variant, '2376662');
		const extId = readSelectedUserRow(doc)?.extId;
		const arrow = resolveTarget(doc, {kind: 'row-action', action: 'menu-toggle'}, {extId});
		expect(arrow?.closest('tr, [role="row"]')?.textContent).toContain('2376662');
		expect(arrow?.getAttribute('aria-haspopup')).toBe('true');
	});
});

test('several selected rows (a multi-selection) name no single person', () => {
	const doc = page(VARIANTS['ARIA only: aria-selected on the row'] as Variant, '2376660');
	doc.querySelectorAll('tbody tr')[2]?.setAttribute('aria-selected', 'true');
	expect(readSelectedUserRow(doc)).toBeUndefined();
});

test('the meaning wins over a stale highlight class on another row', () => {
	const doc = page(VARIANTS['ARIA only: aria-selected on the row'] as Variant, '2376660');
	doc.querySelectorAll('tbody tr')[1]?.classList.add('p-highlight');
	expect(readSelectedUserRow(doc)?.extId).toBe('2376660');
});

describe('the selection is followed while the list changes', () => {
	const rows = (doc: Document): Element[] => [...doc.querySelectorAll('tbody tr')];
	const ariaOnly = VARIANTS['ARIA only: aria-selected on the row'] as Variant;

	test('another row selected (ARIA), in the same task as the first read', () => {
		const doc = page(ariaOnly, '2376660');
		expect(readSelectedUserRow(doc)?.extId).toBe('2376660');
		rows(doc)[0]?.removeAttribute('aria-selected');
		rows(doc)[2]?.setAttribute('aria-selected', 'true');
		expect(readSelectedUserRow(doc)?.extId).toBe('2376662');
	});

	test('the rows replaced by others (the next page), one of them selected', () => {
		const doc = page(ariaOnly, undefined);
		expect(readSelectedUserRow(doc)).toBeUndefined();
		const next = page(ariaOnly, '2376661').querySelector('tbody');
		const body = doc.querySelector('tbody');
		if (!next || !body) throw new Error('fixture has no table body');
		body.replaceChildren(...[...next.children].map((row) => doc.importNode(row, true)));
		expect(readSelectedUserRow(doc)?.extId).toBe('2376661');
	});

	test('an ARIA checkbox rendered into a row later', () => {
		const doc = page(ariaOnly, undefined);
		expect(readSelectedUserRow(doc)).toBeUndefined();
		const cell = rows(doc)[1]?.querySelector('td');
		const checkbox = doc.createElement('span');
		checkbox.setAttribute('role', 'checkbox');
		checkbox.setAttribute('aria-label', 'Auswählen');
		checkbox.setAttribute('aria-checked', 'true');
		cell?.append(checkbox);
		expect(readSelectedUserRow(doc)?.extId).toBe('2376661');
	});

	test('a radio checked by script (no attribute changes) and the highlight moved', () => {
		const radio = VARIANTS['ARIA only: a checked radio in the row'] as Variant;
		const doc = page(radio, '2376660');
		expect(readSelectedUserRow(doc)?.extId).toBe('2376660');
		const inputs = [...doc.querySelectorAll<HTMLInputElement>('tbody input')];
		if (inputs[2]) inputs[2].checked = true;
		expect(readSelectedUserRow(doc)?.extId).toBe('2376662');
		const classes = page(VARIANTS['PrimeNG 10–17 (p-highlight)'] as Variant, '2376660');
		expect(readSelectedUserRow(classes)?.extId).toBe('2376660');
		rows(classes)[0]?.classList.remove('p-highlight');
		rows(classes)[1]?.classList.add('p-highlight');
		expect(readSelectedUserRow(classes)?.extId).toBe('2376661');
	});

	test('texts rewritten in place: the same row, now someone else’s', () => {
		const doc = page(ariaOnly, '2376660');
		expect(readSelectedUserRow(doc)?.extId).toBe('2376660');
		const cell = rows(doc)[0]?.querySelectorAll('td')[1];
		if (!cell?.firstChild) throw new Error('fixture has no ExtID cell');
		cell.replaceChild(doc.createTextNode('2376669'), cell.firstChild);
		expect(readSelectedUserRow(doc)?.extId).toBe('2376669');
	});
});

describe('the selection is followed on a big table (its rows re-rendered without being read again)', () => {
	const ariaOnly = VARIANTS['ARIA only: aria-selected on the row'] as Variant;
	const rows = (doc: Document): Element[] => [...doc.querySelectorAll('tbody tr')];

	/** The ARIA-only list with `BIG_LIST_ROWS` more people after the three. */
	function bigPage(selected: string | undefined): Document {
		const doc = page(ariaOnly, selected);
		const body = doc.querySelector('tbody');
		const template = body?.lastElementChild;
		if (!body || !template) throw new Error('fixture has no rows');
		for (let i = 0; i < BIG_LIST_ROWS; i++) {
			const row = template.cloneNode(true) as Element;
			const extId = row.children[1];
			if (extId) extId.textContent = String(3_000_000 + i);
			body.append(row);
		}
		return doc;
	}

	const click = (row: Element | undefined): void => {
		row?.querySelector('td')?.dispatchEvent(new MouseEvent('click', {bubbles: true}));
	};

	test('another row the user selects', () => {
		const doc = bigPage('2376660');
		expect(readSelectedUserRow(doc)?.extId).toBe('2376660');
		click(rows(doc)[150]);
		rows(doc)[0]?.removeAttribute('aria-selected');
		rows(doc)[150]?.setAttribute('aria-selected', 'true');
		expect(readSelectedUserRow(doc)?.extId).toBe('3000147');
	});

	test('the first selection the user makes, and the selection cleared by the portal', () => {
		const doc = bigPage(undefined);
		expect(readSelectedUserRow(doc)).toBeUndefined();
		rows(doc)[2]?.setAttribute('aria-selected', 'true');
		click(rows(doc)[2]);
		expect(readSelectedUserRow(doc)?.extId).toBe('2376662');
		rows(doc)[2]?.removeAttribute('aria-selected');
		expect(readSelectedUserRow(doc)).toBeUndefined();
	});

	test('the row is kept through re-renders; a selection the portal clears and the user’s next one are seen', () => {
		const doc = bigPage(undefined);
		click(rows(doc)[2]);
		rows(doc)[2]?.setAttribute('aria-selected', 'true');
		expect(readSelectedUserRow(doc)?.extId).toBe('2376662');
		rerenderInPlace(rows(doc));
		expect(readSelectedUserRow(doc)?.extId).toBe('2376662');
		rows(doc)[2]?.removeAttribute('aria-selected');
		expect(readSelectedUserRow(doc)).toBeUndefined();
		click(rows(doc)[1]);
		rows(doc)[1]?.classList.add('p-highlight');
		expect(readSelectedUserRow(doc)?.extId).toBe('2376661');
	});

	test('a highlight a slow portal adds after the user’s click is seen at their next action', () => {
		const doc = bigPage(undefined);
		click(rows(doc)[2]);
		expect(readSelectedUserRow(doc)).toBeUndefined();
		rows(doc)[2]?.classList.add('p-highlight');
		rows(doc)[2]?.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
		expect(readSelectedUserRow(doc)?.extId).toBe('2376662');
	});

	test('texts rewritten in place: the same row, now someone else’s; the rows replaced', () => {
		const doc = bigPage('2376661');
		expect(readSelectedUserRow(doc)?.extId).toBe('2376661');
		rerenderInPlace(rows(doc));
		const cell = rows(doc)[1]?.querySelectorAll('td')[1];
		if (!cell?.firstChild) throw new Error('fixture has no ExtID cell');
		cell.replaceChild(doc.createTextNode('2376669'), cell.firstChild);
		expect(readSelectedUserRow(doc)?.extId).toBe('2376669');
		const next = bigPage('2376660').querySelector('tbody');
		const body = doc.querySelector('tbody');
		if (!next || !body) throw new Error('fixture has no table body');
		body.replaceChildren(...[...next.children].map((row) => doc.importNode(row, true)));
		expect(readSelectedUserRow(doc)?.extId).toBe('2376660');
	});
});
