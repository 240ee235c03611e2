import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {launchFirefox, type FirefoxSession} from './support/firefox';
import {PORTAL, PORTAL_HOME} from './support/paths';

async function hasOverlayRoot(session: FirefoxSession, url: string, settleMs: number): Promise<boolean> {
	const page = await session.newPage();
	await page.goto(url);
	if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
	const found = await page
		.waitForSelector('#eiam-assist-root', {timeout: settleMs > 0 ? 100 : 10_000})
		.then(() => true)
		.catch(() => false);
	await page.close();
	return found;
}

describe('the extension in Firefox', () => {
	let session: FirefoxSession;
	beforeAll(async () => {
		session = await launchFirefox();
	});
	afterAll(async () => {
		await session.close();
	});

	test('mounts its overlay root on a portal page', async () => {
		expect(await hasOverlayRoot(session, PORTAL_HOME, 0)).toBe(true);
	});

	test.each([`${PORTAL}/portal/selfadminservice/app/onboarding`, 'https://example.org/'])(
		'stays out of %s',
		async (url) => {
			expect(await hasOverlayRoot(session, url, 1000)).toBe(false);
		},
	);

	test('the popup page renders', async () => {
		const popup = await session.openExtensionPage('src/popup/index.html');
		await expect
			.poll(() => popup.evaluate<boolean>(`document.querySelector('[data-eiam-assist-popup]') !== null`))
			.toBe(true);
	});

	test('no request leaves for anywhere but the portal', () => {
		const outside = session.requests.filter((url) => {
			const {protocol, origin} = new URL(url);
			// The browser's own favicon probe is not the extension's doing.
			if (new URL(url).pathname === '/favicon.ico') return false;
			return (
				origin !== PORTAL &&
				url !== 'https://example.org/' &&
				!['moz-extension:', 'data:', 'about:'].includes(protocol)
			);
		});
		expect(session.requests.some((url) => url.startsWith(PORTAL))).toBe(true);
		expect(outside).toEqual([]);
	});
});
