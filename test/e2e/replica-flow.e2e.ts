import type {Locator, Page} from 'playwright-core';
import {describe, expect} from 'vitest';
import {FIXTURE_IDS, FIXTURE_USERS} from '../replica/src/data/users';
import {fill, LANGS, type Lang} from '../replica/src/i18n/lang';
import {label, type LabelKey, type LabelPage} from '../replica/src/i18n/labels';
import {CONFIRMATIONS, type ConfirmationKey} from '../replica/src/i18n/texts';
import type {ChromiumSession} from './support/chromium';
import {chromiumTest as test} from './support/fixtures';
import {PORTAL, PORTAL_HOME} from './support/paths';

// The replica in real Chromium, without the extension: the flows the guides rely on, in all four languages.
const APP = `${PORTAL}/portal/adminservice/app`;

function fixture(extId: string): (typeof FIXTURE_USERS)[number] {
	const user = FIXTURE_USERS.find((candidate) => candidate.extId === extId);
	if (!user) throw new Error(`no fixture ${extId}`);
	return user;
}

function labels(lang: Lang) {
	return <P extends LabelPage>(page: P, key: LabelKey<P>): string => label(lang, page, key);
}

function confirmation(lang: Lang, key: ConfirmationKey, values: Record<string, string>): string {
	return fill(CONFIRMATIONS[key][lang], values);
}

/** A new tab that fails fast (the replica answers within milliseconds; 30 s timeouts only slow down a failure). */
async function newPage(): Promise<Page> {
	const page = await session.newPage();
	page.setDefaultTimeout(5_000);
	return page;
}

function userRow(page: Page, extId: string): Locator {
	return page
		.locator('tbody.ui-table-tbody > tr')
		.filter({has: page.locator('td', {hasText: new RegExp(`^${extId}$`)})});
}

function button(page: Page, name: string): Locator {
	return page.getByRole('button', {name, exact: true});
}

async function expectNotice(page: Page, text: string): Promise<void> {
	await expect.poll(() => page.getByRole('alert').filter({hasText: text}).count()).toBe(1);
}

/** home → Benutzermanagement ▸ Delegiertes Management → unit (expanded, selected) → Weiter → user list. */
async function openUserList(page: Page, lang: Lang, query: string): Promise<void> {
	const l = labels(lang);
	await page.goto(`${PORTAL_HOME}?${query}`);
	expect(await page.getAttribute('html', 'lang')).toBe(lang);
	await page.getByText(l('home', 'welcome'), {exact: true}).waitFor();
	// Not an exact name: Oblique's button has aria-owns on its sub-menu, so once open its accessible name also
	// contains the sub-menu item ("Benutzermanagement Delegiertes Management").
	const menuButton = page.getByRole('button', {name: l('home', 'topTabUserManagement')});
	await menuButton.click();
	expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
	await page.getByRole('link', {name: l('home', 'userManagementMenuDelegated'), exact: true}).click();
	await expect.poll(() => new URL(page.url()).pathname).toBe('/portal/adminservice/app/delegation/units');

	const continueButton = button(page, l('unitSelection', 'continueButton'));
	await page.locator('tbody.ui-treetable-tbody > tr').first().waitFor();
	expect(await continueButton.isDisabled()).toBe(true);
	await page.locator('.ui-treetable-toggler').first().click();
	await expect.poll(() => page.locator('tbody.ui-treetable-tbody > tr').count()).toBeGreaterThan(1);
	await page.locator('tbody.ui-treetable-tbody > tr').first().click();
	expect(await page.locator('tbody.ui-treetable-tbody > tr').first().getAttribute('class')).toContain(
		'ui-state-highlight',
	);
	await continueButton.click();
	await page.getByRole('heading', {name: l('userSelection', 'title'), exact: true}).waitFor();
}

let session: ChromiumSession;

test.beforeAll(({bare}) => {
	session = bare;
});

describe.each(LANGS)('the replica in %s', (lang) => {
	const l = labels(lang);
	// German runs with the default delay (150 ms per page and per action), the others as fast as possible.
	const query = `lang=${lang}&reset=1${lang === 'de' ? '' : '&delay=0'}`;

	test('full path: unit, user, permissions, overview, completed, send code, confirmation', async () => {
		const page = await newPage();
		const user = fixture(FIXTURE_IDS.pending);
		await openUserList(page, lang, query);

		const continueButton = button(page, l('userSelection', 'continueButton'));
		expect(await continueButton.isDisabled()).toBe(true);
		await userRow(page, user.extId).getByRole('gridcell', {name: user.extId, exact: true}).click();
		expect(await userRow(page, user.extId).getAttribute('class')).toContain('ui-state-highlight');
		await continueButton.click();

		await page.getByRole('heading', {name: l('permissions', 'title'), exact: true}).waitFor();
		expect(await page.getByRole('cell', {name: user.extId, exact: true}).count()).toBe(1);
		const activeTab = page.getByRole('tab', {name: l('permissions', 'tabGrant'), exact: true});
		expect(await activeTab.getAttribute('aria-selected')).toBe('true');
		await button(page, l('permissions', 'continueButton')).click();

		await page.getByRole('heading', {name: l('overview', 'title'), exact: true}).waitFor();
		const justification = page.getByRole('textbox', {name: l('overview', 'justificationLabel'), exact: true});
		const start = button(page, l('overview', 'startOnboardingManuallyButton'));
		const notify = button(page, l('overview', 'sendNotificationEmailButton'));
		expect(await start.isDisabled()).toBe(true);
		expect(await notify.isDisabled()).toBe(true);
		// A value set without an input event does not count, nor does whitespace.
		await justification.evaluate((element) => {
			if (element instanceof HTMLTextAreaElement) element.value = 'set by script';
		});
		expect(await start.isDisabled()).toBe(true);
		await justification.fill('');
		await justification.pressSequentially('   ');
		expect(await start.isDisabled()).toBe(true);
		await justification.pressSequentially('Code abgelaufen');
		expect(await start.isEnabled()).toBe(true);
		expect(await notify.isEnabled()).toBe(true);
		await start.click();

		await page.getByRole('heading', {name: l('completed', 'title'), exact: true}).waitFor();
		expect(await page.locator('.onboarding-card').textContent()).toMatch(new RegExp(`1200-${user.extId}-`));
		await button(page, l('completed', 'sendOnboardingCodeButton')).click();
		await expectNotice(page, confirmation(lang, 'codeSent', {email: user.email}));
		await page.close();
	});

	test('user list: the arrow menu sends a new code; deactivating makes the user inactive', async () => {
		const page = await newPage();
		await openUserList(page, lang, query);
		const pending = fixture(FIXTURE_IDS.pending);
		const active = fixture(FIXTURE_IDS.active);

		const rowsBefore = await page.locator('tbody.ui-table-tbody').elementHandle();
		const toggle = userRow(page, pending.extId).locator('.dropdown-toggle');
		expect(await toggle.getAttribute('aria-haspopup')).toBe('true');
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		await button(page, l('userSelection', 'menuSendNewOnboardingCode')).click();
		await expectNotice(page, confirmation(lang, 'newCodeSent', {email: pending.email}));
		// The portal re-renders the list after an action: the old rows are gone, new nodes show the same users.
		expect(await rowsBefore.evaluate((element) => element.isConnected)).toBe(false);

		const activeRow = userRow(page, active.extId);
		expect(await activeRow.locator('.fa-pencil').count()).toBe(1);
		await activeRow.locator('.dropdown-toggle').click();
		await button(page, l('userSelection', 'menuDeactivateUser')).click();
		await expectNotice(
			page,
			confirmation(lang, 'userDeactivated', {name: `${active.firstName} ${active.lastName}`}),
		);
		await expect
			.poll(() =>
				activeRow.getByRole('gridcell', {name: l('userSelection', 'userStatusInactive'), exact: true}).count(),
			)
			.toBe(1);
		expect(await activeRow.locator('.fa-info-circle').count()).toBe(1);
		expect(await activeRow.locator('.fa-pencil').count()).toBe(0);
		await page.close();
	});
});

describe('the replica in German, details', () => {
	const lang: Lang = 'de';
	const l = labels(lang);

	test('row menus close on Escape and on an outside click; menus=body renders them in an overlay container', async () => {
		const page = await newPage();
		await openUserList(page, lang, 'lang=de&delay=0&reset=1');
		const row = userRow(page, FIXTURE_IDS.pending);
		const toggle = row.locator('.dropdown-toggle');
		await toggle.click();
		expect(await row.locator('.btn-group .dropdown-menu.show').count()).toBe(1);
		await page.keyboard.press('Escape');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		await toggle.click();
		await page.getByRole('heading', {name: l('userSelection', 'title'), exact: true}).click();
		expect(await page.locator('.dropdown-menu.show').count()).toBe(0);

		await page.goto(`${APP}/delegation/users?menus=body`);
		await row.locator('.dropdown-toggle').click();
		const menu = page.locator('body > div.cdk-overlay-container .dropdown-menu.show');
		expect(await menu.count()).toBe(1);
		expect(await row.locator('.dropdown-menu').count()).toBe(0);
		await page.keyboard.press('Escape');
		expect(await menu.count()).toBe(0);
		await row.locator('.dropdown-toggle').click();
		await menu.getByRole('button', {name: l('userSelection', 'menuSendOnboardingReminder'), exact: true}).click();
		const user = fixture(FIXTURE_IDS.pending);
		await expectNotice(page, confirmation(lang, 'reminderSent', {email: user.email}));
		await page.close();
	});

	test('a 10,000-user list shows one page at a time and stays usable', async () => {
		const page = await newPage();
		await openUserList(page, lang, 'lang=de&delay=0&reset=1&users=10000');
		expect(await page.locator('tbody.ui-table-tbody > tr').count()).toBe(10);
		expect(await page.locator('.ui-table-summary').textContent()).toBe(
			fill(l('userSelection', 'paginationResults'), {first: 10_000, total: 10_000}),
		);
		await page.locator('.ui-paginator-last').click();
		await expect.poll(() => page.locator('.ui-paginator-page.ui-state-active').textContent()).toBe('1000');
		const lastRow = page.locator('tbody.ui-table-tbody > tr').last();
		await lastRow.locator('td').first().click();
		expect(await lastRow.getAttribute('class')).toContain('ui-state-highlight');
		expect(await button(page, l('userSelection', 'continueButton')).isEnabled()).toBe(true);

		await page.locator('p-paginator .ui-dropdown').click();
		await page.getByRole('option', {name: '50', exact: true}).click();
		await expect.poll(() => page.locator('tbody.ui-table-tbody > tr').count()).toBe(50);
		await page.locator('tr.ui-table-filter-row input').nth(2).fill('Bernasconi');
		await expect
			.poll(() => page.locator('.ui-table-summary').textContent())
			.toMatch(/^\d+ von 10000 Resultat\(e\)$/);
		await page.close();
	});

	test('create a user, then edit the e-mail address with the pencil', async () => {
		const page = await newPage();
		await openUserList(page, lang, 'lang=de&delay=0&reset=1');
		await button(page, l('userSelection', 'addUserButton')).click();
		const dialog = page.getByRole('dialog');
		await dialog.waitFor();
		const saves = [
			button(page, l('createUser', 'saveAndCreateAnotherButton')),
			button(page, l('createUser', 'saveAndBackToListButton')),
			button(page, l('createUser', 'saveAndContinueButton')),
		];
		for (const save of saves) expect(await save.isDisabled()).toBe(true);
		await dialog.getByRole('textbox', {name: l('createUser', 'firstName'), exact: true}).pressSequentially('Nina');
		await dialog.getByRole('textbox', {name: l('createUser', 'lastName'), exact: true}).pressSequentially('Grassi');
		const email = dialog.getByRole('textbox', {name: l('createUser', 'email'), exact: true});
		await email.pressSequentially('nina.grassi@eoc');
		for (const save of saves) expect(await save.isDisabled()).toBe(true);
		await email.pressSequentially('.ch');
		for (const save of saves) expect(await save.isEnabled()).toBe(true);
		await saves[1]?.click();
		await expectNotice(page, confirmation(lang, 'userCreated', {name: 'Nina Grassi'}));
		expect(await dialog.count()).toBe(0);
		const created = page.locator('tbody.ui-table-tbody > tr').filter({hasText: 'nina.grassi@eoc.ch'});
		expect(await created.count()).toBe(1);

		await created.locator('.btn-group > .btn').first().click();
		const editEmail = page.getByRole('dialog').getByRole('textbox', {name: l('createUser', 'email'), exact: true});
		expect(await editEmail.inputValue()).toBe('nina.grassi@eoc.ch');
		await editEmail.fill('n.grassi@eoc.ch');
		await button(page, l('createUser', 'saveAndBackToListButton')).click();
		await expectNotice(page, confirmation(lang, 'userSaved', {name: 'Nina Grassi'}));
		expect(await page.getByRole('gridcell', {name: 'n.grassi@eoc.ch', exact: true}).count()).toBe(1);

		await button(page, l('userSelection', 'addUserButton')).click();
		await button(page, l('createUser', 'cancelButton')).click();
		expect(await page.getByRole('dialog').count()).toBe(0);
		await page.close();
	});

	test('profile menu deactivates the profile; back, forward and reload keep the page and its person', async () => {
		const page = await newPage();
		const user = fixture(FIXTURE_IDS.pending);
		await openUserList(page, lang, 'lang=de&delay=0&reset=1');
		await userRow(page, user.extId).locator('td').first().click();
		await button(page, l('userSelection', 'continueButton')).click();
		await page.getByRole('heading', {name: l('permissions', 'title'), exact: true}).waitFor();

		await page.locator('.profile-box .dropdown-toggle').click();
		await button(page, l('permissions', 'profileMenuDeactivate')).click();
		await expectNotice(page, confirmation(lang, 'profileDeactivated', {profile: user.profiles[0]?.name ?? ''}));
		expect(await page.locator('.profile-box > .fa-toggle-off').count()).toBe(1);

		await page.reload();
		await page.getByRole('heading', {name: l('permissions', 'title'), exact: true}).waitFor();
		expect(await page.getByRole('cell', {name: user.extId, exact: true}).count()).toBe(1);
		expect(await page.locator('.profile-box > .fa-toggle-off').count()).toBe(1);
		await page.goBack();
		await page.getByRole('heading', {name: l('userSelection', 'title'), exact: true}).waitFor();
		expect(await userRow(page, user.extId).getAttribute('class')).toContain('ui-state-highlight');
		await page.goForward();
		await page.getByRole('heading', {name: l('permissions', 'title'), exact: true}).waitFor();

		await button(page, 'FR').click();
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		await page.getByRole('heading', {name: label('fr', 'permissions', 'title'), exact: true}).waitFor();
		await page.close();
	});

	test('sign-in round trip and the self-service page', async () => {
		const page = await newPage();
		await page.goto(`${APP}/home?lang=de&reset=1&delay=0&login=1`);
		await expect.poll(() => new URL(page.url()).pathname).toBe('/portal/login');
		expect(new URL(page.url()).searchParams.get('return')).toBe('/portal/adminservice/app/home');
		await page.getByRole('button', {name: 'Anmelden', exact: true}).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/portal/adminservice/app/home');
		await page.getByText(l('home', 'welcome'), {exact: true}).waitFor();

		await page.goto(`${PORTAL}/portal/selfadminservice/app/onboarding`);
		await page.locator('.self-admin').waitFor();
		expect(await page.locator('#navigation').count()).toBe(0);
		expect(await page.getByText(l('home', 'topTabUserManagement')).count()).toBe(0);
		await page.close();
	});
});
