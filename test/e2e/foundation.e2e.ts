import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {expectNoOverlayWithin} from './support/overlay';
import {PORTAL, PORTAL_HOME} from './support/paths';

describe('the extension in Chromium', () => {
	test('mounts its overlay root with an open shadow root on a portal page', async ({page}) => {
		await page.goto(PORTAL_HOME);
		const root = page.locator('#eiam-assist-root');
		await expect.poll(() => root.count()).toBe(1);
		expect(await page.evaluate(() => document.getElementById('eiam-assist-root')?.shadowRoot?.mode)).toBe('open');
	});

	test.for([`${PORTAL}/portal/selfadminservice/app/onboarding`, 'https://example.org/'])(
		'stays out of %s',
		async (url, {page}) => {
			await page.goto(url);
			await page.waitForLoadState('load');
			await expectNoOverlayWithin(page, 1000);
		},
	);

	test('the popup page renders', async ({page, session}) => {
		await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
		await expect.poll(() => page.locator('[data-eiam-assist-popup]').count()).toBe(1);
	});
});
