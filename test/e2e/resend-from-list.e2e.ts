import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS, buildUsers} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import type {Lang} from '../replica/src/i18n/lang';
import type {ChromiumSession} from './support/chromium';
import {choose, expectStep, marked, markedText, panel} from './support/overlay';
import {clickMarked, confirmationStart, openUserList, pageText} from './support/portal-steps';

const cases: readonly [Lang, 'new-code' | 'reminder', string][] = [
	['de', 'new-code', ''],
	['fr', 'reminder', ''],
	['it', 'new-code', '&menus=body'],
	['en', 'reminder', '&menus=body'],
];

describe('resend-from-list: the quick path from a pending user in the list', () => {
	let session: ChromiumSession;
	test.beforeAll(({session: launched}) => {
		session = launched;
	});

	test.for(cases)('in %s, sending a %s from the row helper (%s)', async ([lang, send, query], {page}) => {
		await openUserList(page, lang, query);
		// Only users whose onboarding is pending get the helper.
		const helper = page.locator(`#eiam-assist-root [data-eiam-assist-row-action="${FIXTURE_IDS.pending}"]`);
		await helper.waitFor();
		expect(
			await page.locator(`#eiam-assist-root [data-eiam-assist-row-action="${FIXTURE_IDS.active}"]`).count(),
		).toBe(0);
		await helper.click();
		await choose(page, send);

		await expectStep(page, 'resend-from-list', 'open-row-menu');
		// The arrow of that person's row, not any other.
		expect(await marked(page).evaluate((element) => element.closest('tr')?.textContent ?? '')).toContain(
			FIXTURE_IDS.pending,
		);
		await marked(page).click();

		const step = send === 'new-code' ? 'send-new-code' : 'send-reminder';
		const item = send === 'new-code' ? 'menuSendNewOnboardingCode' : 'menuSendOnboardingReminder';
		await expectStep(page, 'resend-from-list', step);
		expect(await markedText(page)).toContain(label(lang, 'userSelection', item));
		await marked(page).click();

		await expect.poll(() => panel(page).getAttribute('data-status')).toBe('done');
		expect(await marked(page).count()).toBe(0);
		expect(await pageText(page)).toContain(
			confirmationStart(send === 'new-code' ? 'newCodeSent' : 'reminderSent', lang),
		);
	});

	test('closing the menu without choosing brings the guide back to the arrow', async ({page}) => {
		await openUserList(page, 'de');
		await page.locator(`#eiam-assist-root [data-eiam-assist-row-action="${FIXTURE_IDS.pending}"]`).click();
		await choose(page, 'new-code');
		await clickMarked(page, 'resend-from-list', 'open-row-menu', '');
		await expectStep(page, 'resend-from-list', 'send-new-code');
		await page.keyboard.press('Escape');
		await expectStep(page, 'resend-from-list', 'open-row-menu');
	});

	test('the row helpers follow the list: a pending person on page 2 gets one once page 2 is shown', async () => {
		const second = buildUsers({count: 30})[15]?.extId ?? '';
		const page = await session.newPage();
		await openUserList(page, 'de', `&users=30&pending=${second}`);
		const helper = page.locator(`#eiam-assist-root [data-eiam-assist-row-action="${second}"]`);
		await page.locator(`#eiam-assist-root [data-eiam-assist-row-action="${FIXTURE_IDS.pending}"]`).waitFor();
		expect(await helper.count()).toBe(0);
		await page.locator('a.ui-paginator-next').click();
		await helper.waitFor();
		expect(
			await page.locator(`#eiam-assist-root [data-eiam-assist-row-action="${FIXTURE_IDS.pending}"]`).count(),
		).toBe(0);
		await page.close();
	});
});
