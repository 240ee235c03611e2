import {expect} from 'vitest';
import type {Locator, Page} from 'playwright-core';

// Reading the overlay through the testing contract only (shared/DESIGN.md): Playwright's CSS engine pierces the
// open shadow root of #eiam-assist-root.

export const panel = (page: Page): Locator => page.locator('#eiam-assist-root [data-eiam-assist-panel]');
export const launcher = (page: Page): Locator => page.locator('#eiam-assist-root [data-eiam-assist-launcher]');
export const marked = (page: Page): Locator => page.locator('[data-eiam-assist-target]');

export type PanelState = {guide: string | null; step: string | null; status: string | null};

export async function panelState(page: Page): Promise<PanelState | null> {
	if ((await panel(page).count()) === 0) return null;
	const element = panel(page);
	return {
		guide: await element.getAttribute('data-guide'),
		step: await element.getAttribute('data-step'),
		status: await element.getAttribute('data-status'),
	};
}

/** Waits until the panel shows `step` with `status`, then checks that exactly one portal element is marked for it. */
export async function expectStep(page: Page, guide: string, step: string, status = 'active'): Promise<Locator> {
	await expect
		.poll(() => panelState(page), {timeout: 15_000})
		.toEqual({guide, step, status})
		.catch(async (error: unknown) => {
			// A flaky failure on a busy CI machine is only explained by what the page showed at that moment.
			throw new Error(`${String(error)}\n${await pageSituation(page)}`, {cause: error});
		});
	if (status !== 'active') return marked(page);
	await expect.poll(() => marked(page).count(), {timeout: 5_000}).toBe(1);
	expect(await marked(page).getAttribute('data-eiam-assist-target')).toBe(`${guide}:${step}`);
	expect(await marked(page).isVisible()).toBe(true);
	// The panel never covers what it points at.
	await expect.poll(() => panelCoversTarget(page), {timeout: 3_000}).toBe(false);
	return marked(page);
}

/** Waits until the running guide says it is done (the portal confirmed, or its last click left the page). */
export async function expectDone(page: Page): Promise<void> {
	await expect
		.poll(() => panel(page).getAttribute('data-status'))
		.toBe('done')
		.catch(async (error: unknown) => {
			throw new Error(
				`${String(error)}\n${JSON.stringify(await panelState(page))}\n${await pageSituation(page)}`,
				{
					cause: error,
				},
			);
		});
}

/** What the page showed when a wait failed: address, focus, dialog, fields and their values, the marked element. */
export async function pageSituation(page: Page): Promise<string> {
	return page
		.evaluate(() => {
			const describe = (element: Element | null): string =>
				element
					? `<${element.localName}${element.getAttribute('name') ? ` name=${element.getAttribute('name')}` : ''}>`
					: 'none';
			const fields = [...document.querySelectorAll('input, textarea')]
				.filter(
					(field): field is HTMLInputElement =>
						field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement,
				)
				.filter((field) => field.name !== '' && field.type !== 'radio' && field.type !== 'checkbox')
				.map((field) => `${field.name}=${JSON.stringify(field.value)}`);
			const target = document.querySelector('[data-eiam-assist-target]');
			return [
				`page: ${location.href}`,
				`focus: ${describe(document.activeElement)}`,
				`dialog open: ${document.querySelector('[role="dialog"], [aria-modal="true"]') !== null}`,
				`fields: ${fields.join(', ') || 'none'}`,
				`marked: ${target ? `${target.getAttribute('data-eiam-assist-target')} ${describe(target)}` : 'none'}`,
			].join('\n');
		})
		.catch((error: unknown) => `page not readable: ${String(error)}`);
}

/** Whether the step panel's box intersects the marked element's box on screen. */
export async function panelCoversTarget(page: Page): Promise<boolean> {
	const [a, b] = await Promise.all([panel(page).boundingBox(), marked(page).boundingBox()]);
	if (!a || !b) return false;
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The visible text of the marked portal element, whitespace folded. */
export async function markedText(page: Page): Promise<string> {
	return ((await marked(page).textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

export async function startGuide(page: Page, guide: string): Promise<void> {
	await launcher(page).click();
	await page.locator(`#eiam-assist-root [data-eiam-assist-start="${guide}"]`).click();
}

export async function choose(page: Page, value: string): Promise<void> {
	await page.locator(`#eiam-assist-root [data-eiam-assist-choice="${value}"]`).click();
}

/**
 * Checks that the overlay never appears on `page` within `ms` (the content script runs at document_idle, long
 * before): a deadline, not a sleep, since it fails the moment the root shows up.
 */
export async function expectNoOverlayWithin(page: Page, ms: number): Promise<void> {
	const appeared = await page
		.locator('#eiam-assist-root')
		.waitFor({state: 'attached', timeout: ms})
		.then(
			() => true,
			() => false,
		);
	expect(appeared, `the overlay appeared on ${page.url()}`).toBe(false);
}
