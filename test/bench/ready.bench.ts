import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {z} from 'zod/mini';
import {CHROME_DIST} from '../e2e/support/paths';
import {isGone, sampleRounds, type Part} from './part';

/**
 * How soon the popup and the options page are usable (issue #14 item 1): from opening the page (navigation start,
 * performance.now() = 0) to the painted frame in which the first wizard input (popup) or the first form field
 * (options) is visible. An init script watches each extension page from its first byte; the pages come from the
 * built manifest. One warm-up of each, then interleaved rounds; headless Chromium without a policy (the case in
 * which `storage.managed` never answers).
 */

const ROUNDS = 5;
const TIMEOUT_MS = 15_000;

/** The wizard's inputs by the testing contract (shared/DESIGN.md); any of them visible counts. */
const WIZARD_INPUTS = [
	'entered-first-name',
	'entered-last-name',
	'entered-email',
	'registered-first-name',
	'registered-last-name',
	'registered-email',
	'user-id',
]
	.map((name) => `input[name="${name}"]`)
	.join(', ');
const ANY_FIELD = 'input:not([type="hidden"]), select, textarea';

const ManifestPagesSchema = z.object({
	action: z.object({default_popup: z.string()}),
	options_ui: z.optional(z.object({page: z.string()})),
	options_page: z.optional(z.string()),
});

function extensionPages(): {popup: string; options: string} {
	const manifest = ManifestPagesSchema.parse(JSON.parse(readFileSync(join(CHROME_DIST, 'manifest.json'), 'utf8')));
	const options = manifest.options_ui?.page ?? manifest.options_page;
	if (!options) throw new Error('the manifest names no options page');
	return {popup: manifest.action.default_popup, options};
}

/** Runs in every extension page from its start: records when a field matching the page's selector is first painted. */
function watchFirstField(selectors: Record<string, string>): void {
	if (location.protocol !== 'chrome-extension:') return;
	const selector = selectors[location.pathname];
	if (!selector) return;
	const visible = (): boolean =>
		[...document.querySelectorAll(selector)].some((field) =>
			field.checkVisibility({visibilityProperty: true, opacityProperty: true}),
		);
	const painted = (): void => {
		const observer = new ResizeObserver(() => {
			observer.disconnect();
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				(globalThis as unknown as {__benchReady: number}).__benchReady = performance.now();
			};
			channel.port2.postMessage(null);
		});
		observer.observe(document.documentElement);
	};
	const watcher = new MutationObserver(() => {
		if (!visible()) return;
		watcher.disconnect();
		painted();
	});
	watcher.observe(document, {childList: true, subtree: true, attributes: true});
}

async function readyTime(page: Page, url: string): Promise<number> {
	await page.goto(url, {waitUntil: 'commit'});
	const until = performance.now() + TIMEOUT_MS;
	while (performance.now() < until) {
		// A string: the page's CSP forbids the eval Playwright's waitForFunction would need.
		const ready = await page.evaluate<unknown>('globalThis.__benchReady');
		if (typeof ready === 'number') return ready;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	throw new Error(`${url}: no field visible within ${TIMEOUT_MS} ms`);
}

export const readyPart: Part = {
	name: 'ready',
	budgetMs: 40_000,
	reserveMs: 20_000,
	measures: [
		{measure: 'popup-ready-ms', unit: 'ms', target: 400, note: 'opening to first wizard input painted'},
		{measure: 'options-ready-ms', unit: 'ms', target: 400, note: 'opening to first field painted'},
	],
	async run(context) {
		const {results, pool} = context;
		const paths = extensionPages();
		const session = await pool.session('extension');
		const selectors = {[`/${paths.popup}`]: WIZARD_INPUTS, [`/${paths.options}`]: ANY_FIELD};
		await session.context.addInitScript({
			content: `(${watchFirstField.toString()})(${JSON.stringify(selectors)});`,
		});
		const samples = {popup: [] as number[], options: [] as number[]};
		const errors: Partial<Record<keyof typeof samples, unknown>> = {};
		const open = async (which: keyof typeof samples, keep: boolean): Promise<void> => {
			const page = await session.newPage();
			try {
				// The popup's own size; the options page opens in a tab.
				if (which === 'popup') await page.setViewportSize({width: 420, height: 800});
				const ms = await readyTime(page, `chrome-extension://${session.extensionId}/${paths[which]}`);
				if (keep) samples[which].push(ms);
			} catch (error) {
				errors[which] = error;
				if (isGone(error)) throw error;
			} finally {
				await page.close().catch(() => undefined);
			}
		};
		await open('popup', false); // warm-up: the service worker and the disk cache
		await open('options', false);
		await sampleRounds(
			context,
			{minRounds: ROUNDS, maxRounds: ROUNDS},
			async (round) => {
				const order: (keyof typeof samples)[] = round % 2 === 0 ? ['popup', 'options'] : ['options', 'popup'];
				for (const which of order) await open(which, true);
			},
			(error) => {
				context.log(`ready: ${String(error)}`);
				return isGone(error) ? 'stop' : 'continue';
			},
		);
		for (const which of ['popup', 'options'] as const) {
			const measure = `${which}-ready-ms`;
			if (samples[which].length > 0) results.samples(measure, samples[which]);
			if (errors[which] !== undefined) results.fail(measure, errors[which]);
		}
	},
};
