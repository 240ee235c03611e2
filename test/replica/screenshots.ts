import {mkdir} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import type {Page} from 'playwright-core';
import {launchChromium} from '../e2e/support/chromium';
import {PORTAL} from '../e2e/support/paths';
import {FIXTURE_IDS} from './src/data/users';
import {LANGS, type Lang} from './src/i18n/lang';
import {label} from './src/i18n/labels';

// `npm run replica:screenshots`: a PNG of every replica page in every language (plus the open menus and the
// dialog) in test/replica/screenshots/ (git-ignored), to put side by side with shared/portal/screenshots/.
const OUT = fileURLToPath(new URL('./screenshots/', import.meta.url));
const APP = `${PORTAL}/portal/adminservice/app`;

async function shoot(page: Page, name: string, lang: Lang): Promise<void> {
	await page.mouse.move(0, 0);
	await page.screenshot({path: `${OUT}${name}_${lang}.png`, fullPage: true});
}

async function button(page: Page, name: string): Promise<void> {
	await page.getByRole('button', {name, exact: true}).click();
}

function row(page: Page, extId: string) {
	return page.locator('tbody.ui-table-tbody > tr', {has: page.locator('td', {hasText: new RegExp(`^${extId}$`)})});
}

async function capture(page: Page, lang: Lang): Promise<void> {
	const l = <P extends Parameters<typeof label>[1]>(pageId: P, key: Parameters<typeof label<P>>[2]): string =>
		label(lang, pageId, key);

	await page.goto(`${APP}/home?lang=${lang}&delay=0&reset=1&users=4`);
	await page.getByText(l('home', 'welcome'), {exact: true}).waitFor();
	await shoot(page, 'home', lang);
	await button(page, l('home', 'topTabUserManagement'));
	await shoot(page, 'home-menu', lang);

	await page.goto(`${APP}/home?terms=1`);
	await page.locator('#terms-accept').waitFor();
	await shoot(page, 'terms', lang);
	await page.locator('#terms-accept').check();
	await button(page, l('termsOfUse', 'continueButton'));

	await button(page, l('home', 'topTabUserManagement'));
	await page.getByRole('link', {name: l('home', 'userManagementMenuDelegated')}).click();
	await page.locator('.ui-treetable-tbody tr').first().waitFor();
	await shoot(page, 'units', lang);
	await page.locator('.ui-treetable-toggler').first().click();
	await page.locator('.ui-treetable-tbody tr').first().click();
	await shoot(page, 'units-expanded', lang);
	await button(page, l('unitSelection', 'continueButton'));

	await row(page, FIXTURE_IDS.pending).waitFor();
	await shoot(page, 'users', lang);
	await row(page, FIXTURE_IDS.pending).locator('.dropdown-toggle').click();
	await shoot(page, 'users-menu-running', lang);
	await page.keyboard.press('Escape');
	await row(page, FIXTURE_IDS.active).locator('.dropdown-toggle').click();
	await shoot(page, 'users-menu-completed', lang);
	await page.keyboard.press('Escape');

	await button(page, l('userSelection', 'addUserButton'));
	await page.locator('ngb-modal-window').waitFor();
	await shoot(page, 'create-user', lang);
	await button(page, l('createUser', 'cancelButton'));
	await row(page, FIXTURE_IDS.active).locator('.btn-group > .btn').first().click();
	await page.locator('ngb-modal-window').waitFor();
	await shoot(page, 'edit-user', lang);
	await button(page, l('createUser', 'cancelButton'));

	await row(page, FIXTURE_IDS.pending).locator('td').first().click();
	await shoot(page, 'users-selected', lang);
	await button(page, l('userSelection', 'continueButton'));
	await page.locator('.profile-box').waitFor();
	await shoot(page, 'permissions', lang);
	await page.locator('.profile-box .dropdown-toggle').click();
	await shoot(page, 'permissions-profile-menu', lang);
	await page.keyboard.press('Escape');
	await page.getByRole('option', {name: 'KT_Read'}).click();
	await shoot(page, 'permissions-role-selected', lang);
	await page.getByRole('tab', {name: l('permissions', 'tabGrantDelegated'), exact: true}).click();
	await shoot(page, 'permissions-delegated', lang);
	await page.getByRole('tab', {name: l('permissions', 'tabGrant'), exact: true}).click();

	await button(page, l('permissions', 'continueButton'));
	await page.locator('#justification').waitFor();
	await shoot(page, 'overview', lang);
	await page.locator('#justification').pressSequentially('Code abgelaufen');
	await page.getByRole('link', {name: l('overview', 'showMore').trim()}).click();
	await shoot(page, 'overview-filled', lang);
	await button(page, l('overview', 'startOnboardingManuallyButton'));

	await page.locator('.onboarding-card').waitFor();
	await shoot(page, 'completed', lang);
	await page.getByRole('button', {name: l('completed', 'sendOnboardingCodeButton')}).click();
	await page.locator('.ob-notification').waitFor();
	await shoot(page, 'completed-code-sent', lang);

	await page.goto(`${PORTAL}/portal/login?return=/portal/adminservice/app/home`);
	await page.locator('.login-card').waitFor();
	await shoot(page, 'login', lang);
	await page.goto(`${PORTAL}/portal/selfadminservice/app/onboarding`);
	await page.locator('.self-admin').waitFor();
	await shoot(page, 'self-admin', lang);
}

await mkdir(OUT, {recursive: true});
const session = await launchChromium({extension: false});
try {
	const page = await session.newPage();
	await page.setViewportSize({width: 1600, height: 820});
	for (const lang of LANGS) {
		await capture(page, lang);
		console.log(`${lang}: done`);
	}
	if (session.consoleErrors.length > 0) console.warn('Console errors:', session.consoleErrors);
	console.log(`Screenshots in ${OUT}`);
} finally {
	await session.close();
}
