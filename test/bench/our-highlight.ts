import type {Page} from 'playwright-core';
import type {BenchWindow} from './in-page';

/**
 * Driving our guide on the replica's user list through the testing contract: the row helper beside a pending
 * person starts `resend-from-list`, the choice *new code* makes the step's target (that row's menu arrow) known,
 * the guide marks it and draws the ring. All clicks happen inside the page (element.click()), so no Playwright
 * round trip or actionability wait lands inside a measured interval.
 */

const SETUP_TIMEOUT_MS = 20_000;

/** Clicks the row helper of `extId` and waits until the panel offers the choice (not measured). */
export async function openChoice(page: Page, extId: string): Promise<void> {
	await page.evaluate(
		async ({extId, timeoutMs}) => {
			const bench = (window as unknown as BenchWindow).__bench;
			let poked = 0;
			const helper = await bench.waitFor(
				() => {
					const found = bench.overlay()?.querySelector(`[data-eiam-assist-row-action="${extId}"]`);
					if (!found && poked++ % 30 === 0) bench.pokeScroll(); // see pokeScroll: the helpers may wait for it
					return found;
				},
				timeoutMs,
				`row helper of ${extId}`,
			);
			(helper as HTMLElement).click();
			await bench.waitFor(
				() => bench.overlay()?.querySelector('[data-eiam-assist-choice="new-code"]'),
				timeoutMs,
				'the choice "new code"',
			);
		},
		{extId, timeoutMs: SETUP_TIMEOUT_MS},
	);
}

/**
 * Clicks *new code* and returns the milliseconds from that click to the painted frame that shows the target marked
 * and a ring of our overlay around it. Leaves the guide running.
 */
export async function chooseAndTimeHighlight(page: Page, timeoutMs: number): Promise<number> {
	return page.evaluate(async (timeoutMs) => {
		const bench = (window as unknown as BenchWindow).__bench;
		const choice = bench.overlay()?.querySelector<HTMLElement>('[data-eiam-assist-choice="new-code"]');
		if (!choice) throw new Error('the choice "new code" is gone');
		const started = performance.now();
		choice.click();
		const painted = await bench.paintedWhen(
			() => {
				const target = bench.marked();
				return target !== null && bench.ringAround(target);
			},
			timeoutMs,
			'our ring around the marked target',
		);
		return painted - started;
	}, timeoutMs);
}

/** Starts the guide on `extId`'s row up to its marked target, unmeasured (a state other measures need). */
export async function startGuide(page: Page, extId: string): Promise<void> {
	await openChoice(page, extId);
	await chooseAndTimeHighlight(page, SETUP_TIMEOUT_MS);
	await settle(page);
}

/** Cancels the running guide (cancel, confirm) and waits until nothing is marked and the row helper is back. */
export async function cancelGuide(page: Page, extId: string): Promise<void> {
	await page.evaluate(
		async ({extId, timeoutMs}) => {
			const bench = (window as unknown as BenchWindow).__bench;
			const cancel = await bench.waitFor(
				() => bench.overlay()?.querySelector('[data-eiam-assist-cancel]'),
				timeoutMs,
				'the cancel button',
			);
			(cancel as HTMLElement).click();
			const confirm = await bench.waitFor(
				() => bench.overlay()?.querySelector('[data-eiam-assist-cancel-confirm]'),
				timeoutMs,
				'the cancel confirmation',
			);
			(confirm as HTMLElement).click();
			await bench.waitFor(() => (bench.marked() ? null : document.body), timeoutMs, 'the target unmarked');
			let poked = 0;
			await bench.waitFor(
				() => {
					const found = bench.overlay()?.querySelector(`[data-eiam-assist-row-action="${extId}"]`);
					if (!found && poked++ % 30 === 0) bench.pokeScroll();
					return found;
				},
				timeoutMs,
				`row helper of ${extId} after cancelling`,
			);
		},
		{extId, timeoutMs: SETUP_TIMEOUT_MS},
	);
	await settle(page);
}

/** Whether our guide marks an element right now. */
export async function guideRunning(page: Page): Promise<boolean> {
	return page.evaluate(() => (window as unknown as BenchWindow).__bench.marked() !== null);
}

export async function settle(page: Page): Promise<void> {
	await page.evaluate(() => (window as unknown as BenchWindow).__bench.settle());
}

/** Remembers the element our guide marks as `window.__benchTarget`, for Driver.js to highlight the same one. */
export async function rememberTarget(page: Page): Promise<void> {
	await page.evaluate(() => {
		const target = (window as unknown as BenchWindow).__bench.marked();
		if (!target) throw new Error('nothing is marked to remember');
		(window as unknown as {__benchTarget: Element}).__benchTarget = target;
	});
}
