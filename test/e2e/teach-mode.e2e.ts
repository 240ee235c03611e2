import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {label} from '../replica/src/i18n/labels';
import type {Lang} from '../replica/src/i18n/lang';
import {expectStep, marked, markedText, panel} from './support/overlay';
import {confirmationStart, pageText} from './support/portal-steps';
import {
	RENAMED,
	clickAtCentreOf,
	countPortalEvents,
	expectCodeSent,
	portalEvents,
	recordPanelStatuses,
	renamedButton,
	resendUpToCompleted,
	statuses,
} from './support/teach';
import type {ReplicaName} from './support/replicas';

const inPanel = (selector: string): string => `#eiam-assist-root [data-eiam-assist-panel] ${selector}`;

// Each replica in another language, so that two of the renamed labels are taught. The tests of one replica build on
// each other: what the first teaches stays in that replica's browser (storage.local) for the next.
const RUNS: readonly {replica: ReplicaName; lang: Lang}[] = [
	{replica: 'classic', lang: 'de'},
	{replica: 'ng', lang: 'fr'},
];

describe.for(RUNS)(
	'teach mode on the $replica replica ($lang): a renamed control is shown once and found from then on',
	({replica, lang}) => {
		test.override({replica});

		test('the user teaches the renamed button; the portal never sees that click; the guide goes on and ends', async ({
			page,
		}) => {
			await resendUpToCompleted(page, lang);
			await expectStep(page, 'resend-code', 'send-code', 'lost');
			const button = renamedButton(page, lang);

			// The layer is styled from its first frame: its styles come with the extras script (issue #14), which
			// teach mode loads before it draws the layer. Read where it appears, before the browser paints.
			const catcherStyle = page.evaluate(
				() =>
					new Promise<string>((resolve) => {
						new MutationObserver((_, observer) => {
							const catcher = document
								.getElementById('eiam-assist-root')
								?.shadowRoot?.querySelector('[data-eiam-assist-teach-catcher]');
							if (!catcher) return;
							observer.disconnect();
							const style = getComputedStyle(catcher);
							resolve(`${style.position} ${style.cursor}`);
						}).observe(document.getElementById('eiam-assist-root')?.shadowRoot ?? document, {
							childList: true,
							subtree: true,
						});
					}),
			);
			await page.locator(inPanel('[data-eiam-assist-teach]')).click();
			await expect.poll(() => panel(page).getAttribute('data-status')).toBe('teaching');
			expect(await catcherStyle).toBe('fixed crosshair');

			// A pick that is not a control (the page title) gets a second chance, still teaching.
			await clickAtCentreOf(page, page.getByRole('heading', {name: label(lang, 'completed', 'title')}));
			await expect.poll(() => page.locator(inPanel('[data-eiam-assist-teach-retry]')).count()).toBe(1);
			expect(await panel(page).getAttribute('data-status')).toBe('teaching');

			// Escape leaves teach mode: back to lost, nothing learned.
			await page.keyboard.press('Escape');
			await expect.poll(() => panel(page).getAttribute('data-status')).toBe('lost');
			expect(await marked(page).count()).toBe(0);

			await page.locator(inPanel('[data-eiam-assist-teach]')).click();
			await expect.poll(() => panel(page).getAttribute('data-status')).toBe('teaching');
			// From here on, count what of the user's next click reaches the button and the portal's document.
			await countPortalEvents(button);
			await clickAtCentreOf(page, button);

			const target = await expectStep(page, 'resend-code', 'send-code');
			expect(await markedText(page)).toContain(RENAMED[lang]);
			expect(await target.evaluate((element) => element.tagName)).toBe('BUTTON');
			expect(await page.locator(inPanel('[data-eiam-assist-learned]')).count()).toBe(1);
			// The pick reached neither the button nor the portal's document listeners, and no code was sent.
			expect(await portalEvents(page)).toEqual({element: 0, document: 0});
			expect(await pageText(page)).not.toContain(confirmationStart('codeSent', lang));

			await marked(page).click();
			await expectCodeSent(page, lang);
		});

		test('after a new start and a reload the step finds the taught control directly, never lost', async ({
			page,
		}) => {
			// The previous test taught it in this browser (storage.local): a new start of the guide uses it.
			await resendUpToCompleted(page, lang);
			await recordPanelStatuses(page);
			await expectStep(page, 'resend-code', 'send-code');
			expect(await markedText(page)).toContain(RENAMED[lang]);

			await page.reload();
			await recordPanelStatuses(page);
			await expectStep(page, 'resend-code', 'send-code');
			expect(await markedText(page)).toContain(RENAMED[lang]);
			await marked(page).click();
			await expectCodeSent(page, lang);
			expect(await statuses(page)).not.toContain('lost');
		});

		test('a learned target that no longer matches is dropped: the built-in locator takes over and the panel says so', async ({
			page,
		}) => {
			// Taught for the renamed label; without the rename the portal shows its usual words again.
			await resendUpToCompleted(page, lang);
			await expectStep(page, 'resend-code', 'send-code');
			await page.goto(page.url().replace(/\?.*$/, '') + '?rename=');
			await expectStep(page, 'resend-code', 'send-code');
			expect(await markedText(page)).toContain(label(lang, 'completed', 'sendOnboardingCodeButton'));
			await expect.poll(() => page.locator(inPanel('[data-eiam-assist-learned-dropped]')).count()).toBe(1);
		});
	},
);
