// @vitest-environment happy-dom
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {portalLabels} from '../../../src/portal/portal-labels';

// The extras script (issue #14): the content script asks the background to inject it the first time a feature needs
// it, then takes its readers from the isolated world's global. The background is a fake: it "injects" by running the
// script's module (as executeScript runs the file before it answers), or fails as a browser that refuses does.
const background = vi.hoisted(() => ({asked: [] as {type: string}[], refuse: false}));
vi.mock('../../../src/content/background-link', () => ({
	askBackground: async (request: {type: string}) => {
		background.asked.push(request);
		if (background.refuse) return undefined; // askBackground's answer when the background could not answer
		await import('../../../src/content/extras');
		return null;
	},
}));

beforeEach(() => {
	background.asked = [];
	background.refuse = false;
	globalThis.eiamAssistExtras = undefined;
	vi.resetModules();
});

/** A fresh content script: its modules as a new page loads them, the portal's words installed (main.ts). */
async function freshPage(): Promise<typeof import('../../../src/content/extras-link')> {
	const table = await import('../../../src/portal/label-table');
	table.installPortalLabels(portalLabels());
	return import('../../../src/content/extras-link');
}

describe('the extras script', () => {
	test('is asked for once; every later use gets the same readers at once', async () => {
		const {loadExtras, loadedExtras} = await freshPage();
		expect(loadedExtras()).toBeUndefined();
		const [first, second] = await Promise.all([loadExtras(), loadExtras()]);
		expect(first).toBeDefined();
		expect(second).toBe(first);
		expect(await loadExtras()).toBe(first);
		expect(loadedExtras()).toBe(first);
		expect(background.asked).toEqual([{type: 'bg:load-extras'}]);
	});

	test('that could not be injected leaves the feature without readers, and the next use asks again', async () => {
		const {loadExtras, loadedExtras} = await freshPage();
		background.refuse = true;
		expect(await loadExtras()).toBeUndefined();
		expect(loadedExtras()).toBeUndefined();
		background.refuse = false;
		expect(await loadExtras()).toBeDefined();
		expect(background.asked).toEqual([{type: 'bg:load-extras'}, {type: 'bg:load-extras'}]);
	});

	test('hands over its readers through one global of the isolated world, and nothing else', async () => {
		const before = new Set(Object.getOwnPropertyNames(globalThis));
		const {loadExtras} = await freshPage();
		await loadExtras();
		const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
		expect(added.filter((name) => name !== 'eiamAssistExtras')).toEqual([]);
		expect(typeof globalThis.eiamAssistExtras).toBe('function');
	});

	test("brings its views' styles into the overlay's shadow root, once, and none into the page", async () => {
		const {mountOverlay} = await import('../../../src/overlay/mount');
		const overlay = mountOverlay(document, '.overlay {}');
		const {loadExtras} = await freshPage();
		await loadExtras();
		await loadExtras();
		const sheets = [...overlay.shadow.querySelectorAll('style')].map((style) => style.textContent);
		expect(sheets).toHaveLength(2);
		expect(sheets[0]).toBe('.overlay {}');
		for (const rule of ['.panel.review', '.review-items', '.teach-catcher', '.diagnostics textarea']) {
			expect(sheets[1]).toContain(rule);
		}
		expect(document.querySelectorAll('head style, body style')).toHaveLength(0);
		overlay.host.remove();
	});
});
