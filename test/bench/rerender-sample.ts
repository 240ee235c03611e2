import type {Page} from 'playwright-core';
import type {BenchWindow} from './in-page';
import {scriptTimeBetween} from './trace-js-time';
import {tracePage} from './trace-page';

/**
 * One sample of the portal's 10,000-row re-render (rerender.bench.ts explains the measure): the page's JavaScript
 * time from the re-render's start until it and the extension are done, read from a Chromium trace.
 */

const SAMPLE_TIMEOUT_MS = 60_000;

/** Runs in the page: the re-render as a page task, bounded by user-timing marks; resolves with the ms to its paint. */
function rerenderInPage(): Promise<number> {
	const bench = (window as unknown as BenchWindow).__bench;
	return new Promise((resolve, reject) => {
		setTimeout(() => {
			try {
				const body = [...document.querySelectorAll('table tbody')].sort(
					(a, b) => b.children.length - a.children.length,
				)[0];
				if (!body) throw new Error('no table body to re-render');
				performance.mark('bench:rerender-start');
				const started = performance.now();
				for (const row of body.children) {
					for (const cell of row.children) {
						const text = cell.firstChild;
						if (text?.nodeType === Node.TEXT_NODE)
							cell.replaceChild(document.createTextNode((text as Text).data), text);
					}
				}
				performance.mark('bench:rerender-loop-end');
				void bench
					.paintedWhen(() => true, 30_000, 'the re-render')
					.then(async (painted) => {
						for (let frame = 0; frame < 3; frame++) await bench.paintedWhen(() => true, 30_000, 'a frame');
						await new Promise((done) => setTimeout(done, 100));
						await bench.paintedWhen(() => true, 30_000, 'a frame');
						performance.mark('bench:rerender-end');
						resolve(painted - started);
					}, reject);
			} catch (error) {
				reject(error instanceof Error ? error : new Error(String(error)));
			}
		}, 0);
	});
}

export type Sample = {
	scriptMs: number;
	gcMs: number;
	loopMs: number;
	loopGcMs: number;
	extensionMs: number;
	forcedRenderingMs: number;
	paintedMs: number;
};

/** A full garbage collection in the page's renderer, so that none left over from before lands in the sample. */
export async function collectGarbage(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.collectGarbage');
	} finally {
		await cdp.detach().catch(() => undefined);
	}
}

export async function sample(page: Page): Promise<Sample> {
	const {result, events} = await tracePage(page, () => page.evaluate(rerenderInPage), SAMPLE_TIMEOUT_MS);
	const time = scriptTimeBetween(events, 'bench:rerender-start', 'bench:rerender-end');
	const loop = scriptTimeBetween(events, 'bench:rerender-start', 'bench:rerender-loop-end');
	return {
		scriptMs: time.scriptMs,
		gcMs: time.gcMs,
		loopMs: loop.scriptMs,
		loopGcMs: loop.gcMs,
		extensionMs: time.extensionMs,
		forcedRenderingMs: time.forcedRenderingMs,
		paintedMs: result,
	};
}
