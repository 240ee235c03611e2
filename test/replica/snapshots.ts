import {mkdir, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import type {Locator, Page} from 'playwright-core';
import {launchChromium} from '../e2e/support/chromium';
import {PORTAL} from '../e2e/support/paths';
import {FIXTURE_IDS} from './src/data/users';
import {LANGS, type Lang} from './src/i18n/lang';
import {label} from './src/i18n/labels';

/**
 * Saves the replica's pages as HTML snapshots for the portal-model unit tests: `<state>.<lang>.html` for every
 * state named in `examples` (src/portal/pages.ts), into test/unit/portal/snapshots/. Run `npm run replica:snapshots`
 * and commit the result when the replica changes.
 *
 * A snapshot is the live DOM (`page.content()`) with three changes, so it reads in happy-dom like the page in
 * Chromium: scripts and stylesheet links removed (nothing to load), and every element that the replica's CSS hides
 * carries that as an inline style (`display:none` on the outermost hidden element, `visibility` where it differs
 * from the parent), because the stylesheet itself is not in the snapshot.
 */
const OUT = fileURLToPath(new URL('../unit/portal/snapshots/', import.meta.url));
const APP = `${PORTAL}/portal/adminservice/app`;

async function freezeAndSerialise(page: Page): Promise<string> {
	return page.evaluate(() => {
		// Work on a copy: the live page goes on (inline styles would stick and break the next step).
		const copy = document.documentElement.cloneNode(true) as HTMLElement;
		const live = [...document.body.querySelectorAll<HTMLElement>('*')];
		const copied = [...(copy.querySelector('body')?.querySelectorAll<HTMLElement>('*') ?? [])];
		live.forEach((el, index) => {
			const target = copied[index];
			const parent = el.parentElement;
			if (!target) return;
			const style = getComputedStyle(el);
			if (style.display === 'none') {
				if (!parent || parent.checkVisibility()) target.style.display = 'none';
				return;
			}
			if (parent && style.visibility !== getComputedStyle(parent).visibility)
				target.style.visibility = style.visibility;
		});
		for (const el of copy.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"]'))
			el.remove();
		return `<!doctype html>\n${copy.outerHTML}\n`;
	});
}

async function capture(page: Page, lang: Lang): Promise<void> {
	const l = <P extends Parameters<typeof label>[1]>(pageId: P, key: Parameters<typeof label<P>>[2]): string =>
		label(lang, pageId, key);
	const save = async (state: string): Promise<void> => {
		await page.mouse.move(0, 0);
		await writeFile(`${OUT}${state}.${lang}.html`, await freezeAndSerialise(page));
	};
	const button = (name: string): Locator => page.getByRole('button', {name, exact: true});
	const row = (extId: string): Locator =>
		page.locator('tbody > tr', {has: page.locator('td', {hasText: new RegExp(`^${extId}$`)})});

	await page.goto(`${APP}/home?lang=${lang}&delay=0&reset=1&users=4&pending=${FIXTURE_IDS.pending}`);
	await page.getByText(l('home', 'welcome'), {exact: true}).waitFor();
	await save('home');
	await button(l('home', 'topTabUserManagement')).click();
	// By text, not role: the toggle's aria-owns puts the sub-menu inside a button in the accessibility tree.
	await page.getByText(l('home', 'userManagementMenuDelegated'), {exact: true}).waitFor();
	await save('home-menu-open');

	await page.goto(`${APP}/home?terms=1`);
	await page.locator('#terms-accept').waitFor();
	await save('home-terms');
	await page.locator('#terms-accept').check();
	await button(l('termsOfUse', 'continueButton')).click();

	await button(l('home', 'topTabUserManagement')).click();
	await page.getByText(l('home', 'userManagementMenuDelegated'), {exact: true}).click();
	await page.locator('.ui-treetable-tbody tr').first().waitFor();
	await save('unit-selection');
	await page.locator('.ui-treetable-toggler').first().click();
	await page.locator('.ui-treetable-tbody tr').first().click();
	await save('unit-selection-expanded');
	await button(l('unitSelection', 'continueButton')).click();

	await row(FIXTURE_IDS.pending).waitFor();
	await save('user-selection');
	await row(FIXTURE_IDS.pending).locator('.dropdown-toggle').click();
	await page.getByRole('button', {name: l('userSelection', 'menuSendNewOnboardingCode')}).waitFor();
	await save('user-selection-row-menu');
	await page.keyboard.press('Escape');

	await button(l('userSelection', 'addUserButton')).click();
	await page.locator('ngb-modal-window').waitFor();
	await save('create-user');
	await button(l('createUser', 'cancelButton')).click();
	await page.locator('ngb-modal-window').waitFor({state: 'detached'});
	await row(FIXTURE_IDS.active).locator('.btn-group > .btn').first().click();
	await page.locator('ngb-modal-window').waitFor();
	await save('edit-user');
	await button(l('createUser', 'cancelButton')).click();
	await page.locator('ngb-modal-window').waitFor({state: 'detached'});

	await row(FIXTURE_IDS.pending).locator('td').first().click();
	await save('user-selection-row-selected');
	await button(l('userSelection', 'continueButton')).click();
	await page.locator('.profile-box').first().waitFor();
	await save('permissions');
	await page.locator('.profile-box .dropdown-toggle').first().click();
	await page.getByRole('button', {name: l('permissions', 'profileMenuDeactivate'), exact: true}).waitFor();
	await save('permissions-profile-menu');
	await page.keyboard.press('Escape');
	await page.getByRole('tab', {name: l('permissions', 'tabGrantDelegated'), exact: true}).click();
	await save('permissions-tab-delegated');
	await page.getByRole('tab', {name: l('permissions', 'tabGrant'), exact: true}).click();

	await button(l('permissions', 'continueButton')).click();
	await page.locator('textarea').first().waitFor();
	await save('overview');
	await page.locator('textarea').first().pressSequentially('Code abgelaufen');
	await save('overview-justified');
	await button(l('overview', 'startOnboardingManuallyButton')).click();

	await page.getByRole('button', {name: l('completed', 'sendOnboardingCodeButton')}).waitFor();
	await save('completed');
	await page.getByRole('button', {name: l('completed', 'sendOnboardingCodeButton')}).click();
	await page.locator('[role="alert"]').first().waitFor();
	await save('completed-code-sent');

	// The replica's variants: menus in a body-level overlay container, icon-only buttons with aria-labels.
	await page.goto(`${APP}/delegation/users?menus=body&iconlabels=1`);
	await row(FIXTURE_IDS.pending).locator('.dropdown-toggle').click();
	await page.locator('.cdk-overlay-container .dropdown-menu').waitFor();
	await save('user-selection-row-menu-body');
	await page.keyboard.press('Escape');

	// Not portal pages, but served on the portal host: they must be `unknown` even under an admin URL.
	await page.goto(`${PORTAL}/portal/login?return=/portal/adminservice/app/home`);
	await page.locator('.login-card').waitFor();
	await save('login');
	await page.goto(`${PORTAL}/portal/selfadminservice/app/onboarding`);
	await page.locator('.self-admin').waitFor();
	await save('self-admin');
}

await mkdir(OUT, {recursive: true});
const session = await launchChromium({extension: false});
try {
	const page = await session.newPage();
	await page.setViewportSize({width: 1600, height: 900});
	for (const lang of LANGS) {
		await capture(page, lang);
		console.log(`${lang}: saved`);
	}
	if (session.consoleErrors.length > 0) console.warn('Console errors:', session.consoleErrors);
} finally {
	await session.close();
}
