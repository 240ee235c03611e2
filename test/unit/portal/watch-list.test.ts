// @vitest-environment happy-dom
import {afterEach, describe, expect, test, vi} from 'vitest';
import {BIG_LIST_ROWS} from '../../../src/portal/big-lists';
import {watchList} from '../../../src/portal/watch';
import {loadFixture} from './support/load';
import {rerenderInPlace} from './support/rerender-in-place';
import {endLifetimes, lifetime, nextFrame} from './support/watch-timing';

afterEach(() => {
	endLifetimes();
});

/** The user list with `users` rows, and its table (what the row helpers' watch follows). */
function userList(users: number): {doc: Document; table: Element; rows: Element[]} {
	const doc = loadFixture('user-selection', {lang: 'de', users});
	const table = doc.querySelector('table');
	if (!table) throw new Error('no table');
	return {doc, table, rows: [...table.querySelectorAll('tbody tr')]};
}

function onboardingCell(row: Element | undefined): Element {
	const cell = row?.children[6];
	if (!cell) throw new Error('no onboarding cell');
	return cell;
}

describe('watchList on a list of a few rows', () => {
	test('a status rewritten in place in one row wakes it', async () => {
		const {table, rows} = userList(4);
		const onChange = vi.fn();
		watchList(table, onChange, lifetime());
		onboardingCell(rows[1]).textContent = 'Abgeschlossen';
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});
});

describe('watchList on a big list (no guide: the row helpers)', () => {
	const BIG = BIG_LIST_ROWS + 20;

	test('its rows re-rendered in place do not wake it; the user acting afterwards does', async () => {
		const {doc, table, rows} = userList(BIG);
		const onChange = vi.fn();
		watchList(table, onChange, lifetime());
		rerenderInPlace(rows);
		await nextFrame();
		expect(onChange).not.toHaveBeenCalled();
		doc.querySelector('td')?.dispatchEvent(new MouseEvent('click', {bubbles: true}));
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	// One page for all (a big list takes seconds to load in happy-dom): each change must wake it once more.
	const changes: readonly (readonly [string, (table: Element) => void])[] = [
		[
			'a row added (paging)',
			(table) => table.querySelector('tbody')?.append(table.ownerDocument.createElement('tr')),
		],
		['a row removed (filtering)', (table) => table.querySelector('tbody tr')?.remove()],
		['the table header re-rendered (language switch)', (table) => table.querySelector('thead th')?.append(' ')],
		[
			'the rows replaced by a new table body',
			(table) => {
				const body = table.querySelector('tbody');
				body?.replaceWith(body.cloneNode(true));
			},
		],
		['a row of the new body removed', (table) => table.querySelector('tbody tr')?.remove()],
	];
	test(`wakes once for each of: ${changes.map(([what]) => what).join('; ')}`, async () => {
		const {table} = userList(BIG);
		const onChange = vi.fn();
		watchList(table, onChange, lifetime());
		for (const [index, [what, change]] of changes.entries()) {
			change(table);
			await nextFrame();
			expect(onChange, what).toHaveBeenCalledTimes(index + 1);
		}
	});

	test('a list that grows big while watched is then watched as a big list', async () => {
		const {table, rows} = userList(4);
		const onChange = vi.fn();
		watchList(table, onChange, lifetime());
		const tbody = table.querySelector('tbody')!;
		for (let i = 0; i < BIG; i++) tbody.append(rows[0]!.cloneNode(true));
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
		rerenderInPlace([...tbody.children]);
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});
});
