import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {LANGS} from '../replica/src/i18n/lang';
import {expectStep, marked, panel} from './support/overlay';
import {
	clickMarked,
	clickRowInMarkedTable,
	confirmationStart,
	pageText,
	startResendAtHome,
} from './support/portal-steps';

describe('resend-code: the full path from the home page to the confirmation', () => {
	test.for(LANGS)('in %s, the guide follows the user step by step', async (lang, {page}) => {
		await startResendAtHome(page, lang);

		await clickMarked(page, 'resend-code', 'open-user-management', label(lang, 'home', 'topTabUserManagement'));
		await clickMarked(
			page,
			'resend-code',
			'open-delegated-management',
			label(lang, 'home', 'userManagementMenuDelegated'),
		);
		await clickRowInMarkedTable(page, 'resend-code', 'pick-unit', label(lang, 'unitSelection', 'statusActive'));
		await clickMarked(page, 'resend-code', 'unit-continue', label(lang, 'unitSelection', 'continueButton'));
		await clickRowInMarkedTable(page, 'resend-code', 'pick-user', FIXTURE_IDS.pending);
		await clickMarked(page, 'resend-code', 'user-continue', label(lang, 'userSelection', 'continueButton'));
		await clickMarked(page, 'resend-code', 'permissions-continue', label(lang, 'permissions', 'continueButton'));

		// The justification step marks the textarea; a full reload resumes exactly there.
		await expectStep(page, 'resend-code', 'type-justification');
		expect(await marked(page).evaluate((element) => element.tagName)).toBe('TEXTAREA');
		await page.reload();
		await expectStep(page, 'resend-code', 'type-justification');

		// A template fills the field with real input events: the portal's button enables and the guide moves on.
		const template = page.locator('#eiam-assist-root [data-eiam-assist-template]').first();
		const templateText = ((await template.textContent()) ?? '').trim();
		expect(templateText).not.toBe('');
		await template.click();
		expect(await page.locator('textarea').first().inputValue()).toBe(templateText);
		await clickMarked(
			page,
			'resend-code',
			'start-onboarding',
			label(lang, 'overview', 'startOnboardingManuallyButton'),
		);
		await clickMarked(page, 'resend-code', 'send-code', label(lang, 'completed', 'sendOnboardingCodeButton'));

		await expect.poll(() => panel(page).getAttribute('data-status')).toBe('done');
		expect(await marked(page).count()).toBe(0);
		expect(await pageText(page)).toContain(confirmationStart('codeSent', lang));
	});

	test('typing by hand (real keystrokes) is enough for the justification step', async ({page}) => {
		await startResendAtHome(page, 'de');
		await clickMarked(page, 'resend-code', 'open-user-management', 'Benutzermanagement');
		await clickMarked(page, 'resend-code', 'open-delegated-management', 'Delegiertes Management');
		await clickRowInMarkedTable(page, 'resend-code', 'pick-unit', 'Aktiv');
		await clickMarked(page, 'resend-code', 'unit-continue', 'Weiter');
		await clickRowInMarkedTable(page, 'resend-code', 'pick-user', FIXTURE_IDS.pending);
		await clickMarked(page, 'resend-code', 'user-continue', 'Weiter');
		await clickMarked(page, 'resend-code', 'permissions-continue', 'Weiter');
		await expectStep(page, 'resend-code', 'type-justification');
		await marked(page).pressSequentially('C');
		// Done on input, not on blur: the next step appears while the field still has the focus.
		await expectStep(page, 'resend-code', 'start-onboarding');
		// Going back in the portal brings the guide back to the right step.
		await page.goBack();
		await expectStep(page, 'resend-code', 'permissions-continue');
	});
});
