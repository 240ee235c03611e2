import {mkdir} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import type {Page} from 'playwright-core';
import {launchChromium} from '../e2e/support/chromium';
import {PORTAL} from '../e2e/support/paths';
import {cell, menuToggle, openMenu, userRow} from '../e2e/support/replica-locators';
import {isReplicaName, REPLICA_NAMES, REPLICAS, type ReplicaName} from '../e2e/support/replicas';
import {FIXTURE_IDS} from './src/data/users';
import {LANGS, type Lang} from './src/i18n/lang';
import {label} from './src/i18n/labels';
import {TEXTS} from './src/i18n/texts';

// `npm run replica:screenshots`: a PNG of every page of both replicas in every language (plus the open menus and the
// dialog), to put side by side with shared/portal/screenshots/: test/replica/screenshots/ (classic) and
// test/replica-ng/screenshots/ (Angular), both git-ignored. `-- --replica ng` shoots one replica only.
const OUT: Readonly<Record<ReplicaName, string>> = {
	classic: fileURLToPath(new URL('./screenshots/', import.meta.url)),
	ng: fileURLToPath(new URL('../replica-ng/screenshots/', import.meta.url)),
};
const APP = `${PORTAL}/portal/adminservice/app`;

async function capture(page: Page, lang: Lang, out: string): Promise<void> {
	const l = <P extends Parameters<typeof label>[1]>(pageId: P, key: Parameters<typeof label<P>>[2]): string =>
		label(lang, pageId, key);
	const shoot = async (name: string): Promise<void> => {
		await page.mouse.move(0, 0);
		// Let overlays finish their opening animation and the spinner go.
		await page.waitForTimeout(300);
		await page.screenshot({path: `${out}${name}_${lang}.png`, fullPage: true});
	};
	const button = (name: string) => page.getByRole('button', {name, exact: true});
	const heading = (name: string) => page.getByRole('heading', {name, exact: true});

	await page.goto(`${APP}/home?lang=${lang}&delay=0&reset=1&users=4`);
	await page.getByText(l('home', 'welcome'), {exact: true}).waitFor();
	await shoot('home');
	await page.getByRole('button', {name: l('home', 'topTabUserManagement')}).click();
	await shoot('home-menu');

	await page.goto(`${APP}/home?terms=1`);
	const terms = page.getByRole('checkbox');
	await terms.waitFor();
	await shoot('terms');
	await terms.check();
	await button(l('termsOfUse', 'continueButton')).click();

	await page.getByRole('button', {name: l('home', 'topTabUserManagement')}).click();
	await page.getByRole('link', {name: l('home', 'userManagementMenuDelegated')}).click();
	const canton = page.getByRole('row').filter({has: cell(page, '1200.TI')});
	await canton.waitFor();
	await shoot('units');
	await canton.getByRole('link').or(canton.getByRole('button')).first().click();
	await cell(canton, l('unitSelection', 'statusActive')).click();
	await shoot('units-expanded');
	await button(l('unitSelection', 'continueButton')).click();

	await userRow(page, FIXTURE_IDS.pending).waitFor();
	await shoot('users');
	await menuToggle(userRow(page, FIXTURE_IDS.pending)).click();
	await openMenu(page).waitFor();
	await shoot('users-menu-running');
	await page.keyboard.press('Escape');
	await menuToggle(userRow(page, FIXTURE_IDS.active)).click();
	await openMenu(page).waitFor();
	await shoot('users-menu-completed');
	await page.keyboard.press('Escape');

	await button(l('userSelection', 'addUserButton')).click();
	await page.getByRole('dialog').waitFor();
	await shoot('create-user');
	await button(l('createUser', 'cancelButton')).click();
	await page.getByRole('dialog').waitFor({state: 'detached'});
	await userRow(page, FIXTURE_IDS.active).getByRole('button').first().click();
	await page.getByRole('dialog').waitFor();
	await shoot('edit-user');
	await button(l('createUser', 'cancelButton')).click();
	await page.getByRole('dialog').waitFor({state: 'detached'});

	await cell(userRow(page, FIXTURE_IDS.pending), FIXTURE_IDS.pending).click();
	await shoot('users-selected');
	await button(l('userSelection', 'continueButton')).click();
	await heading(l('permissions', 'title')).waitFor();
	await page.getByRole('option', {name: 'KT_Read'}).waitFor();
	await shoot('permissions');
	await menuToggle(page.locator('.profile-box')).click();
	await openMenu(page).waitFor();
	await shoot('permissions-profile-menu');
	await page.keyboard.press('Escape');
	await page.getByRole('option', {name: 'KT_Read'}).click();
	await shoot('permissions-role-selected');
	await page.getByRole('tab', {name: l('permissions', 'tabGrantDelegated'), exact: true}).click();
	await shoot('permissions-delegated');
	await page.getByRole('tab', {name: l('permissions', 'tabGrant'), exact: true}).click();

	await button(l('permissions', 'continueButton')).click();
	const justification = page.getByRole('textbox', {name: l('overview', 'justificationLabel')});
	await justification.waitFor();
	await shoot('overview');
	await justification.pressSequentially('Code abgelaufen');
	await page.getByRole('link', {name: l('overview', 'showMore').trim()}).click();
	await shoot('overview-filled');
	await button(l('overview', 'startOnboardingManuallyButton')).click();

	await heading(l('completed', 'title')).waitFor();
	await page.getByText(new RegExp(`1200-${FIXTURE_IDS.pending}-`)).waitFor();
	await shoot('completed');
	await page.getByRole('button', {name: l('completed', 'sendOnboardingCodeButton')}).click();
	await page.getByRole('alert').first().waitFor();
	await shoot('completed-code-sent');

	await page.goto(`${PORTAL}/portal/login?return=/portal/adminservice/app/home`);
	await heading(TEXTS.loginTitle[lang]).waitFor();
	await shoot('login');
	await page.goto(`${PORTAL}/portal/selfadminservice/app/onboarding`);
	await heading(TEXTS.selfAdminTitle[lang]).waitFor();
	await shoot('self-admin');
}

const wanted = process.argv[process.argv.indexOf('--replica') + 1];
const replicas = process.argv.includes('--replica') && isReplicaName(wanted) ? [wanted] : REPLICA_NAMES;
for (const replica of replicas) {
	await mkdir(OUT[replica], {recursive: true});
	const session = await launchChromium({extension: false, respond: REPLICAS[replica]});
	try {
		const page = await session.newPage();
		page.setDefaultTimeout(15_000);
		page.setDefaultNavigationTimeout(60_000);
		await page.setViewportSize({width: 1600, height: 820});
		for (const lang of LANGS) {
			await capture(page, lang, OUT[replica]);
			console.log(`${replica} ${lang}: done`);
		}
		if (session.consoleErrors.length > 0) console.warn('Console errors:', session.consoleErrors);
		console.log(`Screenshots in ${OUT[replica]}`);
	} finally {
		await session.close();
	}
}
