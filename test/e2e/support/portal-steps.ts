import {expect} from 'vitest';
import type {Page} from 'playwright-core';
import {CONFIRMATIONS} from '../../replica/src/i18n/texts';
import type {Lang} from '../../replica/src/i18n/lang';
import {expectStep, marked, markedText} from './overlay';

/** The portal page's text with whitespace folded, for checking confirmations. */
export async function pageText(page: Page): Promise<string> {
	return ((await page.locator('body').textContent()) ?? '').replace(/\s+/g, ' ');
}

/** The start of a replica confirmation (before its e-mail placeholder), for `toContain` checks. */
export function confirmationStart(key: keyof typeof CONFIRMATIONS, lang: Lang): string {
	return CONFIRMATIONS[key][lang].split('{')[0]?.trim() ?? '';
}

/** Clicks the marked element after checking it shows `label` (the portal's own words for the control). */
export async function clickMarked(page: Page, guide: string, step: string, label: string): Promise<void> {
	await expectStep(page, guide, step);
	expect(await markedText(page)).toContain(label);
	await marked(page).click();
}

/** The marked element is a table: click the data row that contains `text` (the user picks the row). */
export async function clickRowInMarkedTable(page: Page, guide: string, step: string, text: string): Promise<void> {
	await expectStep(page, guide, step);
	expect(await marked(page).evaluate((element) => element.matches('table, [role="table"], [role="grid"], [role="treegrid"]') || element.querySelector('table') !== null)).toBe(true);
	await marked(page).locator('tbody tr', {hasText: text}).first().click();
}
