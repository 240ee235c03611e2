import {describe, expect} from 'vitest';
import type {Page} from 'playwright-core';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {expectStep, marked, markedText, panel, startGuide} from './support/overlay';
import {confirmationStart, openPermissionsOf, openUserList, pageText} from './support/portal-steps';
import {REPLICA_NAMES} from './support/replicas';

// add-profile (issue #16) on both replicas: Anna Müller holds `KT_Superuser`; a hospital role belongs in a
// second profile. The guide leads from «Ajouter un nouveau profil» to the notification e-mail's confirmation.

const warning = (page: Page) => page.locator('#eiam-assist-root [data-eiam-assist-warning="other-category"]');
const chosenRole = (page: Page) => page.locator('#eiam-assist-root [data-eiam-assist-chosen-role]');

describe.for(REPLICA_NAMES)('add-profile on the %s replica', (replica) => {
	test.override({replica});

	test('FR: a second, empty profile takes the hospital role without a warning, then the notification e-mail', async ({
		page,
	}) => {
		await openUserList(page, 'fr');
		await openPermissionsOf(page, 'fr', FIXTURE_IDS.active);
		await startGuide(page, 'add-profile');

		await expectStep(page, 'add-profile', 'add-profile');
		expect(await markedText(page)).toBe(label('fr', 'permissions', 'addProfileButton'));
		await marked(page).click();

		// The new profile is selected and has no permissions: the guide goes on to the role list.
		await expectStep(page, 'add-profile', 'choose-role');
		expect(await marked(page).getAttribute('role')).toBe('listbox');
		expect(await pageText(page)).not.toContain("Par rôles d'entreprise KT_Superuser");
		await page.getByRole('option', {name: 'SP_User_Standort', exact: true}).click();
		await expect.poll(() => chosenRole(page).getAttribute('data-eiam-assist-chosen-role')).toBe('SP_User_Standort');
		// The panel explains the role in French; no category conflict on an empty profile.
		expect(await chosenRole(page).textContent()).toContain('site hospitalier');
		expect(await warning(page).count()).toBe(0);

		await expectStep(page, 'add-profile', 'grant');
		expect(await markedText(page)).toBe(label('fr', 'permissions', 'grantButton'));
		await marked(page).click();
		await expectStep(page, 'add-profile', 'permissions-continue');
		await marked(page).click();

		await expectStep(page, 'add-profile', 'type-justification');
		const templates = page.locator('#eiam-assist-root [data-eiam-assist-template]');
		expect(await templates.first().getAttribute('data-eiam-assist-template')).toBe('fr-role-change-1');
		await page.locator('#eiam-assist-root [data-eiam-assist-template="fr-role-change-3"]').click();
		await expectStep(page, 'add-profile', 'send-notification');
		expect(await markedText(page)).toBe(label('fr', 'overview', 'sendNotificationEmailButton'));
		await marked(page).click();

		await expect.poll(() => panel(page).getAttribute('data-status'), {timeout: 15_000}).toBe('done');
		expect(await pageText(page)).toContain(confirmationStart('notificationSent', 'fr'));
	});
});
