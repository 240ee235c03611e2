import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import type {ChromiumSession} from './support/chromium';

// Issue #7: what the superuser sets on the options page is what the escalation e-mail says.

describe('settings reach the escalation e-mail', () => {
	let session: ChromiumSession;
	test.beforeAll(({session: launched}) => {
		session = launched;
	});

	test('name, function, canton and e-mail typed on the options page appear in the report to SpiGes', async () => {
		const options = await session.newPage();
		await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
		await options.locator('[name="uiLanguage"]').selectOption('de');
		await options.locator('[name="superuserName"]').fill('Beatrice Aebischer');
		await options.locator('[name="superuserFunction"]').fill('Kantonale Superuserin');
		await options.locator('[name="canton"]').selectOption('FR');
		await options.locator('[name="superuserEmail"]').fill('beatrice.aebischer@fr.ch');
		// Saved on input (debounced): wait until storage holds all three.
		await expect
			.poll(() =>
				options.evaluate(
					"chrome.storage.sync.get(['superuserName', 'superuserFunction', 'canton', 'superuserEmail'])",
				),
			)
			.toEqual({
				superuserName: 'Beatrice Aebischer',
				superuserFunction: 'Kantonale Superuserin',
				canton: 'FR',
				superuserEmail: 'beatrice.aebischer@fr.ch',
			});

		const popup = await session.newPage();
		await popup.setViewportSize({width: 420, height: 800});
		await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
		await popup.fill('[name="entered-first-name"]', 'Sophie');
		await popup.fill('[name="entered-last-name"]', 'Favre');
		await popup.fill('[name="entered-email"]', 'sophie.favre@h-fr.ch');
		await popup.fill('[name="user-id"]', '2199249');
		await popup.fill('[name="registered-first-name"]', 'Marc');
		await popup.fill('[name="registered-last-name"]', 'Dubois');
		await popup.fill('[name="registered-email"]', 'marc.dubois@gmail.com');
		await expect
			.poll(() => popup.locator('[data-suggested-outcome]').getAttribute('data-suggested-outcome'))
			.toBe('other-person');
		await popup.locator('[data-eiam-assist-confirm]').click();
		await expect.poll(() => popup.locator('[data-outcome]').getAttribute('data-outcome')).toBe('other-person');

		const href = (await popup.locator('a[data-eiam-assist-action="escalate"]').getAttribute('href')) ?? '';
		const url = new URL(href);
		expect(decodeURIComponent(url.pathname)).toBe('spiges@bfs.admin.ch');
		const body = decodeURIComponent(url.searchParams.get('body') ?? '');
		expect(body).toContain('Beatrice Aebischer');
		expect(body).toContain('Kantonale Superuserin');
		expect(body).toContain('Freiburg');
		expect(body).toContain('2199249');
		expect(body).toContain('beatrice.aebischer@fr.ch');
		await options.close();
		await popup.close();
	});
});
