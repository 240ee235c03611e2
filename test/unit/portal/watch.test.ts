// @vitest-environment happy-dom
import {afterEach, describe, expect, test, vi} from 'vitest';
import {findControl} from '../../../src/portal/locate';
import type {PageState} from '../../../src/portal/pages';
import {trackPage} from '../../../src/portal/track-page';
import {watchAttributes, watchPageIdentity, watchPortal} from '../../../src/portal/watch';
import {bodyHtml} from './fixtures/portal-html';
import {loadFixture, loadHtml, setUrl} from './support/load';
import {appendHtml, replaceWithHtml} from './support/html';
import {endLifetimes, lifetime, nextFrame} from './support/watch-timing';

afterEach(() => {
	endLifetimes();
	vi.restoreAllMocks();
});

describe('watchPortal', () => {
	test('a burst of DOM changes costs one callback, in the next frame, not inside the observer', async () => {
		const doc = loadFixture('home', {lang: 'de'});
		const onChange = vi.fn();
		watchPortal(doc, onChange, lifetime());
		for (let i = 0; i < 50; i++) doc.querySelector('main')?.append(doc.createElement('div'));
		await Promise.resolve(); // the observer has run by now; the callback waits for the frame
		expect(onChange).not.toHaveBeenCalled();
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	test('nothing is called while nothing changes', async () => {
		const doc = loadFixture('home', {lang: 'de'});
		const onChange = vi.fn();
		watchPortal(doc, onChange, lifetime());
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(onChange).not.toHaveBeenCalled();
	});

	test.each([
		['content rendered later', (doc: Document) => doc.querySelector('main')?.append(doc.createElement('p'))],
		['a dialog appended to <body>', (doc: Document) => doc.body.append(doc.createElement('ngb-modal-window'))],
		[
			'a text rewritten in place (language switch)',
			(doc: Document) => {
				const text = doc.querySelector('.welcome')?.firstChild;
				if (text) (text as Text).data = 'Bienvenue';
			},
		],
		['<html lang> changing', (doc: Document) => doc.documentElement.setAttribute('lang', 'fr')],
		['history navigation', (doc: Document) => doc.defaultView?.dispatchEvent(new PopStateEvent('popstate'))],
	])('reports %s', async (_what, change) => {
		const doc = loadFixture('home', {lang: 'de'});
		const onChange = vi.fn();
		watchPortal(doc, onChange, lifetime());
		change(doc);
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	test("attribute changes below <html> are not watched (that is watchAttributes' job)", async () => {
		const doc = loadFixture('home', {lang: 'de'});
		const onChange = vi.fn();
		watchPortal(doc, onChange, lifetime());
		doc.querySelector('.ob-main-nav-item:nth-child(2)')?.classList.add('ob-expanded');
		doc.querySelector('button')?.setAttribute('disabled', '');
		await nextFrame();
		expect(onChange).not.toHaveBeenCalled();
	});

	test('one observer: childList/characterData under <body>, lang and children of <html>, no attributes below', () => {
		const doc = loadFixture('home', {lang: 'de'});
		const observe = vi.spyOn(MutationObserver.prototype, 'observe');
		watchPortal(doc, () => undefined, lifetime());
		const options = observe.mock.calls.map(([target, init]) => ({target: (target as Element).tagName, init}));
		expect(options).toEqual([
			{target: 'HTML', init: {childList: true, attributes: true, attributeFilter: ['lang']}},
			{target: 'BODY', init: {childList: true, subtree: true, characterData: true}},
		]);
		expect(new Set(observe.mock.contexts).size).toBe(1);
	});

	test('a body replaced wholesale is observed in its turn', async () => {
		const doc = loadFixture('home', {lang: 'de'});
		const onChange = vi.fn();
		watchPortal(doc, onChange, lifetime());
		const body = doc.createElement('body');
		doc.body.replaceWith(body);
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
		body.append(doc.createElement('p'));
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(2);
	});

	test('aborting removes observers and listeners; a pending frame does not fire', async () => {
		const doc = loadFixture('home', {lang: 'de'});
		const onChange = vi.fn();
		const controller = new AbortController();
		const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
		watchPortal(doc, onChange, controller.signal);
		doc.body.append(doc.createElement('div'));
		await Promise.resolve();
		controller.abort();
		await nextFrame();
		doc.body.append(doc.createElement('div'));
		doc.defaultView?.dispatchEvent(new PopStateEvent('popstate'));
		await nextFrame();
		expect(onChange).not.toHaveBeenCalled();
		expect(disconnect).toHaveBeenCalledTimes(1);
	});

	test('an already aborted signal sets up nothing', async () => {
		const doc = loadFixture('home', {lang: 'de'});
		const onChange = vi.fn();
		watchPortal(doc, onChange, AbortSignal.abort());
		doc.body.append(doc.createElement('div'));
		await nextFrame();
		expect(onChange).not.toHaveBeenCalled();
	});

	test('a target that appears after a delay is found in the callback that reports it', async () => {
		const doc = loadFixture('home', {lang: 'fr'});
		const found = new Promise<Element | undefined>((resolve) => {
			watchPortal(
				doc,
				() => {
					const element = findControl(doc, {role: 'button', label: 'addUser'});
					if (element) resolve(element);
				},
				lifetime(),
			);
		});
		setTimeout(() => {
			const main = doc.querySelector('main');
			if (main) replaceWithHtml(main, bodyHtml('user-selection', {lang: 'fr'}));
		}, 30);
		expect((await found)?.textContent).toContain('Ajouter un nouvel utilisateur');
	});
});

describe('watchPageIdentity (coarse, while no guide is active)', () => {
	function usersPage(): {doc: Document; title: Element} {
		const doc = loadFixture('user-selection', {lang: 'de', users: 50});
		const title = doc.querySelector('h1');
		if (!title) throw new Error('no title');
		return {doc, title};
	}

	test('the rows re-rendering, a menu opening or a filter typed in does not wake it', async () => {
		const {doc, title} = usersPage();
		const onChange = vi.fn();
		const observe = vi.spyOn(MutationObserver.prototype, 'observe');
		watchPageIdentity(doc, title, onChange, lifetime());
		for (const cell of doc.querySelectorAll('tbody td')) cell.textContent = `${cell.textContent} `;
		doc.querySelector('tbody')?.append(doc.createElement('tr'));
		doc.querySelector('.dropdown-menu')?.classList.add('show');
		doc.querySelector('thead input')?.setAttribute('value', '23');
		await nextFrame();
		expect(onChange).not.toHaveBeenCalled();
		expect(observe.mock.calls.filter(([, init]) => init?.subtree === true).map(([target]) => target)).toEqual([
			title,
		]);
	});

	test.each([
		[
			'the page replaced (route change)',
			(doc: Document) => {
				const main = doc.querySelector('main');
				if (main) replaceWithHtml(main, bodyHtml('permissions', {lang: 'de'}));
			},
		],
		['a dialog appended to <body>', (doc: Document) => doc.body.append(doc.createElement('ngb-modal-window'))],
		[
			'the title re-rendered in another language',
			(doc: Document) => {
				const title = doc.querySelector('h1')?.firstChild;
				if (title) (title as Text).data = 'Sélectionner un utilisateur';
			},
		],
		['<html lang> changing', (doc: Document) => doc.documentElement.setAttribute('lang', 'it')],
		['history navigation', (doc: Document) => doc.defaultView?.dispatchEvent(new PopStateEvent('popstate'))],
	])('wakes for %s', async (_what, change) => {
		const {doc, title} = usersPage();
		const onChange = vi.fn();
		watchPageIdentity(doc, title, onChange, lifetime());
		change(doc);
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	test('without an anchor it watches everything', async () => {
		const {doc} = usersPage();
		const onChange = vi.fn();
		watchPageIdentity(doc, undefined, onChange, lifetime());
		doc.querySelector('tbody')?.append(doc.createElement('tr'));
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});
});

describe('watchAttributes', () => {
	test('reports the target being enabled and a menu opening, once per frame', async () => {
		loadHtml(
			'<!doctype html><html><body><button id="b" disabled aria-expanded="false">Weiter</button></body></html>',
		);
		const button = document.getElementById('b')!;
		const onChange = vi.fn();
		watchAttributes(button, onChange, lifetime());
		button.removeAttribute('disabled');
		button.setAttribute('aria-expanded', 'true');
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
		button.setAttribute('data-other', 'x'); // not in the filter
		await nextFrame();
		expect(onChange).toHaveBeenCalledTimes(1);
	});

	test('stops on abort', async () => {
		loadHtml('<!doctype html><html><body><button id="b" disabled>Weiter</button></body></html>');
		const button = document.getElementById('b')!;
		const onChange = vi.fn();
		const controller = new AbortController();
		watchAttributes(button, onChange, controller.signal);
		controller.abort();
		button.removeAttribute('disabled');
		await nextFrame();
		expect(onChange).not.toHaveBeenCalled();
	});
});

describe('trackPage', () => {
	test('reports the page and language now and after each change of either, not on other changes', async () => {
		const doc = loadFixture('home', {lang: 'de'});
		const states: PageState[] = [];
		trackPage(doc, (state) => states.push(state), lifetime());
		expect(states).toEqual([{page: 'home', lang: 'de'}]);

		doc.querySelector('main')?.append(doc.createElement('p')); // same page
		await nextFrame();
		expect(states).toHaveLength(1);

		setUrl('https://www.portal.eiam.admin.ch/portal/adminservice/app/delegation/users');
		const main = doc.querySelector('main')!;
		replaceWithHtml(main, bodyHtml('user-selection', {lang: 'de'}));
		await nextFrame();
		expect(states.at(-1)).toEqual({page: 'user-selection', lang: 'de'});

		appendHtml(
			doc.body,
			/<ngb-modal-backdrop[\s\S]*<\/ngb-modal-window>/.exec(bodyHtml('create-user', {lang: 'de'}))![0],
		);
		await nextFrame();
		expect(states.at(-1)).toEqual({page: 'create-user', lang: 'de'});

		doc.querySelector('ngb-modal-window')?.remove();
		doc.documentElement.setAttribute('lang', 'fr');
		replaceWithHtml(main, bodyHtml('user-selection', {lang: 'fr'}));
		await nextFrame();
		expect(states.at(-1)).toEqual({page: 'user-selection', lang: 'fr'});
		expect(states).toHaveLength(4);
	});

	test('a page that renders its title after a delay is reported once it does', async () => {
		const doc = loadFixture('home', {lang: 'en'});
		const states: PageState[] = [];
		trackPage(doc, (state) => states.push(state), lifetime());
		const main = doc.querySelector('main')!;
		replaceWithHtml(main, '<div class="spinner"></div>'); // route left, next page not rendered yet
		await nextFrame();
		expect(states.at(-1)?.page).toBe('unknown');
		await new Promise((resolve) => setTimeout(resolve, 20));
		replaceWithHtml(main, bodyHtml('overview', {lang: 'en'}));
		await nextFrame();
		expect(states.at(-1)).toEqual({page: 'overview', lang: 'en'});
	});

	test('stops on abort', async () => {
		const doc = loadFixture('home', {lang: 'de'});
		const onPage = vi.fn();
		const controller = new AbortController();
		trackPage(doc, onPage, controller.signal);
		controller.abort();
		replaceWithHtml(doc.querySelector('main')!, bodyHtml('overview', {lang: 'de'}));
		doc.body.append(doc.createElement('div'));
		await nextFrame();
		expect(onPage).toHaveBeenCalledTimes(1);
	});
});
