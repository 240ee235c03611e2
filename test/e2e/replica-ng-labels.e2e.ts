import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import catalog from '../replica/labels.json';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {LANGS, type Lang} from '../replica/src/i18n/lang';
import {label, type LabelPage} from '../replica/src/i18n/labels';
import {launchChromium, type ChromiumSession} from './support/chromium';
import {PORTAL} from './support/paths';
import {cell, menuToggle, userRow} from './support/replica-locators';
import {REPLICAS} from './support/replicas';

// The Angular replica shows every label of labels.json on its page, in each language (the classic replica is held
// to the same catalogue by test/unit/replica/labels.test.ts). Its templates name the labels by key, so this proves
// the keys and the pages match, whatever the components render around them.
const APP = `${PORTAL}/portal/adminservice/app`;

type Entry = Partial<Record<'de' | 'fr' | 'it' | 'en_proposed', unknown>>;

/** The visible parts of every label of a page (templates without their `{placeholders}`), with their keys. */
function expectedParts(page: LabelPage, lang: Lang): {key: string; part: string}[] {
	const entries: Readonly<Record<string, unknown>> = catalog[page];
	return Object.entries(entries)
		.filter(([key]) => !key.startsWith('_') && key !== 'sampleData')
		.filter((pair): pair is [string, Entry] => typeof pair[1] === 'object' && pair[1] !== null)
		.filter(([, entry]) => !(entry.de === null && entry.fr === null && entry.it === null))
		.flatMap(([key, entry]) => {
			const raw = entry[lang === 'en' ? 'en_proposed' : lang];
			// A label some languages lack falls back like the replica does (label() knows the fill-ins). The key comes
			// from the catalogue itself, so it is a key of `page`; TypeScript cannot follow that through entries().
			const values = Array.isArray(raw) ? raw.map(String) : [label(lang, page, key as never)];
			return values.flatMap((value) =>
				value
					.split(/\{\w+\}/)
					.map((part) => part.replace(/\s+/g, ' ').trim())
					.filter((part) => part !== '')
					.map((part) => ({key, part})),
			);
		});
}

/** The page's words: its text (not its CSS-transformed rendering) and the names given by aria-label. */
async function words(page: Page): Promise<string> {
	const names = await page.evaluate(() =>
		[...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')).join(' '),
	);
	return `${(await page.locator('body').textContent()) ?? ''} ${names}`.replace(/\s+/g, ' ');
}

let session: ChromiumSession;

beforeAll(async () => {
	session = await launchChromium({extension: false, respond: REPLICAS.ng});
});

afterAll(async () => {
	await session.close();
});

describe.each(LANGS)('the ng replica in %s', (lang) => {
	test('every page shows all its labels', async () => {
		const page = await session.newPage();
		page.setDefaultTimeout(15_000);
		page.setDefaultNavigationTimeout(30_000);
		const l = <P extends LabelPage>(pageId: P, key: Parameters<typeof label<P>>[2]): string =>
			label(lang, pageId, key);
		const button = (name: string) => page.getByRole('button', {name, exact: true});
		const seen: Partial<Record<LabelPage, string>> = {};

		await page.goto(`${APP}/home?lang=${lang}&delay=0&reset=1`);
		await page.getByText(l('home', 'welcome'), {exact: true}).waitFor();
		await page.getByRole('button', {name: l('home', 'topTabUserManagement')}).click();
		// The opened menu renders after the click (change detection, slower on a busy machine): read it once it is there.
		await page.getByText(l('home', 'userManagementMenuDelegated'), {exact: true}).waitFor();
		seen.home = await words(page);
		await page.goto(`${APP}/home?terms=1`);
		await page.getByRole('checkbox').waitFor();
		seen.termsOfUse = await words(page);

		await page.goto(`${APP}/delegation/units`);
		const canton = page.getByRole('row').filter({has: cell(page, '1200.TI')});
		await canton.getByRole('button').first().click();
		await page.getByRole('row').filter({hasText: 'SpiGes_EOC'}).waitFor();
		seen.unitSelection = await words(page);
		await cell(canton, l('unitSelection', 'statusActive')).click();
		await button(l('unitSelection', 'continueButton')).click();

		await userRow(page, FIXTURE_IDS.pending).waitFor();
		let users = await words(page);
		// A completed onboarding's menu (reset) and a running one's (reminder, new code); the status filter.
		for (const extId of [FIXTURE_IDS.active, FIXTURE_IDS.pending]) {
			await menuToggle(userRow(page, extId)).click();
			await page.getByRole('menu').waitFor();
			users += await words(page);
			await page.keyboard.press('Escape');
			await page.getByRole('menu').waitFor({state: 'detached'});
		}
		seen.userSelection = users;

		await button(l('userSelection', 'addUserButton')).click();
		await page.getByRole('dialog').waitFor();
		seen.createUser = await words(page);
		await button(l('createUser', 'cancelButton')).click();
		await page.getByRole('dialog').waitFor({state: 'detached'});

		await cell(userRow(page, FIXTURE_IDS.pending), FIXTURE_IDS.pending).click();
		await button(l('userSelection', 'continueButton')).click();
		await page.getByRole('heading', {name: l('permissions', 'title'), exact: true}).waitFor();
		let permissions = await words(page);
		await menuToggle(page.locator('.profile-box')).click();
		await page.getByRole('menu').waitFor();
		permissions += await words(page);
		await page.keyboard.press('Escape');
		await page.getByRole('tab', {name: l('permissions', 'tabGrantDelegated'), exact: true}).click();
		await page.getByRole('checkbox', {name: l('permissions', 'delegationUsers')}).waitFor();
		seen.permissions = permissions + (await words(page));
		await page.getByRole('tab', {name: l('permissions', 'tabGrant'), exact: true}).click();

		await button(l('permissions', 'continueButton')).click();
		await page.getByRole('heading', {name: l('overview', 'title'), exact: true}).waitFor();
		seen.overview = await words(page);
		await page.getByRole('textbox', {name: l('overview', 'justificationLabel')}).fill('Code abgelaufen');
		await button(l('overview', 'startOnboardingManuallyButton')).click();
		await page.getByRole('heading', {name: l('completed', 'title'), exact: true}).waitFor();
		seen.completed = await words(page);

		const missing = Object.entries(seen).flatMap(([pageId, shown]) =>
			expectedParts(pageId as LabelPage, lang)
				.filter(({part}) => !shown.includes(part))
				.map(({key, part}) => `${pageId}.${key}: ${part}`),
		);
		expect(Object.keys(seen)).toHaveLength(8);
		expect(missing).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
		await page.close();
	});
});
