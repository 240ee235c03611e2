import type {Locator, Page} from 'playwright-core';
import {describe, expect} from 'vitest';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {LANGS, type Lang} from '../replica/src/i18n/lang';
import {bundlePortalModel} from '../bench/portal-model-bundle';
import type {PortalModelApi} from '../bench/portal-model-entry';
import type {PageState} from '../../src/portal/pages';
import {chromiumTest as test} from './support/fixtures';
import {PORTAL_HOME} from './support/paths';

/**
 * The portal model in the built extension: `data-page` and `data-lang` on #eiam-assist-root (testing contract,
 * shared/DESIGN.md) follow the user through the replica, who clicks only the portal's own controls. The replica
 * renders every page after its default delay (asynchronous, like the Angular app) and navigates without reloads.
 */
describe('page and language detection follow the user through the portal', () => {
	const root = (page: Page): Locator => page.locator('#eiam-assist-root');
	async function expectState(page: Page, pageId: string, lang: Lang): Promise<void> {
		await expect.poll(() => root(page).getAttribute('data-page'), {timeout: 10_000}).toBe(pageId);
		await expect.poll(() => root(page).getAttribute('data-lang')).toBe(lang);
	}
	const button = (page: Page, name: string): Locator => page.getByRole('button', {name, exact: true});
	const row = (page: Page, extId: string): Locator =>
		page.locator('tbody > tr', {has: page.locator('td', {hasText: new RegExp(`^${extId}$`)})});

	test.for(LANGS)('in %s, through every page of the user management', async (lang, {page}) => {
		const l = <P extends Parameters<typeof label>[1]>(pageId: P, key: Parameters<typeof label<P>>[2]): string =>
			label(lang, pageId, key);
		await page.goto(`${PORTAL_HOME}?lang=${lang}&reset=1&users=4&pending=${FIXTURE_IDS.pending}`);
		await expectState(page, 'home', lang);

		// The navigation menu opens in place: still home.
		await button(page, l('home', 'topTabUserManagement')).click();
		await page.getByText(l('home', 'userManagementMenuDelegated'), {exact: true}).click();
		await expectState(page, 'unit-selection', lang);

		await page.locator('.ui-treetable-toggler').first().click();
		await page
			.getByRole('row')
			.filter({hasText: l('unitSelection', 'statusActive')})
			.first()
			.click();
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
	});

	test('switching the language in the portal header changes data-lang, not data-page', async ({page}) => {
		await page.goto(`${PORTAL_HOME}?lang=de&reset=1&users=4`);
		await expectState(page, 'home', 'de');
		await button(page, 'Benutzermanagement').click();
		await page.getByText('Delegiertes Management', {exact: true}).click();
		await expectState(page, 'unit-selection', 'de');
		for (const lang of ['fr', 'it', 'en', 'de'] as const) {
			await page.locator(`.ob-header-locale button[lang="${lang}"]`).click();
			await expectState(page, 'unit-selection', lang);
		}
	});

	test('a reload on a deep page detects it again', async ({page}) => {
		await page.goto(`${PORTAL_HOME}?lang=it&reset=1&users=4`);
		await button(page, label('it', 'home', 'topTabUserManagement')).click();
		await page.getByText(label('it', 'home', 'userManagementMenuDelegated'), {exact: true}).click();
		await expectState(page, 'unit-selection', 'it');
		await page.reload();
		await expectState(page, 'unit-selection', 'it');
	});
});

/**
 * `trackPage` itself in Chromium, injected into the replica (no extension): its coarse watch (title, ancestors,
 * body children, <html lang>, history) must notice every page change the deep watch notices, including pages that
 * render their content after a delay and dialogs appended to <body>.
 */
describe('trackPage (coarse watch) follows the same journey in Chromium', () => {
	let bundle: string;
	test.beforeAll(async () => {
		bundle = await bundlePortalModel();
	});

	type Tracked = {portalModel: PortalModelApi; pageStates: PageState[]};
	const last = (page: Page): Promise<PageState | undefined> =>
		page.evaluate(() => (globalThis as unknown as Tracked).pageStates.at(-1));
	async function expectTracked(page: Page, pageId: string, lang: Lang): Promise<void> {
		await expect.poll(() => last(page), {timeout: 10_000}).toEqual({page: pageId, lang});
	}
	const button = (page: Page, name: string): Locator => page.getByRole('button', {name, exact: true});

	test.for(LANGS)('in %s', async (lang, {bare}) => {
		const l = <P extends Parameters<typeof label>[1]>(pageId: P, key: Parameters<typeof label<P>>[2]): string =>
			label(lang, pageId, key);
		const page = await bare.newPage();
		// tsx (esbuild keepNames) wraps functions handed to evaluate in `__name(…)`.
		await page.addInitScript({content: 'globalThis.__name = (fn) => fn;'});
		await page.goto(`${PORTAL_HOME}?lang=${lang}&reset=1&users=4&pending=${FIXTURE_IDS.pending}`);
		await page.addScriptTag({content: bundle});
		await page.evaluate(() => {
			const tracked = globalThis as unknown as Tracked;
			tracked.pageStates = [];
			tracked.portalModel.trackPage(
				document,
				(state) => tracked.pageStates.push(state),
				new AbortController().signal,
			);
		});
		await expectTracked(page, 'home', lang);
		await button(page, l('home', 'topTabUserManagement')).click();
		await page.getByText(l('home', 'userManagementMenuDelegated'), {exact: true}).click();
		await expectTracked(page, 'unit-selection', lang);
		await page.locator('.ui-treetable-toggler').first().click();
		await page
			.getByRole('row')
			.filter({hasText: l('unitSelection', 'statusActive')})
			.first()
			.click();
		await button(page, l('unitSelection', 'continueButton')).click();
		await expectTracked(page, 'user-selection', lang);
		await button(page, l('userSelection', 'addUserButton')).click();
		await expectTracked(page, 'create-user', lang);
		await button(page, l('createUser', 'cancelButton')).click();
		await expectTracked(page, 'user-selection', lang);
		await page
			.locator('tbody > tr', {has: page.locator('td', {hasText: new RegExp(`^${FIXTURE_IDS.pending}$`)})})
			.locator('td')
			.first()
			.click();
		await button(page, l('userSelection', 'continueButton')).click();
		await expectTracked(page, 'permissions', lang);
		await button(page, l('permissions', 'continueButton')).click();
		await expectTracked(page, 'overview', lang);
		await page.locator('textarea').first().pressSequentially('Code abgelaufen');
		await button(page, l('overview', 'startOnboardingManuallyButton')).click();
		await expectTracked(page, 'completed', lang);
		await page.goBack();
		await expectTracked(page, 'overview', lang);
		const next = LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length] ?? 'de';
		await page.locator(`.ob-header-locale button[lang="${next}"]`).click();
		await expectTracked(page, 'overview', next);
		await page.close();
	});
});
