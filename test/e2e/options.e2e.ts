import type {Page} from 'playwright-core';
import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import type {ChromiumSession} from './support/chromium';

const SETTING_NAMES = [
	'superuserName',
	'superuserFunction',
	'canton',
	'phone',
	'superuserEmail',
	'signature',
	'uiLanguage',
	'escalationAddress',
	'trainingEnvironment',
];

describe('the options page in Chromium', () => {
	let session: ChromiumSession;

	/** Runs in the extension's service worker, where `chrome.storage` is at hand. */
	const inExtension = async <T>(expression: string): Promise<T> => {
		const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
		return worker.evaluate<T>(expression);
	};
	const stored = (): Promise<Record<string, unknown>> => inExtension('chrome.storage.sync.get(null)');

	async function openOptions(): Promise<Page> {
		const page = await session.newPage();
		await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
		await page.locator('[data-eiam-assist-options][data-state="ready"]').waitFor();
		return page;
	}

	async function reload(page: Page): Promise<void> {
		await page.reload();
		await page.locator('[data-eiam-assist-options][data-state="ready"]').waitFor();
	}

	test.beforeAll(({session: launched}) => {
		session = launched;
	});
	test.beforeEach(async () => {
		await inExtension('chrome.storage.sync.clear()');
	});

	test('renders in the browser’s language (de-CH), every setting with its label', async () => {
		const page = await openOptions();
		expect(await page.locator('[data-eiam-assist-options]').getAttribute('data-lang')).toBe('de');
		expect(await page.locator('h1').textContent()).toBe('eIAM Assist – Einstellungen');
		expect(await page.title()).toBe('eIAM Assist – Einstellungen');
		const labelled = {
			superuserName: 'Vor- und Nachname',
			canton: 'Kanton',
			signature: 'E-Mail-Signatur',
			uiLanguage: 'Sprache von eIAM Assist',
			escalationAddress: 'E-Mail-Adresse für Eskalationen',
		};
		for (const [name, label] of Object.entries(labelled)) {
			expect(await page.getByLabel(label, {exact: true}).getAttribute('name')).toBe(name);
		}
		for (const name of SETTING_NAMES) expect(await page.locator(`[name="${name}"]`).count(), name).toBe(1);
		expect(await page.locator('[name="escalationAddress"]').inputValue()).toBe('spiges@bfs.admin.ch');
		expect(await page.locator('[name="canton"] option').count()).toBe(27);
		await page.close();
	});

	test('changed settings persist across a reload', async () => {
		const page = await openOptions();
		await page.locator('[name="superuserName"]').fill('Anna Muster');
		await page.locator('[name="superuserFunction"]').fill('Superuser SpiGes, Gesundheitsamt');
		await page.locator('[name="canton"]').selectOption('BE');
		await page.locator('[name="phone"]').fill('+41 31 123 45 67');
		await page.locator('[name="signature"]').fill('Anna Muster\nGesundheitsamt Kanton Bern');
		await page.locator('[name="escalationAddress"]').fill('spiges@be.ch');
		await expect.poll(stored).toMatchObject({
			superuserName: 'Anna Muster',
			signature: 'Anna Muster\nGesundheitsamt Kanton Bern',
			escalationAddress: 'spiges@be.ch',
		});
		expect(await page.locator('[data-eiam-assist-save-status]').textContent()).toBe('Gespeichert');

		await reload(page);
		expect(await page.locator('[name="superuserName"]').inputValue()).toBe('Anna Muster');
		expect(await page.locator('[name="superuserFunction"]').inputValue()).toBe('Superuser SpiGes, Gesundheitsamt');
		expect(await page.locator('[name="canton"]').inputValue()).toBe('BE');
		expect(await page.locator('[name="canton"] option:checked').textContent()).toBe('Bern (BE)');
		expect(await page.locator('[name="phone"]').inputValue()).toBe('+41 31 123 45 67');
		expect(await page.locator('[name="signature"]').inputValue()).toBe('Anna Muster\nGesundheitsamt Kanton Bern');
		expect(await page.locator('[name="escalationAddress"]').inputValue()).toBe('spiges@be.ch');
		// Only what differs from the defaults is stored.
		expect(Object.keys(await stored()).sort()).toEqual([
			'canton',
			'escalationAddress',
			'phone',
			'schemaVersion',
			'signature',
			'superuserFunction',
			'superuserName',
		]);
		await page.close();
	});

	test('choosing French switches the page at once, and it stays French after a reload', async () => {
		const page = await openOptions();
		await page.locator('[name="uiLanguage"]').selectOption('fr');
		await expect.poll(() => page.locator('h1').textContent()).toBe('eIAM Assist – Réglages');
		await expect.poll(stored).toMatchObject({uiLanguage: 'fr'});
		await reload(page);
		expect(await page.locator('[data-eiam-assist-options]').getAttribute('data-lang')).toBe('fr');
		expect(await page.locator('[name="uiLanguage"]').inputValue()).toBe('fr');
		expect(await page.getByLabel('Adresse e-mail pour les escalades', {exact: true}).getAttribute('name')).toBe(
			'escalationAddress',
		);
		expect(await page.locator('[name="canton"] option').nth(1).textContent()).toBe(
			'Appenzell Rhodes-Extérieures (AR)',
		);
		await page.close();
	});

	test('an invalid escalation address shows a message and is not saved', async () => {
		const page = await openOptions();
		const address = page.locator('[name="escalationAddress"]');
		await address.fill('spiges@');
		const error = page.locator('[data-field-error="escalationAddress"]');
		await error.waitFor();
		expect(await error.textContent()).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein');
		expect(await address.getAttribute('aria-invalid')).toBe('true');
		expect((await address.getAttribute('aria-describedby'))?.split(' ')).toContain('field-escalationAddress-error');
		// Longer than the save delay: a valid field typed now is saved, the invalid address is not.
		await page.locator('[name="superuserName"]').fill('Anna Muster');
		await expect.poll(stored).toMatchObject({superuserName: 'Anna Muster'});
		expect(await stored()).not.toHaveProperty('escalationAddress');
		await reload(page);
		expect(await address.inputValue()).toBe('spiges@bfs.admin.ch');
		expect(await error.count()).toBe(0);
		await page.close();
	});

	test('own templates can be added, copied from the built-ins, edited and removed, and survive a reload', async () => {
		const page = await openOptions();
		await page.locator('[data-template-add]').click();
		// The new template's text has the focus: keyboard users type right away.
		await page.keyboard.type('Code erneut gesendet gemäss Weisung des Kantons.');
		await page.locator('[data-template-copy="de-wrong-email-1"]').click();
		const own = page.locator('[data-template-id]');
		await expect.poll(() => own.count()).toBe(2);
		await own.nth(1).locator('[name="template-reason"]').selectOption('other');
		// Both templates are stored as soon as the copy is; wait for the changed reason too (saved after typing stops).
		await expect
			.poll(async () =>
				((await stored())['customTemplates.de'] as {reason: string}[] | undefined)?.map(({reason}) => reason),
			)
			.toEqual(['code-expired', 'other']);

		await reload(page);
		expect(await own.count()).toBe(2);
		expect(await own.nth(0).locator('[name="template-text"]').inputValue()).toBe(
			'Code erneut gesendet gemäss Weisung des Kantons.',
		);
		expect(await own.nth(1).locator('[name="template-text"]').inputValue()).toBe(
			'E-Mail-Adresse korrigiert und Onboarding-Code an die richtige Adresse gesendet.',
		);
		expect(await own.nth(1).locator('[name="template-reason"]').inputValue()).toBe('other');

		await own.nth(0).locator('[data-template-remove]').click();
		await expect
			.poll(async () => ((await stored())['customTemplates.de'] as unknown[] | undefined)?.length)
			.toBe(1);
		await reload(page);
		expect(await own.count()).toBe(1);
		await page.close();
	});

	test('a change typed just before the page closes or reloads is saved (#13)', async () => {
		// No waiting between the typing and the closing: the save delay (typing pauses) has not run out yet.
		const page = await openOptions();
		await page.locator('[name="superuserName"]').fill('Anna Muster');
		await page.locator('[name="phone"]').fill('031 322 11 11');
		await page.close();
		await expect.poll(stored).toMatchObject({superuserName: 'Anna Muster', phone: '031 322 11 11'});

		const again = await openOptions();
		await again.locator('[name="signature"]').fill('Freundliche Grüsse\nAnna Muster');
		await reload(again);
		expect(await again.locator('[name="signature"]').inputValue()).toBe('Freundliche Grüsse\nAnna Muster');
		expect(await again.locator('[name="superuserName"]').inputValue()).toBe('Anna Muster');
		await again.close();
	});

	test('a stored value that fails validation is reported at the top and replaced by the default', async () => {
		await inExtension(`chrome.storage.sync.set({canton: 'Bärn', uiLanguage: 'rm', superuserName: 'Anna Muster'})`);
		const page = await openOptions();
		const problems = page.locator('[data-eiam-assist-problems]');
		expect(await problems.getAttribute('role')).toBe('alert');
		expect(
			await problems
				.locator('[data-problem]')
				.evaluateAll((items) => items.map((item) => item.getAttribute('data-problem'))),
		).toEqual(['canton', 'uiLanguage']);
		expect(await problems.locator('[data-problem="canton"]').textContent()).toBe(
			'«Kanton»: Der gespeicherte Wert war ungültig und wurde durch den Standardwert ersetzt.',
		);
		expect(await page.locator('[name="canton"]').inputValue()).toBe('');
		expect(await page.locator('[name="superuserName"]').inputValue()).toBe('Anna Muster');
		await page.close();
	});

	test('works with the keyboard alone', async () => {
		const page = await openOptions();
		const focused = (): Promise<string | null> =>
			page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('superuserName');
		await page.keyboard.type('Luca Rossi');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('superuserFunction');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('canton');
		await page.keyboard.press('ArrowDown'); // a closed select changes its value with the arrow keys
		await expect.poll(stored).toMatchObject({superuserName: 'Luca Rossi'});
		expect(await page.locator('[name="canton"]').inputValue()).not.toBe('');
		await page.close();
	});
});
