import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {LANGS} from '../replica/src/i18n/lang';
import {choose, expectDone, expectStep, marked, panel, startGuide} from './support/overlay';
import {
	clickMarked,
	clickRowInMarkedTable,
	confirmationStart,
	openPermissionsOf,
	openUserList,
	pageText,
	startResendAtHome,
} from './support/portal-steps';
import {REPLICA_NAMES} from './support/replicas';

describe.for(REPLICA_NAMES)('resend-code on the %s replica: from the home page to the confirmation', (replica) => {
	test.override({replica});

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

		await expectDone(page);
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

	test('started on the overview it picks up at the justification; with late alerts it waits for the click', async ({
		page,
	}) => {
		await openUserList(page, 'fr', '&alerts=late');
		await openPermissionsOf(page, 'fr', FIXTURE_IDS.pending);
		await page.getByRole('button', {name: label('fr', 'permissions', 'continueButton'), exact: true}).click();
		await page.getByRole('heading', {name: label('fr', 'overview', 'title'), exact: true}).waitFor();
		await startGuide(page, 'resend-code');
		await choose(page, 'code-expired');
		await expectStep(page, 'resend-code', 'type-justification');
		// The panel says where it picks up, in the user's language.
		const pickedUp = panel(page).locator('[data-eiam-assist-picked-up="type-justification"]');
		expect(await pickedUp.textContent()).toContain('étape 8');
		await page.locator('#eiam-assist-root [data-eiam-assist-template]').first().click();
		await clickMarked(
			page,
			'resend-code',
			'start-onboarding',
			label('fr', 'overview', 'startOnboardingManuallyButton'),
		);

		// The completed page's own success alert arrives after its buttons: it is not the confirmation.
		await expectStep(page, 'resend-code', 'send-code');
		await page.getByText(label('fr', 'completed', 'successText')).waitFor();
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
		expect(await panel(page).getAttribute('data-status')).toBe('active');
		expect(await panel(page).getAttribute('data-step')).toBe('send-code');

		await clickMarked(page, 'resend-code', 'send-code', label('fr', 'completed', 'sendOnboardingCodeButton'));
		await expectDone(page);
		expect(await pageText(page)).toContain(confirmationStart('codeSent', 'fr'));
	});
});
