import {expect} from 'vitest';
import type {Locator, Page} from 'playwright-core';
import {FIXTURE_IDS} from '../../replica/src/data/users';
import {label} from '../../replica/src/i18n/labels';
import type {Lang} from '../../replica/src/i18n/lang';
import {RENAMES} from '../../replica/src/i18n/renames';
import {expectStep, panel} from './overlay';
import {clickMarked, clickRowInMarkedTable, confirmationStart, pageText, startResendAtHome} from './portal-steps';

// Teach mode (issue #12) through the testing contract: the replica's `rename=send-code` gives the completed page's
// "send onboarding code" button a label no catalogue knows, so resend-code goes `lost` at its `send-code` step.

export const RENAMED = RENAMES['send-code'].texts;

/** The renamed button as a user finds it: by its role and the words it shows. */
export const renamedButton = (page: Page, lang: Lang): Locator =>
	page.getByRole('button', {name: RENAMED[lang], exact: true});

/** From the home page to the completed page with resend-code, up to (not including) its send-code step. */
export async function resendUpToCompleted(page: Page, lang: Lang): Promise<void> {
	await startResendAtHome(page, lang, '&rename=send-code');
	await clickMarked(page, 'resend-code', 'open-user-management', label(lang, 'home', 'topTabUserManagement'));
	await clickMarked(
		page,
		'resend-code',
		'open-delegated-management',
		label(lang, 'home', 'userManagementMenuDelegated'),
	);
	await clickRowInMarkedTable(page, 'resend-code', 'pick-unit', label(lang, 'unitSelection', 'statusActive'));
	await clickMarked(page, 'resend-code', 'unit-continue', label(lang, 'unitSelection', 'continueButton'));
	await clickRowInMarkedTable(page, 'resend-code', 'pick-user', FIXTURE_IDS.pending);
	await clickMarked(page, 'resend-code', 'user-continue', label(lang, 'userSelection', 'continueButton'));
	await clickMarked(page, 'resend-code', 'permissions-continue', label(lang, 'permissions', 'continueButton'));
	await expectStep(page, 'resend-code', 'type-justification');
	await page.locator('#eiam-assist-root [data-eiam-assist-template]').first().click();
	await clickMarked(
		page,
		'resend-code',
		'start-onboarding',
		label(lang, 'overview', 'startOnboardingManuallyButton'),
	);
}

/**
 * Records every `data-status` the step panel shows from now on (in the page, so no state between two polls is
 * missed): `statuses(page)` reads them. Survives the panel being re-created; a reload needs a new call.
 */
export async function recordPanelStatuses(page: Page): Promise<void> {
	await page.locator('#eiam-assist-root').waitFor({state: 'attached'});
	await page.evaluate(() => {
		const root = document.getElementById('eiam-assist-root')?.shadowRoot;
		const seen: string[] = [];
		(window as unknown as {panelStatuses: string[]}).panelStatuses = seen;
		const note = (): void => {
			const status = root?.querySelector('[data-eiam-assist-panel]')?.getAttribute('data-status');
			if (status && seen.at(-1) !== status) seen.push(status);
		};
		note();
		if (root) new MutationObserver(note).observe(root, {subtree: true, childList: true, attributes: true});
	});
}

export async function statuses(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as {panelStatuses: string[]}).panelStatuses);
}

/**
 * Counts, in the page, the pointer and mouse events that reach a portal element (or any listener on the document in
 * the bubbling phase, as the portal's own listeners are): `portalEvents(page)` reads the count.
 */
export async function countPortalEvents(target: Locator): Promise<void> {
	await target.evaluate((element) => {
		const counts = {element: 0, document: 0};
		(window as unknown as {portalEvents: typeof counts}).portalEvents = counts;
		for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
			element.addEventListener(type, () => (counts.element += 1));
			document.addEventListener(type, () => (counts.document += 1));
		}
	});
}

export async function portalEvents(page: Page): Promise<{element: number; document: number}> {
	return page.evaluate(() => (window as unknown as {portalEvents: {element: number; document: number}}).portalEvents);
}

/** Clicks the middle of `target` with the mouse, wherever it is on screen (what a user does in teach mode). */
export async function clickAtCentreOf(page: Page, target: Locator): Promise<void> {
	const box = await target.boundingBox();
	expect(box, 'the control to pick is on screen').not.toBeNull();
	if (!box) return;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The guide finished: the panel says done and the portal shows its confirmation of the sent code. */
export async function expectCodeSent(page: Page, lang: Lang): Promise<void> {
	await expect.poll(() => panel(page).getAttribute('data-status'), {timeout: 15_000}).toBe('done');
	await expect.poll(() => pageText(page), {timeout: 5_000}).toContain(confirmationStart('codeSent', lang));
}
