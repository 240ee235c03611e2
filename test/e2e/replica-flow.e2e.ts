import type {Locator, Page} from 'playwright-core';
import {describe, expect} from 'vitest';
import {buildUsers, FIXTURE_IDS, FIXTURE_USERS} from '../replica/src/data/users';
import {fill, LANGS, type Lang} from '../replica/src/i18n/lang';
import {label, type LabelKey, type LabelPage} from '../replica/src/i18n/labels';
import {CONFIRMATIONS, TEXTS, type ConfirmationKey} from '../replica/src/i18n/texts';
import {chromiumTest as test} from './support/fixtures';
import {PORTAL, PORTAL_HOME} from './support/paths';
import {
	cell,
	dataRows,
	icon,
	isSelected,
	menuItem,
	menuToggle,
	openMenu,
	switchLanguage,
	userRow,
} from './support/replica-locators';
import {typeInDialog} from './support/portal-steps';
import {REPLICA_NAMES} from './support/replicas';

// Both replicas (classic: hand-written markup; ng: Angular, PrimeNG, Material, Oblique) in real Chromium, without
// the extension (the fixture's `barePage` on the describe's `replica`): the flows the guides rely on, in all four
// languages. Controls are found by role and name; the few library facts a user sees but ARIA does not say (which
// row is highlighted, an icon) name both libraries' forms. The fixture fails a test that logs a console error.
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

/**
 * Gives the page's actions 20 s: a click on a router link waits for Angular's navigation, which took over 5 s when
 * the 2-core CI machine was busy (a failure still shows within the test's own limit).
 */
function patient(page: Page): Page {
	page.setDefaultTimeout(20_000);
	// Loading the Angular replica (2.6 MB of Angular, PrimeNG, Material and Oblique) takes seconds on a busy CI core.
	page.setDefaultNavigationTimeout(30_000);
	return page;
}

function button(page: Page, name: string): Locator {
	return page.getByRole('button', {name, exact: true});
}

/** Waits two animation frames, so a check that something did *not* change sees the page re-rendered. */
async function rendered(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))),
	);
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
	// Polled: Angular renders the change in the next animation frame (change detection with event coalescing).
	await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('true');
	await page.getByRole('link', {name: l('home', 'userManagementMenuDelegated'), exact: true}).click();
	await expect.poll(() => new URL(page.url()).pathname).toBe('/portal/adminservice/app/delegation/units');

	const continueButton = button(page, l('unitSelection', 'continueButton'));
	const canton = page.getByRole('row').filter({has: cell(page, '1200.TI')});
	await canton.waitFor();
	expect(await continueButton.isDisabled()).toBe(true);
	// The expander is the row's first control (a link in PrimeNG's old tree table, a button in the new one).
	await canton.getByRole('link').or(canton.getByRole('button')).first().click();
	await expect.poll(() => page.getByRole('row').filter({hasText: 'SpiGes_'}).count()).toBeGreaterThan(1);
	await cell(canton, l('unitSelection', 'statusActive')).click();
	await expect.poll(() => isSelected(canton)).toBe(true);
	await continueButton.click();
	await page.getByRole('heading', {name: l('userSelection', 'title'), exact: true}).waitFor();
}

describe.for(REPLICA_NAMES)('the %s replica', (replica) => {
	test.override({replica});

	describe.each(LANGS)('in %s', (lang) => {
		const l = labels(lang);
		// German runs with the default delay (150 ms per page and per action), the others as fast as possible.
		const query = `lang=${lang}&reset=1${lang === 'de' ? '' : '&delay=0'}`;

		test('full path: unit, user, permissions, overview, completed, send code, confirmation', async ({barePage}) => {
			const page = patient(barePage);
			const user = fixture(FIXTURE_IDS.pending);
			await openUserList(page, lang, query);
			// The describe's replica answers: only the Angular one has Angular's root (with its version).
			expect(await page.locator('[ng-version]').count()).toBe(replica === 'ng' ? 1 : 0);

			const continueButton = button(page, l('userSelection', 'continueButton'));
			expect(await continueButton.isDisabled()).toBe(true);
			await cell(userRow(page, user.extId), user.extId).click();
			await expect.poll(() => isSelected(userRow(page, user.extId))).toBe(true);
			await continueButton.click();

			await page.getByRole('heading', {name: l('permissions', 'title'), exact: true}).waitFor();
			expect(await cell(page, user.extId).count()).toBe(1);
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
			await rendered(page);
			expect(await start.isDisabled()).toBe(true);
			await justification.fill('');
			await justification.pressSequentially('   ');
			await rendered(page);
			expect(await start.isDisabled()).toBe(true);
			await justification.pressSequentially('Code abgelaufen');
			// Polled: Angular re-renders in the next animation frame after the input events.
			await expect.poll(() => start.isEnabled()).toBe(true);
			await expect.poll(() => notify.isEnabled()).toBe(true);
			await start.click();

			await page.getByRole('heading', {name: l('completed', 'title'), exact: true}).waitFor();
			await page.getByText(new RegExp(`1200-${user.extId}-`)).waitFor();
			await button(page, l('completed', 'sendOnboardingCodeButton')).click();
			await expectNotice(page, confirmation(lang, 'codeSent', {email: user.email}));
		});

		test('user list: the arrow menu sends a new code; deactivating makes the user inactive', async ({barePage}) => {
			const page = patient(barePage);
			await openUserList(page, lang, query);
			const pending = fixture(FIXTURE_IDS.pending);
			const active = fixture(FIXTURE_IDS.active);

			const rowBefore = await userRow(page, pending.extId).elementHandle();
			const toggle = menuToggle(userRow(page, pending.extId));
			expect(await toggle.getAttribute('aria-haspopup')).toBe('true');
			await toggle.click();
			await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
			await menuItem(page, l('userSelection', 'menuSendNewOnboardingCode')).click();
			await expectNotice(page, confirmation(lang, 'newCodeSent', {email: pending.email}));
			// The portal re-renders the list after an action: the old rows are gone, new nodes show the same users.
			await expect.poll(() => rowBefore.evaluate((element) => element.isConnected)).toBe(false);

			const activeRow = userRow(page, active.extId);
			expect(await icon(activeRow, 'pencil').count()).toBe(1);
			await menuToggle(activeRow).click();
			await menuItem(page, l('userSelection', 'menuDeactivateUser')).click();
			await expectNotice(
				page,
				confirmation(lang, 'userDeactivated', {name: `${active.firstName} ${active.lastName}`}),
			);
			await expect.poll(() => cell(activeRow, l('userSelection', 'userStatusInactive')).count()).toBe(1);
			expect(await icon(activeRow, 'info-circle').count()).toBe(1);
			expect(await icon(activeRow, 'pencil').count()).toBe(0);
		});
	});

	describe('in German, details', () => {
		const lang: Lang = 'de';
		const l = labels(lang);

		test('row menus close on Escape and on an outside click, and render in the row or appended to body', async ({
			barePage,
		}) => {
			const page = patient(barePage);
			await openUserList(page, lang, 'lang=de&delay=0&reset=1');
			const row = userRow(page, FIXTURE_IDS.pending);
			const toggle = menuToggle(row);
			await toggle.click();
			await openMenu(page).waitFor();
			await page.keyboard.press('Escape');
			await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
			await expect.poll(() => openMenu(page).count()).toBe(0);
			await toggle.click();
			await openMenu(page).waitFor();
			await page.getByRole('heading', {name: l('userSelection', 'title'), exact: true}).click();
			await expect.poll(() => openMenu(page).count()).toBe(0);

			// `menus=` puts the menu where the scenario says, in either replica (each has its own default).
			for (const where of ['inline', 'body'] as const) {
				await page.goto(`${APP}/delegation/users?menus=${where}`);
				await menuToggle(row).click();
				await openMenu(page).waitFor();
				// Inline: inside the row; appended to body: shown (waitFor above), but outside the row.
				expect(await row.locator(openMenu(page)).count(), where).toBe(where === 'inline' ? 1 : 0);
			}
			await menuItem(page, l('userSelection', 'menuSendOnboardingReminder')).click();
			const user = fixture(FIXTURE_IDS.pending);
			await expectNotice(page, confirmation(lang, 'reminderSent', {email: user.email}));
		});

		test('a 10,000-user list shows one page at a time and stays usable', async ({barePage}) => {
			const page = patient(barePage);
			const count = (first: number | string, total: number): string =>
				fill(l('userSelection', 'paginationResults'), {first, total});
			await openUserList(page, lang, 'lang=de&delay=0&reset=1&users=10000');
			expect(await dataRows(page).count()).toBe(10);
			await page.getByText(count(10_000, 10_000), {exact: true}).waitFor();
			// The paginator's last-page control (PrimeNG's old one has no accessible name, only its class).
			await page
				.getByRole('button', {name: /letzte seite/i})
				.or(page.locator('.ui-paginator-last'))
				.click();
			const lastUser = buildUsers({count: 10_000})[9_999];
			const lastRow = userRow(page, lastUser?.extId ?? '');
			await lastRow.waitFor();
			await cell(lastRow, lastUser?.lastName ?? '').click();
			await expect.poll(() => isSelected(lastRow)).toBe(true);
			await expect.poll(() => button(page, l('userSelection', 'continueButton')).isEnabled()).toBe(true);

			// Rows per page: the paginator's select (a PrimeNG dropdown in both replicas).
			await page.locator('p-paginator').locator('.ui-dropdown, p-select').click();
			await page.getByRole('option', {name: '50', exact: true}).click();
			await expect.poll(() => dataRows(page).count()).toBe(50);
			await page.getByRole('columnheader').getByRole('textbox').nth(2).fill('Bernasconi');
			// "<n> von 10000 Resultat(e)" with n < 10,000 (the label's brackets escaped for the pattern).
			const filtered = new RegExp(`^\\d+ ${count('', 10_000).trim().replace(/[()]/g, '\\$&')}$`);
			await expect.poll(() => page.getByText(count(10_000, 10_000), {exact: true}).count()).toBe(0);
			await page.getByText(filtered).waitFor();
		});

		test('create a user, then edit the e-mail address with the pencil', async ({barePage}) => {
			const page = patient(barePage);
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
			// typeInDialog waits until the dialog holds the focus: a Material dialog moves it to its first field after
			// its open animation, which on a loaded machine came mid-typing and sent the last name's keys elsewhere.
			await typeInDialog(dialog.getByRole('textbox', {name: l('createUser', 'firstName'), exact: true}), 'Nina');
			await typeInDialog(dialog.getByRole('textbox', {name: l('createUser', 'lastName'), exact: true}), 'Grassi');
			const email = dialog.getByRole('textbox', {name: l('createUser', 'email'), exact: true});
			await typeInDialog(email, 'nina.grassi@eoc');
			await rendered(page);
			for (const save of saves) expect(await save.isDisabled()).toBe(true);
			await typeInDialog(email, '.ch');
			for (const save of saves) await expect.poll(() => save.isEnabled()).toBe(true);
			await saves[1]?.click();
			await expectNotice(page, confirmation(lang, 'userCreated', {name: 'Nina Grassi'}));
			await expect.poll(() => dialog.count()).toBe(0);
			const created = dataRows(page).filter({hasText: 'nina.grassi@eoc.ch'});
			expect(await created.count()).toBe(1);

			// The row's first button: the pencil of its split button.
			await created.getByRole('button').first().click();
			const editEmail = page
				.getByRole('dialog')
				.getByRole('textbox', {name: l('createUser', 'email'), exact: true});
			await expect.poll(() => editEmail.inputValue()).toBe('nina.grassi@eoc.ch');
			await editEmail.fill('n.grassi@eoc.ch');
			await button(page, l('createUser', 'saveAndBackToListButton')).click();
			await expectNotice(page, confirmation(lang, 'userSaved', {name: 'Nina Grassi'}));
			await expect.poll(() => cell(page, 'n.grassi@eoc.ch').count()).toBe(1);

			await button(page, l('userSelection', 'addUserButton')).click();
			await button(page, l('createUser', 'cancelButton')).click();
			await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
		});

		test('profile menu deactivates the profile; back, forward and reload keep the page and its person', async ({
			barePage,
		}) => {
			const page = patient(barePage);
			const user = fixture(FIXTURE_IDS.pending);
			const inactive = l('userSelection', 'userStatusInactive');
			await openUserList(page, lang, 'lang=de&delay=0&reset=1');
			await cell(userRow(page, user.extId), user.extId).click();
			await button(page, l('userSelection', 'continueButton')).click();
			await page.getByRole('heading', {name: l('permissions', 'title'), exact: true}).waitFor();

			const profile = page.locator('.profile-box');
			await menuToggle(profile).click();
			await menuItem(page, l('permissions', 'profileMenuDeactivate')).click();
			await expectNotice(page, confirmation(lang, 'profileDeactivated', {profile: user.profiles[0]?.name ?? ''}));
			await expect.poll(() => profile.getByText(inactive, {exact: true}).count()).toBe(1);

			await page.reload();
			await page.getByRole('heading', {name: l('permissions', 'title'), exact: true}).waitFor();
			expect(await cell(page, user.extId).count()).toBe(1);
			expect(await profile.getByText(inactive, {exact: true}).count()).toBe(1);
			await page.goBack();
			await page.getByRole('heading', {name: l('userSelection', 'title'), exact: true}).waitFor();
			await userRow(page, user.extId).waitFor();
			expect(await isSelected(userRow(page, user.extId))).toBe(true);
			await page.goForward();
			await page.getByRole('heading', {name: l('permissions', 'title'), exact: true}).waitFor();

			await switchLanguage(page, 'fr');
			await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fr');
			await page.getByRole('heading', {name: label('fr', 'permissions', 'title'), exact: true}).waitFor();
		});

		test('sign-in round trip and the self-service page', async ({barePage}) => {
			const page = patient(barePage);
			await page.goto(`${APP}/home?lang=de&reset=1&delay=0&login=1`);
			await expect.poll(() => new URL(page.url()).pathname).toBe('/portal/login');
			expect(new URL(page.url()).searchParams.get('return')).toBe('/portal/adminservice/app/home');
			await page.getByRole('button', {name: 'Anmelden', exact: true}).click();
			await expect.poll(() => new URL(page.url()).pathname).toBe('/portal/adminservice/app/home');
			await page.getByText(l('home', 'welcome'), {exact: true}).waitFor();

			await page.goto(`${PORTAL}/portal/selfadminservice/app/onboarding`);
			await page.getByRole('heading', {name: TEXTS.selfAdminTitle.de, exact: true}).waitFor();
			expect(await page.locator('#navigation').count()).toBe(0);
			expect(await page.getByText(l('home', 'topTabUserManagement')).count()).toBe(0);
		});
	});
});
