// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {describeControl, findLearnedControl, interactiveAt} from '../../../src/portal/learned-control';
import {loadFixture, loadHtml, loadSnapshot} from './support/load';

const PENDING = '2376660';
const ACTIVE = '2110430';

function button(doc: Document, text: string): HTMLElement {
	const found = [...doc.querySelectorAll('button')].find((el) => el.textContent.includes(text));
	if (!found) throw new Error(`no button «${text}»`);
	return found;
}

describe('a learned control on the completed page', () => {
	test('is described by role, accessible name and the heading of its region, and found again', () => {
		const doc = loadSnapshot('completed.de.html');
		const send = button(doc, 'Onboarding-Code per E-Mail senden');
		const description = describeControl(send);
		expect(description).toEqual({
			role: 'button',
			name: 'Onboarding-Code per E-Mail senden',
			region: 'Onboarding-Link:',
		});
		expect(findLearnedControl(doc, description!, undefined)).toBe(send);
	});

	test('still matches after the portal re-renders the button (a new element with the same meaning)', () => {
		const doc = loadSnapshot('completed.de.html');
		const send = button(doc, 'Onboarding-Code per E-Mail senden');
		const description = describeControl(send)!;
		const rendered = send.cloneNode(true) as HTMLElement;
		send.replaceWith(rendered);
		expect(findLearnedControl(doc, description, undefined)).toBe(rendered);
	});

	test('no longer matches once the name changes, or when the region is another one', () => {
		const doc = loadSnapshot('completed.de.html');
		const send = button(doc, 'Onboarding-Code per E-Mail senden');
		const description = describeControl(send)!;
		expect(findLearnedControl(doc, {...description, name: 'Code zustellen'}, undefined)).toBeUndefined();
		expect(findLearnedControl(doc, {...description, region: 'Benutzerdaten'}, undefined)).toBeUndefined();
		send.textContent = 'Code zustellen';
		expect(findLearnedControl(doc, description, undefined)).toBeUndefined();
	});
});

describe('the pick under the pointer', () => {
	test('is the nearest interactive ancestor of what was hit, never our own overlay', () => {
		const doc = loadHtml(
			'<div id="eiam-assist-root"></div><main><h1>Titel</h1><button><i class="fa fa-print"></i><span>Drucken</span></button></main>',
		);
		const own = doc.getElementById('eiam-assist-root')!;
		const span = doc.querySelector('button span')!;
		expect(interactiveAt([own, span, span.parentElement!, doc.body, doc.documentElement])).toBe(
			doc.querySelector('button'),
		);
	});

	test('finds nothing interactive on a heading (the second chance)', () => {
		const doc = loadHtml('<main><h1>Titel</h1></main>');
		expect(interactiveAt([doc.querySelector('h1')!, doc.body, doc.documentElement])).toBeUndefined();
	});
});

describe('a learned row control', () => {
	test('keeps its place among the row actions and no personal data, and is found in another person’s row', () => {
		const doc = loadFixture('user-selection', {lang: 'de', variant: 'plain'});
		const rowOf = (extId: string): Element =>
			[...doc.querySelectorAll('tbody tr')].find((tr) => tr.textContent.includes(extId))!;
		// The row's own buttons (pencil, arrow), not the items of its closed drop-down menu.
		const actions = (row: Element): Element[] =>
			[...row.querySelectorAll('td:last-child button')].filter((el) => !el.closest('.dropdown-menu'));
		const pickedRow = rowOf(PENDING);
		const picked = actions(pickedRow).at(-1)!;
		const description = describeControl(picked)!;
		expect(description.rowAction).toEqual({index: actions(pickedRow).length - 1, of: actions(pickedRow).length});
		const text = JSON.stringify(description);
		for (const cell of pickedRow.querySelectorAll('td')) {
			const value = cell.textContent.trim();
			if (value.length >= 3) expect(text).not.toContain(value);
		}
		expect(findLearnedControl(doc, description, PENDING)).toBe(picked);
		const other = findLearnedControl(doc, description, ACTIVE);
		expect(other && rowOf(ACTIVE).contains(other)).toBe(true);
		expect(findLearnedControl(doc, description, undefined)).toBeUndefined();
	});

	test('named after the person (an aria-label with the name or e-mail) keeps no name', () => {
		const doc = loadHtml(
			'<table><thead><tr><th>Name</th><th>E-Mail</th><th>Aktionen</th></tr></thead><tbody><tr><td>Muster</td><td>anna.muster@spital.ch</td><td><button aria-label="Muster bearbeiten"></button><button aria-label="Mail an anna.muster@spital.ch"></button></td></tr></tbody></table>',
		);
		const [edit, mail] = [...doc.querySelectorAll('button')];
		expect(describeControl(edit!)?.name).toBe('');
		expect(describeControl(mail!)?.name).toBe('');
	});
});
