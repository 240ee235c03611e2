import {describe, expect} from 'vitest';
import {firefoxTest as test} from './support/fixtures';
import {PORTAL, PORTAL_HOME} from './support/paths';
import {label} from '../replica/src/i18n/labels';

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

	test('the diagnostics report reads the page with the extras script the background injects on demand (#14)', async ({
		firefox,
	}) => {
		const page = await firefox.newPage();
		await page.goto(`${PORTAL_HOME}?lang=en&reset=1`);
		const inOverlay = (css: string): Promise<boolean> =>
			page.evaluate((selector) => {
				const element = document.getElementById('eiam-assist-root')?.shadowRoot?.querySelector(selector);
				if (!(element instanceof HTMLElement)) return false;
				element.click();
				return true;
			}, css);
		// Each click once the background's tree for the previous one is drawn.
		for (const css of [
			'[data-eiam-assist-launcher]',
			'[data-eiam-assist-start="resend-code"]',
			'[data-eiam-assist-choice="code-expired"]',
			'[data-eiam-assist-panel] [data-eiam-assist-menu]',
			'[data-eiam-assist-panel] [data-eiam-assist-diagnostics]',
		])
			await expect.poll(() => inOverlay(css), {timeout: 15_000}).toBe(true);
		const report = (): Promise<string> =>
			page.evaluate(() => {
				const field = document
					.getElementById('eiam-assist-root')
					?.shadowRoot?.querySelector('textarea[data-eiam-assist-diagnostics-report]');
				return field instanceof HTMLTextAreaElement ? field.value : '';
			});
		await expect.poll(report, {timeout: 15_000}).toContain('page: home');
		// The page's outline comes only from the extras script (src/content/extras.ts).
		expect(await report()).toContain(`- button "${label('en', 'home', 'topTabUserManagement')}"`);
		// Its hand-over stays in the extension's sandbox: the page never sees it.
		expect(await page.evaluate(() => 'eiamAssistExtras' in globalThis)).toBe(false);
		await page.close();
	});

	test('the popup page renders', async ({firefox}) => {
		const popup = await firefox.openExtensionPage('src/popup/index.html');
		await expect
			.poll(() => popup.evaluate<boolean>(`document.querySelector('[data-eiam-assist-popup]') !== null`))
			.toBe(true);
	});
});
