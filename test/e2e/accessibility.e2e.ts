import type {Page} from 'playwright-core';
import {describe, expect} from 'vitest';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {axeViolations, expectNoAxeViolations} from './support/axe';
import {chromiumTest as test} from './support/fixtures';
import type {ChromiumSession} from './support/chromium';
import {expectStep, launcher} from './support/overlay';
import {clickMarked, clickRowInMarkedTable, startResendAtHome} from './support/portal-steps';

// axe-core on everything the extension shows (issue #13, item 11): the overlay's shadow root while a guide runs,
// every screen of the popup and the options page. Zero violations, with axe's default rules.

const OVERLAY = ['#eiam-assist-root'];

describe('axe finds no accessibility violations', () => {
	let session: ChromiumSession;
	test.beforeAll(({session: launched}) => {
		session = launched;
	});

	const extensionPage = async (path: string, ready: string): Promise<Page> => {
		const page = await session.newPage();
		await page.goto(`chrome-extension://${session.extensionId}/${path}`);
		await page.locator(ready).first().waitFor();
		return page;
	};

	test('the check sees inside the overlay’s shadow root (a nameless button there is reported)', async ({page}) => {
		await page.goto('https://www.portal.eiam.admin.ch/portal/adminservice/app/home?lang=de&reset=1');
		await launcher(page).waitFor();
		await page.evaluate(() => {
			const button = document.createElement('button');
			document.getElementById('eiam-assist-root')?.shadowRoot?.append(button);
		});
		expect((await axeViolations(page, OVERLAY)).map((line) => line.split(' ')[0])).toEqual(['button-name']);
	});

	test('in the overlay: launcher, guide list, question, active step, templates, lost step', async ({page}) => {
		await page.goto('https://www.portal.eiam.admin.ch/portal/adminservice/app/home?lang=de&reset=1');
		await launcher(page).waitFor();
		await expectNoAxeViolations(page, 'the launcher', OVERLAY);
		await launcher(page).click();
		await expectNoAxeViolations(page, 'the guide list', OVERLAY);
		await page.locator('#eiam-assist-root [data-eiam-assist-start="resend-code"]').click();
		await expect.poll(() => page.locator('#eiam-assist-root [data-eiam-assist-choice]').count()).toBe(2);
		await expectNoAxeViolations(page, 'the guide’s question', OVERLAY);

		await startResendAtHome(page, 'fr');
		await expectNoAxeViolations(page, 'an active step', OVERLAY);
		await clickMarked(page, 'resend-code', 'open-user-management', 'Gestion des utilisateurs');
		await clickMarked(page, 'resend-code', 'open-delegated-management', 'Gestion déléguée');
		await clickRowInMarkedTable(page, 'resend-code', 'pick-unit', 'Actif');
		await clickMarked(page, 'resend-code', 'unit-continue', 'Continuer');
		await clickRowInMarkedTable(page, 'resend-code', 'pick-user', FIXTURE_IDS.pending);
		await clickMarked(page, 'resend-code', 'user-continue', 'Continuer');
		await clickMarked(page, 'resend-code', 'permissions-continue', 'Continuer');
		await expectStep(page, 'resend-code', 'type-justification');
		await expectNoAxeViolations(page, 'the justification step with its templates', OVERLAY);

		await page.evaluate(() => document.querySelector('[data-eiam-assist-target]')?.remove());
		await expect
			.poll(() => page.locator('#eiam-assist-root [data-eiam-assist-panel]').getAttribute('data-status'))
			.toBe('lost');
		await expectNoAxeViolations(page, 'a lost step', OVERLAY);
		await page.locator('#eiam-assist-root [data-eiam-assist-cancel]').click();
		await expectNoAxeViolations(page, 'the cancel question', OVERLAY);
	});

	test('in every screen of the popup', async () => {
		const page = await extensionPage('src/popup/index.html', '[data-eiam-assist-popup] form');
		await page.setViewportSize({width: 420, height: 800});
		await page.evaluate(`chrome.storage.session.remove('popup-wizard')`);
		await page.reload();
		await page.locator('[data-eiam-assist-popup] form').waitFor();
		await expectNoAxeViolations(page, 'the empty input screen');

		await page.locator('button[type="submit"]').click();
		await expectNoAxeViolations(page, 'the input screen with every error shown');

		await page.fill('[name="entered-first-name"]', 'Sophie');
		await page.fill('[name="entered-last-name"]', 'Favre');
		await page.fill('[name="entered-email"]', 'sophie.favre@cardiocentro.org');
		await page.fill('[name="registered-first-name"]', 'Sofia');
		await page.fill('[name="registered-last-name"]', 'Favre-Rossi');
		await page.fill('[name="registered-email"]', 'sophie.favre@cardiocentro.org');
		await page.locator('[data-suggested-outcome]').waitFor();
		await expectNoAxeViolations(page, 'the suggestion');

		for (const registered of [
			{first: 'Sophie', last: 'Favre', email: 'sophie.favre@cardiocentro.org'},
			{first: 'Sophie', last: 'Favre', email: 'sophie.favre@gmail.com'},
			{first: 'Marc', last: 'Dubois', email: 'marc.dubois@gmail.com'},
		]) {
			await page.fill('[name="registered-first-name"]', registered.first);
			await page.fill('[name="registered-last-name"]', registered.last);
			await page.fill('[name="registered-email"]', registered.email);
			await page.locator('[data-eiam-assist-confirm]').click();
			const outcome = await page.locator('[data-outcome]').getAttribute('data-outcome');
			await expectNoAxeViolations(page, `the outcome «${String(outcome)}»`);
			await page.locator('[data-outcome] .button-row button').last().click();
			await page.locator('[data-eiam-assist-popup] form').waitFor();
		}
		await page.locator('[data-eiam-assist-start-over]').click();
		await expectNoAxeViolations(page, 'the start-over question');
		await page.close();
	});

	test('on the options page', async () => {
		const page = await extensionPage('src/options/index.html', '[data-eiam-assist-options][data-state="ready"]');
		await page.evaluate(`chrome.storage.sync.clear()`);
		await page.reload();
		await page.locator('[data-eiam-assist-options][data-state="ready"]').waitFor();
		await expectNoAxeViolations(page, 'the options page');
		await page.locator('[data-template-add]').click();
		await page.fill('[name="escalationAddress"]', 'spiges@');
		await page.locator('[data-field-error="escalationAddress"]').waitFor();
		await expectNoAxeViolations(page, 'the options page with an own template and an error');
		await page.close();
	});
});
