import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import type {ChromiumSession} from './support/chromium';
import {expectStep, panel} from './support/overlay';
import {startResendAtHome} from './support/portal-steps';

describe('the overlay speaks the portal’s language', () => {
	let session: ChromiumSession;
	test.beforeAll(({session: launched}) => {
		session = launched;
	});

	test('switching the portal’s language switches the overlay (automatic mode)', async ({page}) => {
		await startResendAtHome(page, 'de');
		expect(await panel(page).textContent()).toContain('«Benutzermanagement»');
		expect(await page.locator('#eiam-assist-root').getAttribute('data-lang')).toBe('de');

		await page.locator('button.ob-control-locale', {hasText: 'FR'}).click();
		await expect.poll(() => page.locator('#eiam-assist-root').getAttribute('data-lang')).toBe('fr');
		await expect.poll(() => panel(page).textContent()).toContain('«\u00a0Gestion des utilisateurs\u00a0»');
		expect(await panel(page).textContent()).toContain('Étape');
		// The guide itself goes on where it was.
		await expectStep(page, 'resend-code', 'open-user-management');
	});

	test('a fixed UI language in the settings wins, while portal labels stay quoted as the portal shows them', async () => {
		const settingsPage = await session.newPage();
		await settingsPage.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
		await settingsPage.evaluate("chrome.storage.sync.set({uiLanguage: 'it'})");
		const page = await session.newPage();
		await startResendAtHome(page, 'de');
		await expect.poll(() => panel(page).textContent()).toContain('Apra «Benutzermanagement»');
		await settingsPage.evaluate("chrome.storage.sync.remove('uiLanguage')");
		await expect.poll(() => panel(page).textContent()).toContain('Öffnen Sie');
		await settingsPage.close();
		await page.close();
	});
});
