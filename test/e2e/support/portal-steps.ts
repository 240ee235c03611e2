import {expect} from 'vitest';
import type {Locator, Page} from 'playwright-core';
import {CONFIRMATIONS} from '../../replica/src/i18n/texts';
import type {Lang} from '../../replica/src/i18n/lang';
import {choose, expectStep, marked, markedText, pageSituation, startGuide} from './overlay';
import {PORTAL, PORTAL_HOME} from './paths';
import {cell, isSelected} from './replica-locators';

/** The portal page's text with whitespace folded, for checking confirmations. */
export async function pageText(page: Page): Promise<string> {
	return ((await page.locator('body').textContent()) ?? '').replace(/\s+/g, ' ');
}

/** The start of a replica confirmation (before its e-mail placeholder), for `toContain` checks. */
export function confirmationStart(key: keyof typeof CONFIRMATIONS, lang: Lang): string {
	return CONFIRMATIONS[key][lang].split('{')[0]?.trim() ?? '';
}

/**
 * Types into a field of a portal dialog as a user would: once the dialog has taken the focus. ng-bootstrap and
 * Material move the focus into a dialog when it has finished opening; keys typed before that go astray (on a busy
 * machine the guide marks the field before that moment). `replace` clears the field first.
 */
export async function typeInDialog(field: Locator, text: string, {replace = false} = {}): Promise<void> {
	// The locator is read again on every try: while a Material dialog opens, the page behind it is neither hidden nor
	// behind an aria-modal, and the guide may for a moment mark the list's column filter of the same name (seen on a
	// loaded machine) until the dialog has taken the focus.
	await expect
		.poll(
			() =>
				field.evaluate((input) => {
					const dialog = input.closest('[role="dialog"], [aria-modal="true"]');
					return dialog !== null && dialog.contains(document.activeElement);
				}),
			// Material traps the focus after its open animation and the next Angular render, both late on a loaded
			// 2-core machine: room beyond the default 8 s.
			{timeout: 20_000},
		)
		.toBe(true)
		.catch(async (error: unknown) => {
			// A flaky failure on a busy CI machine is only explained by what the page showed at that moment.
			const now = await field
				.evaluate((input) => {
					const chain: string[] = [];
					for (let e: Element | null = input; e; e = e.parentElement)
						chain.push(`${e.localName}${e.getAttribute('role') ? `[role=${e.getAttribute('role')}]` : ''}`);
					return `marked field: ${chain.join(' < ')}`;
				})
				.catch((reason: unknown) => `field not readable: ${String(reason)}`);
			throw new Error(`${String(error)}\n${now}\n${await pageSituation(field.page())}`, {
				cause: error,
			});
		});
	// Held from here: a marked field loses its mark as soon as the guide moves on, mid-typing.
	const element = await field.elementHandle();
	const before = replace ? '' : await element.inputValue();
	if (replace) await element.fill('');
	await field.pressSequentially(text);
	expect(await element.inputValue(), 'every key reached the field').toBe(before + text);
	await element.dispose();
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
	expect(
		await marked(page).evaluate(
			(element) =>
				element.matches('table, [role="table"], [role="grid"], [role="treegrid"]') ||
				element.querySelector('table') !== null,
		),
	).toBe(true);
	await marked(page).locator('tbody tr', {hasText: text}).first().click();
}

/**
 * Waits until the row shows as selected (Angular renders a click's result in the next frame). A plain loop, not
 * Vitest's `expect.poll`: the benchmark walks the portal with these steps outside Vitest.
 */
async function untilSelected(row: Locator, timeoutMs = 5_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!(await isSelected(row))) {
		if (Date.now() > end) throw new Error('the row did not show as selected');
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/**
 * Walks the portal by its own controls (no guide): home → delegated management → first unit → user list. By role
 * and name, so it works on both replicas (Angular renders a click's result in the next frame: the waits poll).
 * `origin`: another host serving the replica (the benchmark's page where the content script does not run).
 */
export async function openUserList(page: Page, lang: Lang, query = '', origin = PORTAL): Promise<void> {
	const {label} = await import('../../replica/src/i18n/labels');
	await page.goto(`${PORTAL_HOME.replace(PORTAL, origin)}?lang=${lang}&reset=1${query}`);
	// Not an exact name: Oblique's open menu button also names its sub-menu (aria-owns).
	await page.getByRole('button', {name: label(lang, 'home', 'topTabUserManagement')}).click();
	await page.getByRole('link', {name: label(lang, 'home', 'userManagementMenuDelegated'), exact: true}).click();
	const active = label(lang, 'unitSelection', 'statusActive');
	const unit = page
		.getByRole('row')
		.filter({has: cell(page, active)})
		.first();
	await cell(unit, active).click();
	await untilSelected(unit);
	await page.getByRole('button', {name: label(lang, 'unitSelection', 'continueButton'), exact: true}).click();
	await page.locator('tbody tr', {hasText: '@'}).first().waitFor();
}

/** From the user list: select the person's row and continue to the permissions page. */
export async function openPermissionsOf(page: Page, lang: Lang, extId: string): Promise<void> {
	const {label} = await import('../../replica/src/i18n/labels');
	await cell(userRow(page, extId), extId).click();
	await untilSelected(userRow(page, extId));
	await page.getByRole('button', {name: label(lang, 'userSelection', 'continueButton'), exact: true}).click();
	await page.getByRole('heading', {name: label(lang, 'permissions', 'title')}).waitFor();
}

/** The row of the user list that shows `extId`. */
export const userRow = (page: Page, extId: string) => page.locator('tbody tr', {hasText: extId}).first();

/** Opens the portal's home page afresh and starts `resend-code` for an expired code: its first step is active. */
export async function startResendAtHome(page: Page, lang: Lang, query = ''): Promise<void> {
	await page.goto(`${PORTAL_HOME}?lang=${lang}&reset=1${query}`);
	await startGuide(page, 'resend-code');
	await choose(page, 'code-expired');
	await expectStep(page, 'resend-code', 'open-user-management');
}
