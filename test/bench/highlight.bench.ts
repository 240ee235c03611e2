import type {MeasureSpec} from './results';
import {lastUserOf} from './browser-pool';
import {injectDriver, removeDriver, timeDriverHighlight} from './driver-highlight';
import {cancelGuide, chooseAndTimeHighlight, guideRunning, openChoice, rememberTarget} from './our-highlight';
import {isGone, sampleRounds, type Part, type PartContext} from './part';
import {pairedRatios} from './stats';

/**
 * Our highlight against Driver.js's (issue #14 item 4), on the same replica page, same target, interleaved:
 * on a user list of 10 / 1,000 / 10,000 rows the person in the last row is pending. Ours: from the click on the
 * panel's choice *new code* (the action that makes the target known: that row's menu arrow) to the painted frame
 * with the target marked and our ring around it. Driver.js: from `driver().highlight()` on the element our guide
 * marked to the painted frame with its overlay and popover. The ratio is taken round by round (ours ÷ Driver.js,
 * seconds apart), and its median reported.
 */

export const HIGHLIGHT_SIZES = [10, 1_000, 10_000] as const;
const MEASURE_TIMEOUT_MS = 20_000;
const LIST_TIMEOUT_MS = 150_000;
const ROUNDS: Record<(typeof HIGHLIGHT_SIZES)[number], number> = {10: 9, 1000: 9, 10000: 5};

const measuresFor = (size: number): MeasureSpec[] => [
	{measure: `highlight-${size}-ms-ours`, unit: 'ms', note: 'choice clicked to ring painted'},
	{measure: `highlight-${size}-ms-driver`, unit: 'ms', note: 'highlight() to overlay painted'},
	{
		measure: `highlight-${size}-ratio-vs-driver`,
		unit: '×',
		note: 'ours ÷ Driver.js, per round',
		...(size === 10_000 && {target: 0.5}),
	},
];

async function measureSize(
	context: PartContext,
	size: (typeof HIGHLIGHT_SIZES)[number],
	budgetEnd: number,
): Promise<void> {
	const {results, pool, log} = context;
	const extId = lastUserOf(size);
	// The re-render part needs the same list in the browser without the extension: both load at once, and the
	// samples wait for both, so no load runs beside a measurement (on a busy machine two loads also get more CPU).
	const baseline =
		size === 10_000 ? pool.userList('bare', size, LIST_TIMEOUT_MS).catch(() => undefined) : Promise.resolve();
	const page = await pool.userList('extension', size, LIST_TIMEOUT_MS);
	await baseline;
	await injectDriver(page);
	const ours = async (): Promise<number> => {
		// A round that failed halfway may have left the guide running; its row helper shows only without a guide.
		if (await guideRunning(page)) await cancelGuide(page, extId);
		await openChoice(page, extId);
		const ms = await chooseAndTimeHighlight(page, MEASURE_TIMEOUT_MS);
		await rememberTarget(page);
		await cancelGuide(page, extId);
		return ms;
	};
	const driver = (): Promise<number> => timeDriverHighlight(page, MEASURE_TIMEOUT_MS);
	// Warm-up, not recorded: the first run of each pays for compiling its code (and ours marks the target first).
	try {
		await ours();
		await driver();
	} catch (error) {
		if (isGone(error)) throw error;
		log(`highlight ${size}: warm-up: ${String(error)}`);
	}
	const samples = {ours: [] as number[], driver: [] as number[]};
	// Recorded after every round: a part stopped for overrunning its time keeps the rounds it finished.
	const record = (): void => {
		results.samples(`highlight-${size}-ms-ours`, samples.ours);
		results.samples(`highlight-${size}-ms-driver`, samples.driver);
		results.samples(`highlight-${size}-ratio-vs-driver`, pairedRatios(samples.ours, samples.driver));
	};
	let lastError: unknown;
	const rounds = await sampleRounds(
		{timeLeft: () => Math.min(budgetEnd - performance.now(), context.timeLeft())},
		{minRounds: 1, maxRounds: ROUNDS[size]},
		async (round) => {
			// Both orders alike, so that neither always runs right after the other's clean-up.
			let mine = Number.NaN;
			let theirs = Number.NaN;
			try {
				if (round % 2 === 0) {
					mine = await ours();
					theirs = await driver();
				} else {
					theirs = await driver();
					mine = await ours();
				}
			} finally {
				samples.ours.push(mine);
				samples.driver.push(theirs);
				record();
			}
		},
		(error) => {
			lastError = error;
			log(`highlight ${size}: ${String(error)}`);
			return isGone(error) ? 'stop' : 'continue';
		},
	);
	log(`highlight ${size}: ${rounds} rounds`);
	record();
	await removeDriver(page).catch((error: unknown) => log(`highlight ${size}: removing Driver.js: ${String(error)}`));
	if (lastError !== undefined) for (const {measure} of measuresFor(size)) results.fail(measure, lastError);
}

export const highlightPart: Part = {
	name: 'highlight',
	budgetMs: 200_000,
	reserveMs: 60_000,
	measures: HIGHLIGHT_SIZES.flatMap(measuresFor),
	async run(context) {
		const started = performance.now();
		for (const size of HIGHLIGHT_SIZES) {
			if (context.timeLeft() <= 0) {
				context.results.failMissing(measuresFor(size), new Error("no time left in the part's budget"));
				continue;
			}
			// Sampling shares the part's budget out: the small lists quickly, most of it for 10,000 rows.
			const share = size === 10_000 ? 1 : 0.15;
			const budgetEnd = performance.now() + Math.max(0, context.timeLeft()) * share;
			try {
				await measureSize(context, size, budgetEnd);
			} catch (error) {
				context.log(`highlight ${size}: ${String(error)}`);
				context.results.failMissing(measuresFor(size), error);
			}
		}
		context.log(`highlight: ${((performance.now() - started) / 1000).toFixed(1)} s`);
	},
};
