import type {Page} from 'playwright-core';
import {lastUserOf} from './browser-pool';
import {cancelGuide, guideRunning, settle, startGuide} from './our-highlight';
import {isGone, sampleRounds, type Part, type PartContext} from './part';
import type {MeasureSpec} from './results';
import {collectGarbage, sample, type Sample} from './rerender-sample';
import {pairedRatios} from './stats';
import {guideStateProblem, type GuideMode} from './guide-state';

/**
 * What our watcher costs while the portal re-renders its user list of 10,000 rows in place (issue #14 items 3 and
 * 4; shared/PERFORMANCE.md "An always-on MutationObserver"). The re-render is the one PERFORMANCE.md measured: every
 * cell's text node replaced, as a framework's change detection does (~70,000 childList records), started from a
 * page task. Measured: JavaScript time on the page's main thread from the re-render's start until the page and the
 * extension are done with it (its painted frame, three more frames and 100 ms: the extension reacts in the frames
 * after), read from a Chromium trace as the main thread's CPU time, forced layout excluded (trace-js-time.ts).
 *
 * Three modes: a guide running on the list (its target: the last row's menu arrow), the extension idle on the list
 * (no guide), and a second browser without the extension. Because the figure is CPU time, not wall time, each
 * sample with the extension runs at the same moment as a baseline sample (two browsers, two renderer threads): the
 * pair meets exactly the same machine, for the guide and the idle sample alike, and each ratio is taken against its
 * own baseline. Before each pair both pages collect their garbage (CDP `HeapProfiler.collectGarbage`): a full
 * collection left over from setting up (a guide started or cancelled) would otherwise land in one browser's
 * re-render only. The guide's state is checked at each sample's start and end (guide-state.ts). The order of the
 * two pairs alternates per round, so that the guide is started or cancelled once per round. Ratios are taken per
 * pair and their median reported.
 */

const SIZE = 10_000;
const MAX_ROUNDS = 7;
const LIST_TIMEOUT_MS = 150_000;
/** How long the extension gets to settle after a guide starts or ends, before a sample. */
const QUIET_MS = 300;

/** The baselines are kept by the sample they ran beside: each ratio divides by its own pair's baseline. */
const MODES = ['guide-running', 'extension-idle', 'no-extension-beside-guide', 'no-extension-beside-idle'] as const;
type Mode = (typeof MODES)[number];
const BASELINE_OF = {
	'guide-running': 'no-extension-beside-guide',
	'extension-idle': 'no-extension-beside-idle',
} as const satisfies Record<GuideMode, Mode>;

const MEASURES: readonly MeasureSpec[] = [
	{
		measure: `rerender-${SIZE}-js-ms-no-extension`,
		unit: 'ms',
		note: 'page JS, second browser without the extension (beside both samples)',
	},
	{measure: `rerender-${SIZE}-js-ms-guide-running`, unit: 'ms', note: 'page + extension JS'},
	{measure: `rerender-${SIZE}-js-ms-extension-idle`, unit: 'ms', note: 'page + extension JS, no guide'},
	{
		measure: `rerender-${SIZE}-ratio-guide-running`,
		unit: '×',
		target: 1.1,
		note: 'with a guide ÷ without the extension, per pair',
	},
	{measure: `rerender-${SIZE}-ratio-extension-idle`, unit: '×', note: 'no guide ÷ without the extension, per pair'},
	{
		measure: `rerender-${SIZE}-gc-ms-guide-running`,
		unit: 'ms',
		note: 'garbage collection in the whole measured window, with a guide (diagnosis)',
	},
	{
		measure: `rerender-${SIZE}-gc-ms-extension-idle`,
		unit: 'ms',
		note: 'garbage collection in the whole measured window, no guide (diagnosis)',
	},
	{
		measure: `rerender-${SIZE}-gc-ms-no-extension`,
		unit: 'ms',
		note: 'garbage collection in the whole measured window, without the extension (diagnosis)',
	},
	{
		measure: `rerender-${SIZE}-ratio-page-loop-guide-running`,
		unit: '×',
		note: "the page's own re-render loop alone (same code in both browsers; the extension's presence inside the page's DOM writes, plus noise), with a guide ÷ without, per round",
	},
	{
		measure: `rerender-${SIZE}-ratio-page-loop-without-gc-guide-running`,
		unit: '×',
		note: "the same, garbage collection inside each loop left out (diagnosis: a collection landing in one browser's loop)",
	},
	{
		measure: `rerender-${SIZE}-page-loop-gc-ms-guide-running`,
		unit: 'ms',
		note: "garbage collection inside the page's own re-render loop, with a guide (diagnosis)",
	},
	{
		measure: `rerender-${SIZE}-page-loop-gc-ms-no-extension`,
		unit: 'ms',
		note: "garbage collection inside the page's own re-render loop, without the extension (diagnosis)",
	},
	{
		measure: `rerender-${SIZE}-extension-functions-ms-guide-running`,
		unit: 'ms',
		note: "inside the content script's functions (the rest of the extra is the observers' bookkeeping)",
	},
	{
		measure: `rerender-${SIZE}-extension-functions-ms-extension-idle`,
		unit: 'ms',
		note: "inside the content script's functions, no guide (the row helpers follow the list)",
	},
	{
		measure: `rerender-${SIZE}-forced-layout-ms-guide-running`,
		unit: 'ms',
		note: 'style/layout forced from scripts (excluded from JS)',
	},
	{measure: `rerender-${SIZE}-painted-ms-no-extension`, unit: 'ms', note: 're-render start to its frame painted'},
	{measure: `rerender-${SIZE}-painted-ms-guide-running`, unit: 'ms', note: 're-render start to its frame painted'},
];

const asError = (reason: unknown): Error => (reason instanceof Error ? reason : new Error(String(reason)));

export const rerenderPart: Part = {
	name: 'rerender',
	budgetMs: 200_000,
	reserveMs: 120_000,
	measures: MEASURES,
	async run(context: PartContext) {
		const {results, pool, log} = context;
		const extId = lastUserOf(SIZE);
		// Both at once (two browsers, two renderer threads): on a busy machine each load takes a minute or more.
		const [withExtension, without] = await Promise.all([
			pool.userList('extension', SIZE, LIST_TIMEOUT_MS),
			pool.userList('bare', SIZE, LIST_TIMEOUT_MS),
		]);
		// After starting or cancelling a guide the extension finishes reacting (its watches re-aimed, a refresh or two,
		// later frames on a busy machine) before the re-render is measured: the sample is the re-render's cost alone.
		const quiet = async (page: Page): Promise<void> => {
			await settle(page);
			await page.waitForTimeout(QUIET_MS);
			await settle(page);
		};
		const prepare: Record<GuideMode, () => Promise<Page>> = {
			'guide-running': async () => {
				if (!(await guideRunning(withExtension))) {
					await startGuide(withExtension, extId);
					await quiet(withExtension);
				}
				return withExtension;
			},
			'extension-idle': async () => {
				if (await guideRunning(withExtension)) {
					await cancelGuide(withExtension, extId);
					await quiet(withExtension);
				}
				return withExtension;
			},
		};
		const samples = Object.fromEntries(MODES.map((mode) => [mode, [] as Sample[]])) as Record<Mode, Sample[]>;
		const failed: Sample = {
			scriptMs: Number.NaN,
			gcMs: Number.NaN,
			loopMs: Number.NaN,
			loopGcMs: Number.NaN,
			extensionMs: Number.NaN,
			forcedRenderingMs: Number.NaN,
			paintedMs: Number.NaN,
		};
		// Recorded after every round: a part stopped for overrunning its time keeps the rounds it finished.
		const record = (): void => {
			const of = (mode: Mode, key: keyof Sample): number[] => samples[mode].map((entry) => entry[key]);
			const js = (mode: Mode): number[] => samples[mode].map((entry) => entry.scriptMs);
			const baselines = (key: keyof Sample): number[] => [
				...of('no-extension-beside-guide', key),
				...of('no-extension-beside-idle', key),
			];
			results.samples(`rerender-${SIZE}-js-ms-no-extension`, baselines('scriptMs'));
			results.samples(`rerender-${SIZE}-js-ms-guide-running`, js('guide-running'));
			results.samples(`rerender-${SIZE}-js-ms-extension-idle`, js('extension-idle'));
			results.samples(
				`rerender-${SIZE}-ratio-guide-running`,
				pairedRatios(js('guide-running'), js(BASELINE_OF['guide-running'])),
			);
			results.samples(
				`rerender-${SIZE}-ratio-extension-idle`,
				pairedRatios(js('extension-idle'), js(BASELINE_OF['extension-idle'])),
			);
			results.samples(`rerender-${SIZE}-gc-ms-guide-running`, of('guide-running', 'gcMs'));
			results.samples(`rerender-${SIZE}-gc-ms-extension-idle`, of('extension-idle', 'gcMs'));
			results.samples(`rerender-${SIZE}-gc-ms-no-extension`, baselines('gcMs'));
			results.samples(
				`rerender-${SIZE}-ratio-page-loop-guide-running`,
				pairedRatios(of('guide-running', 'loopMs'), of(BASELINE_OF['guide-running'], 'loopMs')),
			);
			results.samples(`rerender-${SIZE}-page-loop-gc-ms-guide-running`, of('guide-running', 'loopGcMs'));
			results.samples(
				`rerender-${SIZE}-page-loop-gc-ms-no-extension`,
				of(BASELINE_OF['guide-running'], 'loopGcMs'),
			);
			const withoutGc = (mode: Mode): number[] => samples[mode].map((entry) => entry.loopMs - entry.loopGcMs);
			results.samples(
				`rerender-${SIZE}-ratio-page-loop-without-gc-guide-running`,
				pairedRatios(withoutGc('guide-running'), withoutGc(BASELINE_OF['guide-running'])),
			);
			results.samples(
				`rerender-${SIZE}-extension-functions-ms-guide-running`,
				of('guide-running', 'extensionMs'),
			);
			results.samples(
				`rerender-${SIZE}-extension-functions-ms-extension-idle`,
				of('extension-idle', 'extensionMs'),
			);
			results.samples(
				`rerender-${SIZE}-forced-layout-ms-guide-running`,
				of('guide-running', 'forcedRenderingMs'),
			);
			results.samples(`rerender-${SIZE}-painted-ms-no-extension`, baselines('paintedMs'));
			results.samples(`rerender-${SIZE}-painted-ms-guide-running`, of('guide-running', 'paintedMs'));
		};
		/** A sample with the extension in `mode`, invalid unless the guide's state is that mode's at its start and end. */
		const checked = async (mode: GuideMode): Promise<Sample> => {
			const start = await guideRunning(withExtension);
			const measured = await sample(withExtension);
			const problem = guideStateProblem(mode, {start, end: await guideRunning(withExtension)});
			if (problem !== undefined) throw new Error(problem);
			return measured;
		};
		/** The sample in `mode` and a baseline at the same moment; each failure costs only its own sample. */
		const pair = async (mode: GuideMode): Promise<{ours: Sample; baseline: Sample; error?: Error}> => {
			await prepare[mode]();
			await Promise.all([collectGarbage(withExtension), collectGarbage(without)]);
			const [ours, baseline] = await Promise.allSettled([checked(mode), sample(without)]);
			const rejected = [ours, baseline].find((outcome) => outcome.status === 'rejected');
			return {
				ours: ours.status === 'fulfilled' ? ours.value : failed,
				baseline: baseline.status === 'fulfilled' ? baseline.value : failed,
				...(rejected && {error: asError(rejected.reason)}),
			};
		};
		let lastError: unknown;
		// Warm-up, not recorded: the first re-render of a page pays for compiling and for caches. Once per page (the
		// extension's idle path has run on this page before: its row helpers came back after every cancel).
		const warmUp = performance.now();
		try {
			const {error} = await pair('guide-running');
			if (error !== undefined) throw error;
		} catch (error) {
			if (isGone(error)) throw error;
			log(`rerender: warm-up: ${String(error)}`);
		}
		log(`rerender: warm-up in ${((performance.now() - warmUp) / 1000).toFixed(1)} s`);
		const rounds = await sampleRounds(
			context,
			{minRounds: 1, maxRounds: MAX_ROUNDS},
			async (round) => {
				const started = performance.now();
				const nothing = {ours: failed, baseline: failed};
				let guide: Awaited<ReturnType<typeof pair>> = nothing;
				let idle: Awaited<ReturnType<typeof pair>> = nothing;
				try {
					// The guide stays as the last round left it: running after an odd round, cancelled after an even one.
					if (round % 2 === 0) {
						guide = await pair('guide-running');
						idle = await pair('extension-idle');
					} else {
						idle = await pair('extension-idle');
						guide = await pair('guide-running');
					}
					const error = guide.error ?? idle.error;
					if (error !== undefined) throw error;
				} finally {
					samples['guide-running'].push(guide.ours);
					samples['no-extension-beside-guide'].push(guide.baseline);
					samples['extension-idle'].push(idle.ours);
					samples['no-extension-beside-idle'].push(idle.baseline);
					record();
				}
				const ratio = ({ours, baseline}: {ours: Sample; baseline: Sample}): string =>
					(ours.scriptMs / baseline.scriptMs).toFixed(2);
				const loop = (entry: Sample): string =>
					`${entry.loopMs.toFixed(0)} ms (GC ${entry.loopGcMs.toFixed(0)})`;
				log(
					`rerender: round ${round + 1} in ${((performance.now() - started) / 1000).toFixed(1)} s; ratio ${ratio(guide)} with a guide, ${ratio(idle)} idle; page loop ${loop(guide.ours)} with a guide, ${loop(guide.baseline)} without; ${loop(idle.ours)} idle, ${loop(idle.baseline)} without`,
				);
			},
			(error) => {
				lastError = error;
				log(`rerender: ${String(error)}`);
				return isGone(error) ? 'stop' : 'continue';
			},
		);
		log(`rerender: ${rounds} rounds`);
		record();
		if (lastError !== undefined) for (const {measure} of MEASURES) results.fail(measure, lastError);
	},
};
