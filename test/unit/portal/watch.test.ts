// @vitest-environment happy-dom
import {afterEach, describe, expect, test, vi} from 'vitest';
import {findControl} from '../../../src/portal/locate';
import type {PageState} from '../../../src/portal/pages';
import {trackPage} from '../../../src/portal/track-page';
import {TARGET_ATTRIBUTES, watchAttributes, watchPortal} from '../../../src/portal/watch';
import {bodyHtml} from './fixtures/portal-html';
import {loadFixture, loadHtml, setUrl} from './support/load';

/**
 * Resolves after the watcher's frame: first the microtask in which MutationObserver callbacks run (they request
 * the frame), then a frame requested after theirs.
 */
async function nextFrame(): Promise<void> {
	await Promise.resolve();
	await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

const controllers: AbortController[] = [];
function lifetime(): AbortSignal {
	const controller = new AbortController();
	controllers.push(controller);
	return controller.signal;
}
afterEach(() => {
	for (const controller of controllers.splice(0)) controller.abort();
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
		['a text rewritten in place (language switch)', (doc: Document) => {
			const text = doc.querySelector('.welcome')?.firstChild;
			if (text) (text as Text).data = 'Bienvenue';
		}],
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

	test('attribute changes below <html> are not watched (that is watchAttributes\' job)', async () => {
		const doc = loadFixture('home', {lang: 'de'});
		const onChange = vi.fn();
		watchPortal(doc, onChange, lifetime());
		doc.querySelector('.ob-main-nav-item:nth-child(2)')?.classList.add('ob-expanded');
		doc.querySelector('button')?.setAttribute('disabled', '');
		await nextFrame();
		expect(onChange).not.toHaveBeenCalled();
	});

	test('observes only childList/characterData on the body and lang on <html>', () => {
		const doc = loadFixture('home', {lang: 'de'});
		const observe = vi.spyOn(MutationObserver.prototype, 'observe');
		watchPortal(doc, () => undefined, lifetime());
		const options = observe.mock.calls.map(([target, init]) => ({target: (target as Element).tagName, init}));
		expect(options).toContainEqual({target: 'BODY', init: {childList: true, subtree: true, characterData: true}});
		expect(options).toContainEqual({target: 'HTML', init: {attributes: true, attributeFilter: ['lang']}});
		expect(options.every(({init}) => !(init?.attributes === true && init.subtree === true))).toBe(true);
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
		expect(disconnect).toHaveBeenCalledTimes(3);
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
			watchPortal(doc, () => {
				const element = findControl(doc, {role: 'button', label: 'addUser'});
				if (element) resolve(element);
			}, lifetime());
		});
		setTimeout(() => {
			const main = doc.querySelector('main');
			if (main) main.innerHTML = bodyHtml('user-selection', {lang: 'fr'});
		}, 30);
		expect((await found)?.textContent).toContain('Ajouter un nouvel utilisateur');
	});
});

describe('watchAttributes', () => {
	test('reports the target being enabled and a menu opening, once per frame', async () => {
		loadHtml('<!doctype html><html><body><button id="b" disabled aria-expanded="false">Weiter</button></body></html>');
		const button = document.getElementById('b')!;
		const onChange = vi.fn();
		watchAttributes(button, TARGET_ATTRIBUTES, onChange, lifetime());
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
		watchAttributes(button, ['disabled'], onChange, controller.signal);
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
		main.innerHTML = bodyHtml('user-selection', {lang: 'de'});
		await nextFrame();
		expect(states.at(-1)).toEqual({page: 'user-selection', lang: 'de'});

		doc.body.insertAdjacentHTML('beforeend', /<ngb-modal-backdrop[\s\S]*<\/ngb-modal-window>/.exec(bodyHtml('create-user', {lang: 'de'}))![0]);
		await nextFrame();
		expect(states.at(-1)).toEqual({page: 'create-user', lang: 'de'});

		doc.querySelector('ngb-modal-window')?.remove();
		doc.documentElement.setAttribute('lang', 'fr');
		main.innerHTML = bodyHtml('user-selection', {lang: 'fr'});
		await nextFrame();
		expect(states.at(-1)).toEqual({page: 'user-selection', lang: 'fr'});
		expect(states).toHaveLength(4);
	});
});
