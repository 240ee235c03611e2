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

export async function injectDriver(page: Page): Promise<void> {
	const present = await page.evaluate(
		() => typeof (window as unknown as {driver?: {js?: {driver?: unknown}}}).driver?.js?.driver,
	);
	if (present === 'function') return;
	await page.addStyleTag({path: DRIVER_STYLES});
	await page.addScriptTag({path: DRIVER_SCRIPT});
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
