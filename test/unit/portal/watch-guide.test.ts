// @vitest-environment happy-dom
import {afterEach, describe, expect, test, vi} from 'vitest';
import {BIG_LIST_ROWS} from '../../../src/portal/big-lists';
import {watchGuide} from '../../../src/portal/watch';
import {bodyHtml} from './fixtures/portal-html';
import {loadFixture} from './support/load';
import {appendHtml, replaceWithHtml} from './support/html';
import {rerenderInPlace} from './support/rerender-in-place';
import {endLifetimes, lifetime, nextFrame} from './support/watch-timing';

afterEach(() => {
	endLifetimes();
});

/** The user list with `users` rows; the guide's marked target is the action button of the last row. */
function userList(users: number): {doc: Document; rows: Element[]; marked: Element} {
	const doc = loadFixture('user-selection', {lang: 'de', users});
	const rows = [...doc.querySelectorAll('tbody tr')];
	const marked = rows.at(-1)?.querySelector('button');
	if (!marked) throw new Error('no action button in the last row');
	return {doc, rows, marked};
}

function onboardingCell(row: Element): Element {
	const cell = row.children[6];
	if (!cell) throw new Error('no onboarding cell');
	return cell;
}

const BIG = BIG_LIST_ROWS + 20;

describe('watchGuide while a target is marked, on a big list', () => {
	test('the other rows re-rendering in place do not wake it; the marked row changing does', async () => {
		const {doc, rows, marked} = userList(BIG);
		const onChange = vi.fn();
		watchGuide(doc, [marked], marked, onChange, lifetime());
		rerenderInPlace(rows.slice(0, -1));
		onboardingCell(rows[3]!).textContent = 'Abgeschlossen';
		await nextFrame();
		expect(onChange).not.toHaveBeenCalled();
		onboardingCell(rows.at(-1)!).textContent = 'Abgeschlossen';
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	// One page for all (a big list takes seconds to load in happy-dom): each change must wake it once more.
	const changes: readonly (readonly [string, (doc: Document, marked: Element) => void])[] = [
		[
			'a row added (paging, a tree row expanded)',
			(doc) => doc.querySelector('tbody')?.append(doc.createElement('tr')),
		],
		['a row removed (filtering)', (doc) => doc.querySelector('tbody tr')?.remove()],
		[
			'a menu appended to <body>',
			(doc) => appendHtml(doc.body, '<div class="cdk-overlay-container"><ul role="menu"></ul></div>'),
		],
		['a menu item rendered into it', (doc) => doc.querySelector('[role="menu"]')?.append(doc.createElement('li'))],
		[
			'a toast rendered in the region',
			(doc) => doc.querySelector('.user-selection')?.prepend(doc.createElement('ob-alert')),
		],
		[
			'the paginator rewritten',
			(doc) => {
				const page = doc.querySelector('.ui-paginator-page');
				if (page) page.textContent = '2';
			},
		],
		['the table header re-rendered (language switch)', (doc) => doc.querySelector('thead th')?.append(' ')],
		['<html lang> changing', (doc) => doc.documentElement.setAttribute('lang', 'fr')],
		[
			'a click of the user',
			(doc) => doc.querySelector('td')?.dispatchEvent(new MouseEvent('click', {bubbles: true})),
		],
		['the marked button disabled', (_doc, marked) => marked.setAttribute('disabled', '')],
		[
			'the page replaced (route change)',
			(doc) => replaceWithHtml(doc.querySelector('main')!, bodyHtml('permissions', {lang: 'de'})),
		],
	];
	test(`wakes once for each of: ${changes.map(([what]) => what).join('; ')}`, async () => {
		const {doc, marked} = userList(BIG);
		const onChange = vi.fn();
		watchGuide(doc, [marked], marked, onChange, lifetime());
		for (const [index, [what, change]] of changes.entries()) {
			change(doc, marked);
			await nextFrame();
			expect(onChange, what).toHaveBeenCalledTimes(index + 1);
		}
	});

	test("the next step's target keeps its own row watched too", async () => {
		const {doc, rows, marked} = userList(BIG);
		const next = rows[10]!.querySelector('td')!;
		const onChange = vi.fn();
		watchGuide(doc, [marked, next], marked, onChange, lifetime());
		next.textContent = 'geändert';
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	test('what appears beside the list is watched in full from then on (a dialog that fills in later)', async () => {
		const {doc, marked} = userList(BIG);
		const onChange = vi.fn();
		watchGuide(doc, [marked], marked, onChange, lifetime());
		const dialog = doc.createElement('div');
		doc.querySelector('.user-selection')?.append(dialog);
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
		dialog.append(doc.createElement('p'));
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(2);
		doc.body.append(doc.createElement('div'));
		await nextFrame();
		doc.body.lastElementChild?.append('Benutzer gelöscht');
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(4);
	});

	test('a list that grows big after the guide started is left out once it has', async () => {
		const {doc, marked} = userList(4);
		const button = doc.querySelector('.toolbar button');
		if (!button) throw new Error('no toolbar button');
		const onChange = vi.fn();
		watchGuide(doc, [button], button, onChange, lifetime());
		const tbody = doc.querySelector('tbody')!;
		const template = tbody.firstElementChild!;
		for (let i = 0; i < BIG; i++) tbody.append(template.cloneNode(true));
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
		rerenderInPlace([...tbody.children]);
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
		expect(marked.isConnected).toBe(true);
	});
});

describe('watchGuide elsewhere: every change under <body>, as before', () => {
	test('without a marked target (the step waits for it to render), a row rewritten in place wakes it', async () => {
		const {doc, rows, marked} = userList(BIG);
		const onChange = vi.fn();
		watchGuide(doc, [marked], undefined, onChange, lifetime());
		onboardingCell(rows[3]!).textContent = 'Ausstehend';
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	test('on a list of ordinary size, any row re-rendering in place wakes it', async () => {
		const {doc, rows, marked} = userList(50);
		const onChange = vi.fn();
		watchGuide(doc, [marked], marked, onChange, lifetime());
		onboardingCell(rows[3]!).textContent = 'Abgeschlossen';
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	test('a burst costs one callback, nothing after abort', async () => {
		const {doc, rows, marked} = userList(BIG);
		const onChange = vi.fn();
		const controller = new AbortController();
		watchGuide(doc, [marked], marked, onChange, controller.signal);
		rerenderInPlace(rows);
		doc.body.append(doc.createElement('div'));
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
		controller.abort();
		rerenderInPlace(rows);
		doc.body.append(doc.createElement('div'));
		marked.setAttribute('disabled', '');
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});
});
