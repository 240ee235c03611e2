import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS, buildUsers} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import type {Lang} from '../replica/src/i18n/lang';
import {choose, expectDone, expectStep, marked, markedText, panel, startGuide} from './support/overlay';
import {clickMarked, confirmationStart, openUserList, pageText, userRow} from './support/portal-steps';
import {cell, isSelected, paginatorPage} from './support/replica-locators';
import {REPLICA_NAMES} from './support/replicas';

const cases: readonly [Lang, 'new-code' | 'reminder', string][] = [
	['de', 'new-code', ''],
	['fr', 'reminder', ''],
	['it', 'new-code', '&menus=body'],
	['en', 'reminder', '&menus=body'],
];

const helperOf = (extId: string): string => `#eiam-assist-root [data-eiam-assist-row-action="${extId}"]`;

describe.for(REPLICA_NAMES)('resend-from-list on the %s replica', (replica) => {
	test.override({replica});
	// The Angular replica renders its row menus appended to body only (its inline menus are not reliable).
	const menusOf = (query: string): string => (replica === 'ng' ? '' : query);

	test.for(cases)('in %s, sending a %s from the row helper (%s)', async ([lang, send, query], {page}) => {
		await openUserList(page, lang, menusOf(query));
		// Only users whose onboarding is pending get the helper.
		const helper = page.locator(helperOf(FIXTURE_IDS.pending));
		await helper.waitFor();
		expect(await page.locator(helperOf(FIXTURE_IDS.active)).count()).toBe(0);
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

		await expectDone(page);
		expect(await marked(page).count()).toBe(0);
		expect(await pageText(page)).toContain(
			confirmationStart(send === 'new-code' ? 'newCodeSent' : 'reminderSent', lang),
		);
	});

	test('the user’s own path: the selected row is the person, its arrow is marked, another row moves it', async ({
		page,
	}) => {
		await openUserList(page, 'de');
		await startGuide(page, 'resend-from-list');
		await choose(page, 'new-code');
		// Nobody selected: the guide points at the list.
		await expectStep(page, 'resend-from-list', 'open-row-menu');
		expect(await marked(page).evaluate((element) => element.querySelector('tbody') !== null)).toBe(true);

		// The handbook: select the user profile, then click the arrow next to the pencil.
		const other = userRow(page, FIXTURE_IDS.active);
		await cell(other, FIXTURE_IDS.active).click();
		await expect.poll(() => isSelected(other)).toBe(true);
		await expect
			.poll(() => marked(page).evaluate((element) => element.closest('tr')?.textContent ?? ''))
			.toContain(FIXTURE_IDS.active);
		const pending = userRow(page, FIXTURE_IDS.pending);
		await cell(pending, FIXTURE_IDS.pending).click();
		await expect
			.poll(() => marked(page).evaluate((element) => element.closest('tr')?.textContent ?? ''))
			.toContain(FIXTURE_IDS.pending);
		await expectStep(page, 'resend-from-list', 'open-row-menu');
		expect(await marked(page).getAttribute('aria-haspopup')).toBe('true');
		await marked(page).click();

		// The item of that person's menu, wherever the portal renders it.
		await clickMarked(
			page,
			'resend-from-list',
			'send-new-code',
			label('de', 'userSelection', 'menuSendNewOnboardingCode'),
		);
		await expectDone(page);
		expect(await pageText(page)).toContain(confirmationStart('newCodeSent', 'de'));
	});

	test('closing the menu without choosing brings the guide back to the arrow', async ({page}) => {
		await openUserList(page, 'de');
		await page.locator(helperOf(FIXTURE_IDS.pending)).click();
		await choose(page, 'new-code');
		await clickMarked(page, 'resend-from-list', 'open-row-menu', '');
		await expectStep(page, 'resend-from-list', 'send-new-code');
		await page.keyboard.press('Escape');
		await expectStep(page, 'resend-from-list', 'open-row-menu');
	});

	test('the row helpers come back as soon as a guide is cancelled', async ({page}) => {
		await openUserList(page, 'de');
		await page.locator(helperOf(FIXTURE_IDS.pending)).click();
		await choose(page, 'new-code');
		await expectStep(page, 'resend-from-list', 'open-row-menu');
		expect(await page.locator(helperOf(FIXTURE_IDS.pending)).count()).toBe(0);
		await page.locator('#eiam-assist-root [data-eiam-assist-cancel]').click();
		await page.locator('#eiam-assist-root [data-eiam-assist-cancel-confirm]').click();
		await expect.poll(() => panel(page).count()).toBe(0);
		// Without scrolling or any change of the page.
		await page.locator(helperOf(FIXTURE_IDS.pending)).waitFor({timeout: 3_000});
	});

	test('the row helpers follow the list: a pending person on page 2 gets one once page 2 is shown', async ({
		page,
	}) => {
		const second = buildUsers({count: 30})[15]?.extId ?? '';
		await openUserList(page, 'de', `&users=30&pending=${second}`);
		const helper = page.locator(helperOf(second));
		await page.locator(helperOf(FIXTURE_IDS.pending)).waitFor();
		expect(await helper.count()).toBe(0);
		await paginatorPage(page, 2).click();
		await helper.waitFor();
		expect(await page.locator(helperOf(FIXTURE_IDS.pending)).count()).toBe(0);
	});
});
