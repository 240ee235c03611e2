import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import type {ChromiumSession} from './support/chromium';
import {choose, expectStep, launcher, marked, panel, panelState} from './support/overlay';
import {PORTAL_HOME} from './support/paths';
import {startResendAtHome} from './support/portal-steps';

describe('a guide when the portal misbehaves, and with the keyboard', () => {
	let session: ChromiumSession;
	test.beforeAll(({session: launched}) => {
		session = launched;
	});

	test('a target that disappears turns the step lost with a description; putting it back resumes', async ({page}) => {
		await startResendAtHome(page, 'de');

		await page.evaluate(() => {
			const element = document.querySelector('[data-eiam-assist-target]');
			if (!element?.parentNode) throw new Error('no target');
			const holder = window as unknown as {removedTarget: {element: Element; parent: Node; next: Node | null}};
			holder.removedTarget = {element, parent: element.parentNode, next: element.nextSibling};
			element.remove();
		});
		await expect.poll(() => panel(page).getAttribute('data-status'), {timeout: 10_000}).toBe('lost');
		const text = (await panel(page).textContent()) ?? '';
		expect(text).toContain('«Benutzermanagement»');
		expect(text).toContain('Navigationsleiste');
		expect(await page.locator('#eiam-assist-root [data-eiam-assist-retry]').count()).toBe(1);
		expect(await page.locator('#eiam-assist-root [data-eiam-assist-skip]').count()).toBe(1);
		expect(await page.locator('#eiam-assist-root [data-eiam-assist-cancel]').count()).toBe(1);
		expect(await marked(page).count()).toBe(0);

		await page.evaluate(() => {
			const {element, parent, next} = (
				window as unknown as {removedTarget: {element: Element; parent: Node; next: Node | null}}
			).removedTarget;
			parent.insertBefore(element, next);
		});
		await expectStep(page, 'resend-code', 'open-user-management');
	});

	test('a slow portal keeps the step waiting, not lost, until the page renders', async ({page}) => {
		await startResendAtHome(page, 'fr', '&delay=1500');
		await marked(page).click();
		await expectStep(page, 'resend-code', 'open-delegated-management');
		await marked(page).click();
		// The unit page takes 1.5 s to render its table: the guide waits for it, without calling it lost.
		await expect.poll(async () => (await panelState(page))?.status).toBe('waiting');
		const seen = new Set<string>();
		const stepSeen = async (): Promise<string | null | undefined> => {
			const state = await panelState(page);
			seen.add(state?.status ?? '');
			return state?.step;
		};
		await expect.poll(stepSeen, {timeout: 15_000}).toBe('pick-unit');
		expect(seen.has('lost')).toBe(false);
		await expectStep(page, 'resend-code', 'pick-unit');
	});

	test('Escape closes the guide list; Escape in the panel asks before cancelling; cancelling removes the mark', async ({
		page,
	}) => {
		await page.goto(`${PORTAL_HOME}?lang=it&reset=1`);
		// The overlay is drawn a message's round trip after each change (the background builds it): the test looks
		// until it is, as a user does.
		await launcher(page).click();
		await expect.poll(() => launcher(page).getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Escape');
		await expect.poll(() => launcher(page).getAttribute('aria-expanded')).toBe('false');

		// The guide list is reachable and usable with the keyboard alone.
		await launcher(page).focus();
		await page.keyboard.press('Enter');
		await page.locator('#eiam-assist-root [data-eiam-assist-start]').first().waitFor();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => panel(page).getAttribute('data-guide')).toBe('resend-code');
		await page.keyboard.press('Enter'); // the first choice has the focus
		await expectStep(page, 'resend-code', 'open-user-management');

		await panel(page).focus();
		await page.keyboard.press('Escape');
		await page.locator('#eiam-assist-root [data-eiam-assist-cancel-confirm]').click();
		await expect.poll(() => panel(page).count()).toBe(0);
		expect(await marked(page).count()).toBe(0);
		// Cancelled means cancelled: a reload does not bring it back.
		await page.reload();
		await launcher(page).waitFor();
		expect(await panel(page).count()).toBe(0);
	});

	test('a guide goes on when the browser stops the service worker mid-guide, and resumes after a reload (#13)', async ({
		page,
	}) => {
		await startResendAtHome(page, 'de');
		await marked(page).click();
		await expectStep(page, 'resend-code', 'open-delegated-management');

		// What Chromium does to an idle extension after 30 s, now: the extension's service worker is stopped.
		const browserCdp = await session.context.browser()!.newBrowserCDPSession();
		const {targetInfos} = await browserCdp.send('Target.getTargets');
		const worker = targetInfos.find(
			({type, url}) => type === 'service_worker' && url.startsWith(`chrome-extension://${session.extensionId}/`),
		);
		expect(worker).toBeDefined();
		await browserCdp.send('Target.closeTarget', {targetId: worker!.targetId});
		await expect
			.poll(async () =>
				(await browserCdp.send('Target.getTargets')).targetInfos.some(
					({targetId}) => targetId === worker!.targetId,
				),
			)
			.toBe(false);
		await browserCdp.detach();

		await marked(page).click();
		await expectStep(page, 'resend-code', 'pick-unit');
		// The step was saved through the restarted worker: a reload resumes there, nothing to start again.
		await page.reload();
		await expectStep(page, 'resend-code', 'pick-unit');
	});

	test('a round-trip through the CH-LOGIN sign-in page resumes the guide at the same step', async ({page}) => {
		await startResendAtHome(page, 'de');
		await marked(page).click();
		await expectStep(page, 'resend-code', 'open-delegated-management');
		await marked(page).click();
		await expectStep(page, 'resend-code', 'pick-unit');
		const unitsUrl = new URL(page.url());

		// The portal's session expired: CH-LOGIN asks to sign in again, then returns to where the user was.
		await page.goto(`${unitsUrl.origin}/portal/login?return=${encodeURIComponent(unitsUrl.pathname)}`);
		expect(await page.locator('#eiam-assist-root').count()).toBe(0);
		await page.locator('button[type="submit"]').click();
		await page.waitForURL((url) => url.pathname === unitsUrl.pathname);
		await expectStep(page, 'resend-code', 'pick-unit');
	});

	test('the keyboard shortcut’s message opens the launcher, or focuses the panel of a running guide', async ({
		page,
	}) => {
		await page.goto(`${PORTAL_HOME}?lang=de&reset=1`);
		await launcher(page).waitFor();
		// Alt+Shift+E reaches the background as a manifest command, which sends `cs:toggle-launcher` to the active
		// tab. Headless Chromium cannot press extension shortcuts, so the test sends that message the same way.
		const extensionPage = await session.newPage();
		await extensionPage.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
		const toggle = `chrome.tabs.query({}).then((tabs) => Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id, {type: 'cs:toggle-launcher'}).catch(() => null))))`;
		await extensionPage.evaluate(toggle);
		await expect.poll(() => launcher(page).getAttribute('aria-expanded')).toBe('true');
		expect(
			await page.evaluate(() =>
				document
					.getElementById('eiam-assist-root')
					?.shadowRoot?.activeElement?.hasAttribute('data-eiam-assist-launcher'),
			),
		).toBe(true);

		await page.locator('#eiam-assist-root [data-eiam-assist-start="resend-code"]').click();
		await choose(page, 'code-expired');
		await expectStep(page, 'resend-code', 'open-user-management');
		await page.locator('body').click({position: {x: 5, y: 400}});
		await extensionPage.evaluate(toggle);
		await expect
			.poll(() =>
				page.evaluate(() =>
					document
						.getElementById('eiam-assist-root')
						?.shadowRoot?.activeElement?.hasAttribute('data-eiam-assist-panel'),
				),
			)
			.toBe(true);
		await extensionPage.close();
	});
});
