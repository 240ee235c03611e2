import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {launchChromium, unexpectedRequests, type ChromiumSession} from './support/chromium';
import {PORTAL, PORTAL_HOME} from './support/paths';

describe('the extension in Chromium', () => {
	let session: ChromiumSession;
	beforeAll(async () => {
		session = await launchChromium();
	});
	afterAll(async () => {
		await session.close();
	});

	test('mounts its overlay root with an open shadow root on a portal page', async () => {
		const page = await session.newPage();
		await page.goto(PORTAL_HOME);
		const root = page.locator('#eiam-assist-root');
		await expect.poll(() => root.count()).toBe(1);
		expect(await page.evaluate(() => document.getElementById('eiam-assist-root')?.shadowRoot?.mode)).toBe('open');
		await page.close();
	});

	test.each([`${PORTAL}/portal/selfadminservice/app/onboarding`, 'https://example.org/'])(
		'stays out of %s',
		async (url) => {
			const page = await session.newPage();
			await page.goto(url);
			await page.waitForLoadState('load');
			// The content script runs at document_idle; give it the same chance it had on the portal page.
			await page.waitForTimeout(500);
			expect(await page.locator('#eiam-assist-root').count()).toBe(0);
			await page.close();
		},
	);

	test('the popup page renders', async () => {
		const page = await session.newPage();
		await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
		await expect.poll(() => page.locator('[data-eiam-assist-popup]').count()).toBe(1);
		await page.close();
	});

	test('no request leaves for anywhere but the portal', () => {
		expect(session.requests.some((url) => url.startsWith(PORTAL))).toBe(true);
		expect(unexpectedRequests(session)).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});
