import type {Locator, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {LANGS, type Lang} from '../replica/src/i18n/lang';
import {launchChromium, type ChromiumSession} from './support/chromium';
import {PORTAL_HOME} from './support/paths';

/**
 * The portal model in the built extension: `data-page` and `data-lang` on #eiam-assist-root (testing contract,
 * shared/DESIGN.md) follow the user through the replica, who clicks only the portal's own controls. The replica
 * renders every page after its default delay (asynchronous, like the Angular app) and navigates without reloads.
 */
describe('page and language detection follow the user through the portal', () => {
	let session: ChromiumSession;
	beforeAll(async () => {
		session = await launchChromium();
	});
	afterAll(async () => {
		await session.close();
	});

	const root = (page: Page): Locator => page.locator('#eiam-assist-root');
	async function expectState(page: Page, pageId: string, lang: Lang): Promise<void> {
		await expect.poll(() => root(page).getAttribute('data-page'), {timeout: 10_000}).toBe(pageId);
		await expect.poll(() => root(page).getAttribute('data-lang')).toBe(lang);
	}
	const button = (page: Page, name: string): Locator => page.getByRole('button', {name, exact: true});
	const row = (page: Page, extId: string): Locator =>
		page.locator('tbody > tr', {has: page.locator('td', {hasText: new RegExp(`^${extId}$`)})});

	test.each(LANGS)('in %s, through every page of the user management', async (lang) => {
		const l = <P extends Parameters<typeof label>[1]>(pageId: P, key: Parameters<typeof label<P>>[2]): string =>
			label(lang, pageId, key);
		const page = await session.newPage();
		await page.goto(`${PORTAL_HOME}?lang=${lang}&reset=1&users=4&pending=${FIXTURE_IDS.pending}`);
		await expectState(page, 'home', lang);

		// The navigation menu opens in place: still home.
		await button(page, l('home', 'topTabUserManagement')).click();
		await page.getByText(l('home', 'userManagementMenuDelegated'), {exact: true}).click();
		await expectState(page, 'unit-selection', lang);

		await page.locator('.ui-treetable-toggler').first().click();
		await page.getByRole('row').filter({hasText: l('unitSelection', 'statusActive')}).first().click();
		await button(page, l('unitSelection', 'continueButton')).click();
		await expectState(page, 'user-selection', lang);

		// The create-user dialog opens over the list; closing it returns to the list.
		await button(page, l('userSelection', 'addUserButton')).click();
		await expectState(page, 'create-user', lang);
		await button(page, l('createUser', 'cancelButton')).click();
		await expectState(page, 'user-selection', lang);

		// The pencil opens the same dialog to edit the person.
		await row(page, FIXTURE_IDS.active).locator('td .btn-group > button').first().click();
		await expectState(page, 'create-user', lang);
		await button(page, l('createUser', 'cancelButton')).click();
		await expectState(page, 'user-selection', lang);

		await row(page, FIXTURE_IDS.pending).locator('td').first().click();
		await button(page, l('userSelection', 'continueButton')).click();
		await expectState(page, 'permissions', lang);

		// Switching tabs stays on the permissions page.
		await page.getByRole('tab', {name: l('permissions', 'tabGrantDelegated'), exact: true}).click();
		await expectState(page, 'permissions', lang);
		await page.getByRole('tab', {name: l('permissions', 'tabGrant'), exact: true}).click();

		await button(page, l('permissions', 'continueButton')).click();
		await expectState(page, 'overview', lang);
		await page.locator('textarea').first().pressSequentially('Code abgelaufen');
		await button(page, l('overview', 'startOnboardingManuallyButton')).click();
		await expectState(page, 'completed', lang);

		// Back in the browser history (popstate), then forward again.
		await page.goBack();
		await expectState(page, 'overview', lang);
		await page.goForward();
		await expectState(page, 'completed', lang);
		await page.close();
	});

	test('switching the language in the portal header changes data-lang, not data-page', async () => {
		const page = await session.newPage();
		await page.goto(`${PORTAL_HOME}?lang=de&reset=1&users=4`);
		await expectState(page, 'home', 'de');
		await button(page, 'Benutzermanagement').click();
		await page.getByText('Delegiertes Management', {exact: true}).click();
		await expectState(page, 'unit-selection', 'de');
		for (const lang of ['fr', 'it', 'en', 'de'] as const) {
			await page.locator(`.ob-header-locale button[lang="${lang}"]`).click();
			await expectState(page, 'unit-selection', lang);
		}
		await page.close();
	});

	test('a reload on a deep page detects it again', async () => {
		const page = await session.newPage();
		await page.goto(`${PORTAL_HOME}?lang=it&reset=1&users=4`);
		await button(page, label('it', 'home', 'topTabUserManagement')).click();
		await page.getByText(label('it', 'home', 'userManagementMenuDelegated'), {exact: true}).click();
		await expectState(page, 'unit-selection', 'it');
		await page.reload();
		await expectState(page, 'unit-selection', 'it');
		await page.close();
	});

	test('no console errors on the way', () => {
		expect(session.consoleErrors).toEqual([]);
	});
});
