import {describe, expect} from 'vitest';
import {firefoxTest as test} from './support/fixtures';
import type {ElementHandle, Page} from 'puppeteer-core';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {PORTAL_HOME} from './support/paths';
import {REPLICAS} from './support/replicas';

// The same guide as resend-code.e2e.ts, in Firefox ESR (German), read through the testing contract: one Firefox per
// file, on the replica built from the real libraries (Angular, PrimeNG, Material, Oblique).
test.override('respond', {scope: 'file'}, () => REPLICAS.ng);

type Panel = {guide: string | null; step: string | null; status: string | null; marked: string[]};

async function state(page: Page): Promise<Panel | null> {
	return page.evaluate(() => {
		const panel = document
			.getElementById('eiam-assist-root')
			?.shadowRoot?.querySelector('[data-eiam-assist-panel]');
		if (!panel) return null;
		return {
			guide: panel.getAttribute('data-guide'),
			step: panel.getAttribute('data-step'),
			status: panel.getAttribute('data-status'),
			marked: [...document.querySelectorAll('[data-eiam-assist-target]')].map(
				(element) => element.getAttribute('data-eiam-assist-target') ?? '',
			),
		};
	});
}

async function expectStep(page: Page, step: string): Promise<void> {
	await expect
		.poll(() => state(page), {timeout: 15_000})
		.toEqual({guide: 'resend-code', step, status: 'active', marked: [`resend-code:${step}`]});
}

/**
 * Clicks `selector` in the overlay once it is drawn: the background builds the overlay's tree, so what a click
 * opens appears a message's round trip later (as a user sees it, well before they could click it).
 */
async function clickInOverlay(page: Page, selector: string): Promise<void> {
	const clicked = (css: string): boolean => {
		const element = document.getElementById('eiam-assist-root')?.shadowRoot?.querySelector(css);
		if (!(element instanceof HTMLElement)) return false;
		element.click();
		return true;
	};
	await expect.poll(() => page.evaluate(clicked, selector), {timeout: 15_000}).toBe(true);
}

/**
 * Clicks `element` as a user does: once it is the thing under the pointer. Puppeteer clicks at the element's centre
 * without checking what is there (Playwright waits until the element would receive the click): while Oblique's
 * spinner overlay (`ob-overlay`, shown while page data or an action result loads) still covers the page, or the page
 * is still moving, the click lands on the overlay and neither the portal nor the guide sees it. Scrolls it into
 * view like the user would, and waits until its box holds still and its centre hits it.
 */
async function clickWhenReachable(element: ElementHandle): Promise<void> {
	let lastBox = '';
	await expect
		.poll(
			async () => {
				const seen = await element.evaluate((target) => {
					const box = target.getBoundingClientRect();
					if (box.top < 0 || box.bottom > innerHeight) target.scrollIntoView({block: 'center'});
					const now = target.getBoundingClientRect();
					const hit = document.elementFromPoint(now.left + now.width / 2, now.top + now.height / 2);
					return {box: [now.left, now.top, now.width, now.height].join(), reachable: target.contains(hit)};
				});
				const still = seen.box === lastBox;
				lastBox = seen.box;
				return still && seen.reachable;
			},
			{timeout: 15_000},
		)
		.toBe(true);
	await element.click();
}

async function clickMarked(page: Page, step: string, text: string): Promise<void> {
	await expectStep(page, step);
	const marked = await page.$('[data-eiam-assist-target]');
	if (!marked) throw new Error(`nothing marked at ${step}`);
	expect(await marked.evaluate((element) => element.textContent)).toContain(text);
	await clickWhenReachable(marked);
}

async function clickRowInMarked(page: Page, step: string, text: string): Promise<void> {
	await expectStep(page, step);
	const rows = await page.$$('[data-eiam-assist-target] tbody tr');
	for (const row of rows) {
		if (!(await row.evaluate((element) => element.textContent)).includes(text)) continue;
		// The cell that shows the text, as a user would click it: the centre of a tree-table row can be its toggle
		// or indentation, which PrimeNG does not take as a selection.
		for (const cell of await row.$$('td')) {
			if ((await cell.evaluate((element) => element.textContent)).includes(text)) {
				await clickWhenReachable(cell);
				return;
			}
		}
		await clickWhenReachable(row);
		return;
	}
	throw new Error(`no row with ${text}`);
}

describe('resend-code in Firefox on the Angular replica', () => {
	test('in German, from the home page to the confirmation', async ({firefox}) => {
		const page = await firefox.newPage();
		await page.goto(`${PORTAL_HOME}?lang=de&reset=1`);
		await page.waitForFunction(() =>
			document.getElementById('eiam-assist-root')?.shadowRoot?.querySelector('[data-eiam-assist-launcher]'),
		);
		await clickInOverlay(page, '[data-eiam-assist-launcher]');
		await clickInOverlay(page, '[data-eiam-assist-start="resend-code"]');
		await clickInOverlay(page, '[data-eiam-assist-choice="code-expired"]');

		await clickMarked(page, 'open-user-management', 'Benutzermanagement');
		await clickMarked(page, 'open-delegated-management', 'Delegiertes Management');
		await clickRowInMarked(page, 'pick-unit', 'Aktiv');
		await clickMarked(page, 'unit-continue', 'Weiter');
		await clickRowInMarked(page, 'pick-user', FIXTURE_IDS.pending);
		await clickMarked(page, 'user-continue', 'Weiter');
		await clickMarked(page, 'permissions-continue', 'Weiter');
		await expectStep(page, 'type-justification');
		await page.type('[data-eiam-assist-target]', 'Onboarding-Code abgelaufen, neu gesendet.');
		await clickMarked(page, 'start-onboarding', 'Onboarding manuell starten');
		await clickMarked(page, 'send-code', 'Onboarding-Code per E-Mail senden');

		await expect.poll(async () => (await state(page))?.status).toBe('done');
		expect((await state(page))?.marked).toEqual([]);
		expect(await page.evaluate(() => document.body.textContent)).toContain('Der Onboarding-Code wurde per E-Mail');
		await page.close();
	});
});
