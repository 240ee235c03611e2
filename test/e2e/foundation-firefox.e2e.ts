import {describe, expect} from 'vitest';
import {firefoxTest as test} from './support/fixtures';
import {PORTAL, PORTAL_HOME} from './support/paths';

describe('the extension in Firefox', () => {
	test('mounts its overlay root on a portal page', async ({firefox}) => {
		const page = await firefox.newPage();
		await page.goto(PORTAL_HOME);
		await page.waitForSelector('#eiam-assist-root', {timeout: 10_000});
		await page.close();
	});

	test.for([`${PORTAL}/portal/selfadminservice/app/onboarding`, 'https://example.org/'])(
		'stays out of %s',
		async (url, {firefox}) => {
			const page = await firefox.newPage();
			await page.goto(url);
			// A deadline, not a sleep: it fails the moment the overlay root shows up (document_idle is long past).
			const appeared = await page.waitForSelector('#eiam-assist-root', {timeout: 1000}).then(
				() => true,
				() => false,
			);
			expect(appeared).toBe(false);
			await page.close();
		},
	);

	test('the popup page renders', async ({firefox}) => {
		const popup = await firefox.openExtensionPage('src/popup/index.html');
		await expect
			.poll(() => popup.evaluate<boolean>(`document.querySelector('[data-eiam-assist-popup]') !== null`))
			.toBe(true);
	});
});
