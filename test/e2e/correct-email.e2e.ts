import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {choose, expectDone, expectStep, marked, startGuide} from './support/overlay';
import {clickMarked, openUserList, typeInDialog, userRow} from './support/portal-steps';
import {cell, isSelected} from './support/replica-locators';
import {REPLICA_NAMES} from './support/replicas';

describe.for(REPLICA_NAMES)('correct-email on the %s replica', (replica) => {
	test.override({replica});

	test('pencil → fix the address → save; the list shows the new address (EN)', async ({page}) => {
		await openUserList(page, 'en');
		await startGuide(page, 'correct-email');
		await expectStep(page, 'correct-email', 'edit-user');
		// Started without a person the table is marked; once the user selects the row, its pencil is.
		const row = userRow(page, FIXTURE_IDS.pending);
		await cell(row, FIXTURE_IDS.pending).click();
		await expect.poll(() => isSelected(row)).toBe(true);
		await expect
			.poll(() => marked(page).evaluate((element) => element.closest('tr')?.textContent ?? ''))
			.toContain(FIXTURE_IDS.pending);
		await expectStep(page, 'correct-email', 'edit-user');
		expect(await marked(page).evaluate((element) => element.querySelector('.fa-pencil, .pi-pencil') !== null)).toBe(
			true,
		);
		await marked(page).click();

		await expectStep(page, 'correct-email', 'fix-email');
		const email = page.getByRole('textbox', {name: label('en', 'createUser', 'email')});
		await typeInDialog(email, 'c.bianchi@eoc.ch', {replace: true});
		await clickMarked(page, 'correct-email', 'save-email', label('en', 'createUser', 'saveAndBackToListButton'));

		await expectDone(page);
		await expect.poll(() => userRow(page, FIXTURE_IDS.pending).textContent()).toContain('c.bianchi@eoc.ch');
	});

	test('resend-code for a wrong address runs the correction first, then continues with the resend (DE)', async ({
		page,
	}) => {
		await openUserList(page, 'de');
		await startGuide(page, 'resend-code');
		await choose(page, 'wrong-email');
		await expectStep(page, 'resend-code', 'edit-user');
		await userRow(page, FIXTURE_IDS.pending).locator('button').first().click();
		await expectStep(page, 'resend-code', 'fix-email');
		const email = page.getByRole('textbox', {name: label('de', 'createUser', 'email')});
		await typeInDialog(email, 'c.bianchi@eoc.ch', {replace: true});
		await clickMarked(page, 'resend-code', 'save-email', label('de', 'createUser', 'saveAndBackToListButton'));
		// Back on the list: select the person and continue, not the pencil again.
		await expectStep(page, 'resend-code', 'pick-user');
	});
});
