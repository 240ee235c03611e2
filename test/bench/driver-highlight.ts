import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import type {Page} from 'playwright-core';
import type {BenchWindow} from './in-page';

/**
 * Driver.js (exact-pinned dev dependency) in the same page as our extension, highlighting the element our guide
 * marked. Its IIFE bundle and stylesheet come from node_modules through Playwright (no network). `animate: false`:
 * our ring does not animate either (and under reduced motion, which the benchmark emulates, neither would fade);
 * with animation Driver.js would only report its highlight done after a 400 ms transition.
 */

const require = createRequire(import.meta.url);
/** The package exports neither the IIFE nor its folder; its main entry sits beside them in dist/. */
const DIST = dirname(require.resolve('driver.js'));
export const DRIVER_SCRIPT = join(DIST, 'driver.js.iife.js');
export const DRIVER_STYLES = join(DIST, 'driver.css');

/** The part of Driver.js's global API the benchmark uses. */
type DriverGlobal = {
	driver: {
		js: {
			driver(config: Record<string, unknown>): {
				highlight(step: {element: Element; popover?: {title: string; description: string}}): void;
				destroy(): void;
			};
		};
	};
};

/** Marks what `injectDriver` added to the page, for `removeDriver`. */
const DRIVER_TAG = 'data-bench-driver';

export async function injectDriver(page: Page): Promise<void> {
	const present = await page.evaluate(
		() => typeof (window as unknown as {driver?: {js?: {driver?: unknown}}}).driver?.js?.driver,
	);
	if (present === 'function') return;
	for (const added of [await page.addStyleTag({path: DRIVER_STYLES}), await page.addScriptTag({path: DRIVER_SCRIPT})])
		await added.evaluate((element, tag) => (element as Element).setAttribute(tag, ''), DRIVER_TAG);
}

/**
 * Takes Driver.js out of the page again: its stylesheet and global. The user list is shared with the re-render part,
 * which compares this page with one in a browser without the extension; Driver.js's rules left in this page alone
 * would be counted as the extension's cost (its style rules are matched again in every re-render).
 */
export async function removeDriver(page: Page): Promise<void> {
	await page.evaluate((tag) => {
		for (const element of document.querySelectorAll(`[${tag}]`)) element.remove();
		delete (window as unknown as {driver?: unknown}).driver;
	}, DRIVER_TAG);
}

/**
 * Highlights `window.__benchTarget` (the element our guide marked) with a popover like our step panel and returns the
 * milliseconds from the call to the painted frame showing Driver.js's overlay around it; then destroys the tour
 * and lets the page settle.
 */
export async function timeDriverHighlight(page: Page, timeoutMs: number): Promise<number> {
	return page.evaluate(async (timeoutMs) => {
		const bench = (window as unknown as BenchWindow).__bench;
		const {driver} = window as unknown as DriverGlobal;
		const target = (window as unknown as {__benchTarget?: Element}).__benchTarget;
		if (!target?.isConnected) throw new Error('the element our guide marked is no longer in the page');
		const started = performance.now();
		const tour = driver.js.driver({animate: false, smoothScroll: false, allowClose: true});
		tour.highlight({
			element: target,
			popover: {title: 'Neuen Code senden', description: 'Öffnen Sie das Menü dieser Zeile mit dem Pfeil.'},
		});
		try {
			const painted = await bench.paintedWhen(
				() =>
					target.classList.contains('driver-active-element') &&
					document.querySelector('.driver-overlay') !== null &&
					document.querySelector('.driver-popover') !== null,
				timeoutMs,
				'Driver.js overlay around the target',
			);
			return painted - started;
		} finally {
			tour.destroy();
			await bench.settle();
		}
	}, timeoutMs);
}
