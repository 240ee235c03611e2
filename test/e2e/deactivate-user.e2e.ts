import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {expectDone, expectStep, marked, markedText, panel, startGuide} from './support/overlay';
import {PORTAL_HOME} from './support/paths';
import {openPermissionsOf, openUserList, userRow} from './support/portal-steps';
import {cell, isSelected} from './support/replica-locators';
import {REPLICA_NAMES} from './support/replicas';

describe.for(REPLICA_NAMES)('deactivate-user on the %s replica', (replica) => {
	test.override({replica});

	test('from the user list it deactivates the user, pointing precisely at «Benutzer deaktivieren»', async ({
		page,
	}) => {
		await openUserList(page, 'de');
		await startGuide(page, 'deactivate-user');
		// On the user list the guide knows it is about the user: no question.
		await expectStep(page, 'deactivate-user', 'open-row-menu');
		// Started without a person, it points at the table; the user opens the arrow menu of the row they want.
		await userRow(page, FIXTURE_IDS.active).locator('[aria-haspopup="true"]').click();

		await expectStep(page, 'deactivate-user', 'deactivate-user');
		expect(await markedText(page)).toContain(label('de', 'userSelection', 'menuDeactivateUser'));
		// The irreversible item sits right above; the step warns about it and does not mark it.
		const above = await marked(page).evaluate((element) => element.previousElementSibling?.textContent ?? '');
		expect(above).toContain(label('de', 'userSelection', 'menuDeleteArchiveUser'));
		expect(await panel(page).textContent()).toContain('endgültig');
		await marked(page).click();

		await expectDone(page);
		await expect
			.poll(() => userRow(page, FIXTURE_IDS.active).textContent())
			.toContain(label('de', 'userSelection', 'userStatusInactive'));
	});

	test('the user’s own path (IT): the selected row’s arrow, then «deactivate», never «delete/archive»', async ({
		page,
	}) => {
		await openUserList(page, 'it');
		await startGuide(page, 'deactivate-user');
		await expectStep(page, 'deactivate-user', 'open-row-menu');
		const row = userRow(page, FIXTURE_IDS.active);
		await cell(row, FIXTURE_IDS.active).click();
		await expect.poll(() => isSelected(row)).toBe(true);
		// The ring moves from the list to that row's arrow.
		await expect
			.poll(() => marked(page).evaluate((element) => element.closest('tr')?.textContent ?? ''))
			.toContain(FIXTURE_IDS.active);
		await expectStep(page, 'deactivate-user', 'open-row-menu');
		expect(await marked(page).getAttribute('aria-haspopup')).toBe('true');
		await marked(page).click();

		await expectStep(page, 'deactivate-user', 'deactivate-user');
		expect(await markedText(page)).toContain(label('it', 'userSelection', 'menuDeactivateUser'));
		expect(await markedText(page)).not.toContain(label('it', 'userSelection', 'menuDeleteArchiveUser'));
		await marked(page).click();
		await expectDone(page);
		await expect
			.poll(() => userRow(page, FIXTURE_IDS.active).textContent())
			.toContain(label('it', 'userSelection', 'userStatusInactive'));
	});

	test('on the permissions page it deactivates the profile (FR)', async ({page}) => {
		await openUserList(page, 'fr');
		await openPermissionsOf(page, 'fr', FIXTURE_IDS.active);
		await startGuide(page, 'deactivate-user');
		await expectStep(page, 'deactivate-user', 'open-profile-menu');
		await marked(page).click();
		await expectStep(page, 'deactivate-user', 'deactivate-profile');
		expect(await markedText(page)).toContain(label('fr', 'permissions', 'profileMenuDeactivate'));
		const above = await marked(page).evaluate((element) => element.previousElementSibling?.textContent ?? '');
		expect(above).toContain(label('fr', 'permissions', 'profileMenuArchive'));
		await marked(page).click();
		await expectDone(page);
		expect(await marked(page).count()).toBe(0);
	});

	test('started on the home page it asks what to deactivate, then leads the way (IT)', async ({page}) => {
		await page.goto(`${PORTAL_HOME}?lang=it&reset=1`);
		await startGuide(page, 'deactivate-user');
		await expect.poll(() => panel(page).getAttribute('data-step')).toBe('choose-deactivate');
		expect(await page.locator('#eiam-assist-root [data-eiam-assist-choice]').count()).toBe(2);
		expect(await marked(page).count()).toBe(0);
		await page.locator('#eiam-assist-root [data-eiam-assist-choice="profile"]').click();
		await expectStep(page, 'deactivate-user', 'open-user-management');
		expect(await markedText(page)).toContain(label('it', 'home', 'topTabUserManagement'));
	});
});
