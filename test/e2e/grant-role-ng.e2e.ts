import {describe, expect} from 'vitest';
import type {Page} from 'playwright-core';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {expectStep, marked, markedText, panel, startGuide} from './support/overlay';
import {PORTAL_HOME} from './support/paths';
import {confirmationStart, pageText} from './support/portal-steps';
import {REPLICAS} from './support/replicas';
import {userRow} from './support/replica-locators';

// grant-role (issue #16) on the Angular/PrimeNG replica, walked from the home page by clicking only what the guide
// marks (and the rows and options the user picks): the same contract as on the classic replica.
test.override('respond', {scope: 'file'}, () => REPLICAS.ng);

const warning = (page: Page) => page.locator('#eiam-assist-root [data-eiam-assist-warning="other-category"]');
const chosenRole = (page: Page) => page.locator('#eiam-assist-root [data-eiam-assist-chosen-role]');

describe('grant-role on the Angular replica', () => {
	test('DE: warned about an SP_ role on a KT_ profile, then a KT_ role and the notification e-mail', async ({
		page,
	}) => {
		await page.setViewportSize({width: 1400, height: 900});
		await page.goto(`${PORTAL_HOME}?lang=de&reset=1`);
		// The Angular app answers, not the classic replica.
		await page.locator('[ng-version]').first().waitFor();
		await startGuide(page, 'grant-role');
		await expectStep(page, 'grant-role', 'open-user-management');
		await marked(page).click();
		await expectStep(page, 'grant-role', 'open-delegated-management');
		await marked(page).click();
		await expectStep(page, 'grant-role', 'pick-unit');
		await marked(page)
			.getByRole('row')
			.filter({hasText: label('de', 'unitSelection', 'statusActive')})
			.first()
			.click();
		await expectStep(page, 'grant-role', 'unit-continue');
		await marked(page).click();
		await expectStep(page, 'grant-role', 'pick-user');
		await userRow(page, FIXTURE_IDS.active).getByRole('cell', {name: FIXTURE_IDS.active, exact: true}).click();
		await expectStep(page, 'grant-role', 'user-continue');
		await marked(page).click();

		await expectStep(page, 'grant-role', 'choose-role');
		expect(await marked(page).getAttribute('role')).toBe('listbox');
		await page.getByRole('option', {name: 'SP_User_Standort', exact: true}).click();
		await expect.poll(() => warning(page).count()).toBe(1);
		expect(await warning(page).textContent()).toContain(label('de', 'permissions', 'addProfileButton'));

		await page.getByRole('option', {name: 'KT_User', exact: true}).click();
		await expect.poll(() => chosenRole(page).getAttribute('data-eiam-assist-chosen-role')).toBe('KT_User');
		expect(await warning(page).count()).toBe(0);
		await expectStep(page, 'grant-role', 'grant');
		expect(await markedText(page)).toBe(label('de', 'permissions', 'grantButton'));
		await marked(page).click();
		await expectStep(page, 'grant-role', 'permissions-continue');
		await marked(page).click();

		await expectStep(page, 'grant-role', 'type-justification');
		await page.locator('#eiam-assist-root [data-eiam-assist-template]').first().click();
		await expectStep(page, 'grant-role', 'send-notification');
		expect(await markedText(page)).toBe(label('de', 'overview', 'sendNotificationEmailButton'));
		await marked(page).click();
		await expect.poll(() => panel(page).getAttribute('data-status'), {timeout: 15_000}).toBe('done');
		expect(await pageText(page)).toContain(confirmationStart('notificationSent', 'de'));
	});
});
