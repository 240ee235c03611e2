import {describe, expect} from 'vitest';
import type {Page} from 'playwright-core';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {expectStep, marked, markedText, panel, startGuide} from './support/overlay';
import {PORTAL_HOME} from './support/paths';
import {confirmationStart, pageText} from './support/portal-steps';
import {cell, userRow} from './support/replica-locators';
import {REPLICA_NAMES} from './support/replicas';

// grant-role (issue #16) on both replicas, walked from the home page by clicking only what the guide marks (and the
// rows and options the user picks): Anna Müller (onboarding completed, `KT_Superuser` on her profile) gets another
// business role; the guide explains the roles, warns when the chosen role's category differs from the profile's, and
// ends with the notification e-mail, never with a new onboarding.

const warning = (page: Page) => page.locator('#eiam-assist-root [data-eiam-assist-warning="other-category"]');
const chosenRole = (page: Page) => page.locator('#eiam-assist-root [data-eiam-assist-chosen-role]');
const option = (page: Page, role: string) => page.getByRole('option', {name: role, exact: true});

describe.for(REPLICA_NAMES)('grant-role on the %s replica', (replica) => {
	test.override({replica});

	test('DE: a completed person gets a KT_ role; warned first about an SP_ role; ends on the notification e-mail', async ({
		page,
	}) => {
		await page.goto(`${PORTAL_HOME}?lang=de&reset=1`);
		await startGuide(page, 'grant-role');
		await expectStep(page, 'grant-role', 'open-user-management');
		await marked(page).click();
		await expectStep(page, 'grant-role', 'open-delegated-management');
		await marked(page).click();
		await expectStep(page, 'grant-role', 'pick-unit');
		const active = label('de', 'unitSelection', 'statusActive');
		await cell(
			marked(page)
				.getByRole('row')
				.filter({has: cell(page, active)})
				.first(),
			active,
		).click();
		await expectStep(page, 'grant-role', 'unit-continue');
		await marked(page).click();
		// Started without a person, it points at the user table; the user picks the row.
		await expectStep(page, 'grant-role', 'pick-user');
		await cell(userRow(page, FIXTURE_IDS.active), FIXTURE_IDS.active).click();
		await expectStep(page, 'grant-role', 'user-continue');
		expect(await markedText(page)).toBe(label('de', 'userSelection', 'continueButton'));
		await marked(page).click();

		// The business-role list is marked; the panel explains the roles in the UI language.
		await expectStep(page, 'grant-role', 'choose-role');
		expect(await marked(page).getAttribute('role')).toBe('listbox');
		// Every role explained is folded away behind its toggle; unfolded, it stays open while the step runs.
		const explained = panel(page).locator('[data-eiam-assist-roles-toggle]');
		expect(await explained.getAttribute('aria-expanded')).toBe('false');
		await explained.click();
		await expect.poll(() => panel(page).locator('.roles-explained dt').allTextContents()).toContain('KT_User');
		expect(await explained.getAttribute('aria-expanded')).toBe('true');
		expect(await warning(page).count()).toBe(0);

		// A hospital role on a profile holding a canton role: the handbook's rule, with the way out.
		await option(page, 'SP_User_Standort').click();
		await expectStep(page, 'grant-role', 'grant');
		await expect.poll(() => warning(page).count()).toBe(1);
		const warned = (await warning(page).textContent()) ?? '';
		expect(warned).toContain('SP_User_Standort');
		expect(warned).toContain('Spitäler');
		expect(warned).toContain('Kantone');
		expect(warned).toContain(label('de', 'permissions', 'addProfileButton'));
		expect(await warning(page).getAttribute('role')).toBe('alert');

		// A canton role instead: no warning, the panel names it and says what it is for.
		await option(page, 'KT_User').click();
		await expect.poll(() => chosenRole(page).getAttribute('data-eiam-assist-chosen-role')).toBe('KT_User');
		expect(await warning(page).count()).toBe(0);
		expect(await chosenRole(page).textContent()).toContain('vom KT_Superuser delegierten Aufgaben');
		await expectStep(page, 'grant-role', 'grant');
		expect(await markedText(page)).toBe(label('de', 'permissions', 'grantButton'));
		await marked(page).click();

		// Granted: the role list clears its choice, the guide goes on to «Weiter».
		await expectStep(page, 'grant-role', 'permissions-continue');
		expect(await pageText(page)).toContain('Über Geschäftsrolle KT_User');
		await marked(page).click();

		// Overview: role-change templates, then the notification e-mail (never «Onboarding manuell starten»).
		await expectStep(page, 'grant-role', 'type-justification');
		const templates = page.locator('#eiam-assist-root [data-eiam-assist-template]');
		expect(await templates.first().getAttribute('data-eiam-assist-template')).toBe('de-role-change-1');
		await templates.first().click();
		await expectStep(page, 'grant-role', 'send-notification');
		expect(await markedText(page)).toBe(label('de', 'overview', 'sendNotificationEmailButton'));
		await marked(page).click();

		await expect.poll(() => panel(page).getAttribute('data-status'), {timeout: 15_000}).toBe('done');
		expect(await pageText(page)).toContain(confirmationStart('notificationSent', 'de'));
		expect(await marked(page).count()).toBe(0);
	});
});
