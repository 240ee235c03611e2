import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {label} from '../replica/src/i18n/labels';
import {expectStep, marked, startGuide} from './support/overlay';
import {clickMarked, openUserList, typeInDialog} from './support/portal-steps';
import {REPLICA_NAMES} from './support/replicas';

const warning = '#eiam-assist-root [data-eiam-assist-warning="private-email"]';

describe.for(REPLICA_NAMES)('create-user on the %s replica', (replica) => {
	test.override({replica});

	test('warns while the e-mail address looks private, and stops warning for a professional one', async ({page}) => {
		await openUserList(page, 'de');
		await startGuide(page, 'create-user');
		await clickMarked(page, 'create-user', 'add-user', label('de', 'userSelection', 'addUserButton'));

		await expectStep(page, 'create-user', 'enter-first-name');
		await typeInDialog(marked(page), 'Lea');
		await expectStep(page, 'create-user', 'enter-last-name');
		await typeInDialog(marked(page), 'Zürcher');
		await expectStep(page, 'create-user', 'enter-email');
		expect(await page.locator(warning).count()).toBe(0);
		await typeInDialog(marked(page), 'lea.zuercher@bluewin.ch');

		await expectStep(page, 'create-user', 'save-and-continue');
		await expect.poll(() => page.locator(warning).count()).toBe(1);
		expect(await page.locator(warning).textContent()).toContain('bluewin.ch');

		const email = page.getByRole('textbox', {name: label('de', 'createUser', 'email')});
		await typeInDialog(email, 'lea.zuercher@ksa.ch', {replace: true});
		await expect.poll(() => page.locator(warning).count()).toBe(0);

		await clickMarked(page, 'create-user', 'save-and-continue', label('de', 'createUser', 'saveAndContinueButton'));
		// A new profile has no role yet: «Berechtigen» is disabled, so nothing is marked until a role is chosen.
		await expectStep(page, 'create-user', 'grant-role', 'waiting');
		expect(await marked(page).count()).toBe(0);
		await page.getByRole('option', {name: 'KT_User', exact: true}).click();
		await clickMarked(page, 'create-user', 'grant-role', label('de', 'permissions', 'grantButton'));
		await expectStep(page, 'create-user', 'permissions-continue');
	});
});
