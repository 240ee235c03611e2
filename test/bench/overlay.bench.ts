import {readFile} from 'node:fs/promises';
import {gzipSync} from 'node:zlib';
import type {Page} from 'playwright-core';
import {buildUsers} from '../replica/src/data/users';
import {launchChromium, type ChromiumSession} from '../e2e/support/chromium';
import {CHROME_DIST} from '../e2e/support/paths';
import {openUserList} from '../e2e/support/portal-steps';
import type {Benchmark, Figure} from './run';

/**
 * What the overlay costs (shared/PERFORMANCE.md "Targets"): the content script's size, the time from the user's
 * choice to the painted highlight on a user list of 10 / 1,000 / 10,000 rows (target: the arrow of the last row),
 * main-thread time while a step is shown and idle, and while the page scrolls. Numbers only, no assertions.
 */
const SIZES = [10, 1_000, 10_000] as const;

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/** CDP's main-thread times (seconds) accumulated since `Performance.enable` on this session. */
async function mainThread(cdp: Cdp): Promise<{script: number; task: number; layout: number}> {
	const {metrics} = await cdp.send('Performance.getMetrics');
	const value = (name: string): number => metrics.find((metric) => metric.name === name)?.value ?? 0;
	return {script: value('ScriptDuration'), task: value('TaskDuration'), layout: value('LayoutDuration')};
}

/** From the click on the choice to the frame after the target got marked (measured inside the page). */
async function timeToHighlight(page: Page, extId: string): Promise<number> {
	await page.locator(`#eiam-assist-root [data-eiam-assist-row-action="${extId}"]`).click();
	await page.locator('#eiam-assist-root [data-eiam-assist-choice="new-code"]').waitFor();
	// A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
	return page.evaluate<number>(`new Promise((resolve, reject) => {
		const choice = document.getElementById('eiam-assist-root')?.shadowRoot?.querySelector('[data-eiam-assist-choice="new-code"]');
		if (!choice) { reject(new Error('no choice button')); return; }
		const observer = new MutationObserver(() => {
			if (!document.querySelector('[data-eiam-assist-target]')) return;
			observer.disconnect();
			requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
		});
		observer.observe(document.body, {attributes: true, subtree: true, attributeFilter: ['data-eiam-assist-target']});
		const started = performance.now();
		choice.click();
	})`);
}

async function figuresFor(session: ChromiumSession, size: number): Promise<Figure[]> {
	const users = buildUsers({count: size});
	const last = users.at(-1)?.extId ?? '';
	const page = await session.newPage();
	await openUserList(page, 'de', `&users=${size}&rows=${size}&pending=${last}&delay=0`);
	await page.locator('tbody tr', {hasText: last}).waitFor();
	await page.locator(`#eiam-assist-root [data-eiam-assist-row-action="${last}"]`).waitFor({timeout: 60_000});
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const highlight = await timeToHighlight(page, last);

	await page.waitForTimeout(500); // let the step settle before measuring idleness
	const idleBefore = await mainThread(cdp);
	await page.waitForTimeout(2_000);
	const idleAfter = await mainThread(cdp);

	const scrollBefore = await mainThread(cdp);
	for (let step = 0; step < 10; step++) {
		await page.mouse.wheel(0, 100);
		await page.waitForTimeout(50);
	}
	await page.waitForTimeout(300);
	const scrollAfter = await mainThread(cdp);
	await page.close();
	return [
		{measure: `highlight painted after the choice, N = ${size}`, value: highlight, unit: 'ms'},
		{
			measure: `main-thread tasks while a step is shown and idle, N = ${size}`,
			value: ((idleAfter.task - idleBefore.task) * 1000) / 2,
			unit: 'ms/s',
		},
		{
			measure: `script during 10 wheel scrolls of 100 px, N = ${size}`,
			value: (scrollAfter.script - scrollBefore.script) * 1000,
			unit: 'ms',
			note: 'page and extension together',
		},
	];
}

export const overlayBenchmark: Benchmark = {
	name: 'overlay',
	async run() {
		const script = await readFile(`${CHROME_DIST}src/content/main.js`);
		const figures: Figure[] = [
			{measure: 'content script, minified', value: script.length / 1024, unit: 'kB'},
			{measure: 'content script, gzip (target ≤ 15 kB)', value: gzipSync(script).length / 1024, unit: 'kB'},
		];
		const session = await launchChromium();
		try {
			for (const size of SIZES) figures.push(...(await figuresFor(session, size)));
		} finally {
			await session.close();
		}
		return figures;
	},
};
