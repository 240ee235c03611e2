import type {Page} from 'playwright-core';
import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import type {ChromiumSession} from './support/chromium';

// The options page's list of controls shown in teach mode (issue #12): plain words, remove, export, import.
const TAUGHT = {
	guide: 'resend-code',
	step: 'send-code',
	page: 'completed',
	role: 'button',
	name: 'Code zustellen',
	region: 'Onboarding-Link:',
	lang: 'de',
};
const OTHER = {...TAUGHT, step: 'user-continue', page: 'user-selection', name: 'Fortfahren', region: ''};

describe('learned targets on the options page in Chromium', () => {
	let session: ChromiumSession;
	const inExtension = async <T>(expression: string): Promise<T> => {
		const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
		return worker.evaluate<T>(expression);
	};
	const storedTargets = (): Promise<unknown> =>
		inExtension('chrome.storage.local.get("learnedTargets").then((items) => items.learnedTargets)');

	async function openOptions(): Promise<Page> {
		const page = await session.newPage();
		await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
		await page.locator('[data-eiam-assist-options][data-state="ready"]').waitFor();
		return page;
	}

	test.beforeAll(({session: launched}) => {
		session = launched;
	});
	test.beforeEach(async () => {
		await inExtension(`chrome.storage.local.set({learnedTargets: ${JSON.stringify([TAUGHT, OTHER])}})`);
	});

	test('lists them in plain words: guide, step and what was picked; one or all can be removed', async () => {
		const page = await openOptions();
		const items = page.locator('[data-eiam-assist-learned-item]');
		await expect.poll(() => items.count()).toBe(2);
		const first = (await items.first().textContent()) ?? '';
		expect(first).toContain('Onboarding-Code erneut senden');
		expect(first).toContain('«Onboarding-Code per E-Mail senden»');
		expect(first).toContain('Schaltfläche «Code zustellen»');

		await items.first().getByRole('button').click();
		await expect.poll(() => items.count()).toBe(1);
		await expect.poll(storedTargets).toEqual([OTHER]);

		await page.locator('[data-eiam-assist-learned-remove-all]').click();
		await expect.poll(storedTargets).toEqual([]);
		expect(await page.locator('[data-eiam-assist-learned-empty]').count()).toBe(1);
		await page.close();
	});

	test('export gives a file that imports again; a bad file says so and changes nothing', async () => {
		const page = await openOptions();
		await expect.poll(() => page.locator('[data-eiam-assist-learned-item]').count()).toBe(2);
		const href = (await page.locator('[data-eiam-assist-learned-export]').getAttribute('href')) ?? '';
		const exported: unknown = JSON.parse(decodeURIComponent(href.slice(href.indexOf(',') + 1)));
		expect(exported).toEqual({version: 1, targets: [TAUGHT, OTHER]});

		const field = page.getByLabel('Importieren (JSON)');
		const bad = {version: 1, targets: [{...TAUGHT, name: 'Mail an anna.muster@spital.ch'}]};
		await field.setInputFiles({
			name: 'bad.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(bad)),
		});
		const error = page.locator('[data-field-error="learned-import"]');
		await error.waitFor();
		expect(await error.textContent()).toContain('Es wurde nichts geändert');
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		expect(await field.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
		expect(await storedTargets()).toEqual([TAUGHT, OTHER]);

		await page.locator('[data-eiam-assist-learned-remove-all]').click();
		await expect.poll(storedTargets).toEqual([]);
		await field.setInputFiles({
			name: 'learned.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(exported)),
		});
		await expect.poll(storedTargets).toEqual([TAUGHT, OTHER]);
		expect(await field.getAttribute('aria-invalid')).toBeNull();
		expect(await page.locator('[data-eiam-assist-learned-item]').count()).toBe(2);
		await page.close();
	});

	test('the support address is a setting with its label; an invalid address is marked and not saved', async () => {
		const page = await openOptions();
		const field = page.getByLabel('E-Mail-Adresse Ihres Supports', {exact: true});
		await field.fill('support@');
		await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
		await field.fill('support@ktsg.ch');
		await expect
			.poll(() => inExtension('chrome.storage.sync.get("supportAddress").then((items) => items.supportAddress)'))
			.toBe('support@ktsg.ch');
		await inExtension('chrome.storage.sync.remove("supportAddress")');
		await page.close();
	});
});
