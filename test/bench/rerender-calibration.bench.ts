import type {Page} from 'playwright-core';
import {TRAINING_PORTAL_ORIGIN} from '../../src/shared/portal-address';
import {lastUserOf} from './browser-pool';
import {guideRunning, settle, startGuide} from './our-highlight';
import {isGone, sampleRounds, type Part} from './part';
import type {MeasureSpec} from './results';
import {collectGarbage, sample, type Sample} from './rerender-sample';
import {pairedRatios} from './stats';

/**
 * How far the re-render ratio (rerender.bench.ts) can be trusted: the same measure between pages that differ in
 * less than "with our guide" and "without the extension". Opt-in (`npm run bench -- rerender-calibration`), it
 * takes a few minutes more than the run's budget allows.
 *
 * A third page shows the same 10,000-row list in the browser that has the extension, under the training portal's
 * host: the extension is installed there but its content script never enters the page (that host is an optional
 * permission, not granted). Three pairs per round, each sampled at the same moment as rerender.bench.ts does, except
 * the two pages of one browser (a trace is the whole browser's), sampled one after the other in alternating order:
 * - that page ÷ the bare browser's page: an A/A comparison, no content script in either page; what is left is the
 *   method's own spread and any difference between the two browsers;
 * - the guide's page ÷ that page: our content script's cost inside one browser, free of the browsers' difference;
 * - the guide's page ÷ the bare browser's page: the issue's measure, in the same run for comparison.
 */

const SIZE = 10_000;
const ROUNDS = 9;
const LIST_TIMEOUT_MS = 150_000;

/** The three pairs, each measured as one ratio (ours ÷ baseline); the pages are named in `run`. */
const PAIRS = {
	'a-a': {
		measure: `rerender-${SIZE}-ratio-a-a-no-script-vs-bare`,
		note: "extension browser's page without our content script ÷ the bare browser's page, per pair (no script in either)",
	},
	'guide-vs-no-script': {
		measure: `rerender-${SIZE}-ratio-guide-vs-no-script-same-browser`,
		note: "with a guide ÷ the same browser's page without our content script, per pair",
	},
	'guide-vs-bare': {
		measure: `rerender-${SIZE}-ratio-guide-vs-bare-calibration-run`,
		note: 'with a guide ÷ the bare browser (the issue’s measure) in this run, per pair',
	},
} as const;
type PairName = keyof typeof PAIRS;
const PAIR_NAMES = Object.keys(PAIRS) as PairName[];

const MEASURES: readonly MeasureSpec[] = Object.values(PAIRS).map(({measure, note}) => ({measure, unit: '×', note}));

export const rerenderCalibrationPart: Part = {
	name: 'rerender-calibration',
	optIn: true,
	budgetMs: 600_000,
	reserveMs: 300_000,
	measures: MEASURES,
	async run({results, pool, log, timeLeft}) {
		const extId = lastUserOf(SIZE);
		const [guide, noScript, bare] = await Promise.all([
			pool.userList('extension', SIZE, LIST_TIMEOUT_MS),
			pool.userList('extension', SIZE, LIST_TIMEOUT_MS, TRAINING_PORTAL_ORIGIN),
			pool.userList('bare', SIZE, LIST_TIMEOUT_MS),
		]);
		const pages: Record<PairName, readonly [Page, Page]> = {
			'a-a': [noScript, bare],
			'guide-vs-no-script': [guide, noScript],
			'guide-vs-bare': [guide, bare],
		};
		type Times = {ours: number[]; baseline: number[]};
		const times = Object.fromEntries(
			PAIR_NAMES.map((name): [PairName, Times] => [name, {ours: [], baseline: []}]),
		) as Record<PairName, Times>;
		const record = (): void => {
			for (const name of PAIR_NAMES)
				results.samples(PAIRS[name].measure, pairedRatios(times[name].ours, times[name].baseline));
		};
		const pair = async (name: PairName): Promise<void> => {
			const [ours, baseline] = pages[name];
			if (!(await guideRunning(guide))) {
				await startGuide(guide, extId);
				await settle(guide);
			}
			await Promise.all([collectGarbage(ours), collectGarbage(baseline)]);
			// A trace is the whole browser's: two pages of one browser are sampled one after the other, in turn.
			let a: Sample;
			let b: Sample;
			if (ours.context() !== baseline.context()) [a, b] = await Promise.all([sample(ours), sample(baseline)]);
			else if (times[name].ours.length % 2 === 0) {
				a = await sample(ours);
				b = await sample(baseline);
			} else {
				b = await sample(baseline);
				a = await sample(ours);
			}
			times[name].ours.push(a.scriptMs);
			times[name].baseline.push(b.scriptMs);
		};
		// Warm-up, not recorded: each page's first re-render pays for compiling.
		await Promise.all([collectGarbage(guide), collectGarbage(noScript), collectGarbage(bare)]);
		for (const page of [guide, noScript, bare]) await sample(page);
		let lastError: unknown;
		const rounds = await sampleRounds(
			{timeLeft},
			{minRounds: 1, maxRounds: ROUNDS},
			async (round) => {
				// Rotated per round, so that no pair always runs first after the garbage collections.
				const first = round % PAIR_NAMES.length;
				for (const name of [...PAIR_NAMES.slice(first), ...PAIR_NAMES.slice(0, first)]) await pair(name);
				record();
				const last = (name: PairName): string =>
					((times[name].ours.at(-1) ?? Number.NaN) / (times[name].baseline.at(-1) ?? Number.NaN)).toFixed(2);
				log(
					`rerender-calibration: round ${round + 1}: a-a ${last('a-a')}, guide vs no script ${last('guide-vs-no-script')}, guide vs bare ${last('guide-vs-bare')}`,
				);
			},
			(error) => {
				lastError = error;
				log(`rerender-calibration: ${String(error)}`);
				return isGone(error) ? 'stop' : 'continue';
			},
		);
		log(`rerender-calibration: ${rounds} rounds`);
		record();
		// As rerender.bench.ts: a round's error is noted beside the figures measured before it, never dropped.
		if (lastError !== undefined) for (const {measure} of MEASURES) results.fail(measure, lastError);
	},
};
