import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {expectStep, marked, markedText, panel} from './support/overlay';
import {confirmationStart, pageText} from './support/portal-steps';
import {REPLICAS} from './support/replicas';
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

// The same as teach-mode.e2e.ts on the Angular replica (PrimeNG buttons, Angular's event handling).
test.override('respond', {scope: 'file'}, () => REPLICAS.ng);

const inPanel = (selector: string): string => `#eiam-assist-root [data-eiam-assist-panel] ${selector}`;

describe('teach mode on the Angular replica', () => {
	test('the user teaches the renamed button without the portal reacting; the guide goes on and ends', async ({
		page,
	}) => {
		await resendUpToCompleted(page, 'fr');
		// The Angular replica answers (its root component carries Angular's version), not the classic one.
		expect(await page.locator('[ng-version]').count()).toBe(1);
		await expectStep(page, 'resend-code', 'send-code', 'lost');
		await page.locator(inPanel('[data-eiam-assist-teach]')).click();
		await expect.poll(() => panel(page).getAttribute('data-status')).toBe('teaching');
		const button = renamedButton(page, 'fr');
		await countPortalEvents(button);
		await clickAtCentreOf(page, button);

		await expectStep(page, 'resend-code', 'send-code');
		expect(await markedText(page)).toContain(RENAMED.fr);
		expect(await portalEvents(page)).toEqual({element: 0, document: 0});
		expect(await pageText(page)).not.toContain(confirmationStart('codeSent', 'fr'));
		await marked(page).click();
		await expectCodeSent(page, 'fr');
	});

	test('a new start and a reload find the taught control directly, never lost', async ({page}) => {
		await resendUpToCompleted(page, 'fr');
		await recordPanelStatuses(page);
		await expectStep(page, 'resend-code', 'send-code');
		await page.reload();
		await recordPanelStatuses(page);
		await expectStep(page, 'resend-code', 'send-code');
		expect(await markedText(page)).toContain(RENAMED.fr);
		await marked(page).click();
		await expectCodeSent(page, 'fr');
		expect(await statuses(page)).not.toContain('lost');
	});
});
