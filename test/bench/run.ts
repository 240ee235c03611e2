import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from '../e2e/support/paths';
import {BrowserPool} from './browser-pool';
import {highlightPart} from './highlight.bench';
import {scopedContext, type Part} from './part';
import {portalModelPart} from './portal-model.bench';
import {readyPart} from './ready.bench';
import {rerenderCalibrationPart} from './rerender-calibration.bench';
import {rerenderPart} from './rerender.bench';
import {BenchFileSchema, formatTable, Results} from './results';
import {sizePart} from './size.bench';

/**
 * `npm run bench`: the side-by-side benchmark of issue #14, in one run of a few minutes. Prints a table (median,
 * min–max, IQR, sample count, target) and writes artifacts/bench.json. Benchmarks report numbers; they never assert
 * timings (STYLE.md). A part that fails or overruns records the error for its measures and the run goes on; the
 * exit code is non-zero only if some measure failed, and only after everything measured has been written.
 *
 * `npm run bench -- highlight rerender` runs only the named parts; `portal-model` (the portal model's functions
 * and its bare watcher, in happy-dom and Chromium) and `rerender-calibration` (how far the re-render ratio can be
 * trusted: an A/A comparison) run only when named.
 */

const PARTS: readonly Part[] = [
	sizePart,
	readyPart,
	highlightPart,
	rerenderPart,
	portalModelPart,
	rerenderCalibrationPart,
];
/**
 * The whole run (after the build) must end within 5 minutes on a busy 2-core machine (issue #14 item 5): the parts
 * share this much, each taking at most its budget and leaving the later parts their reserve. Past its deadline a
 * part gets a short grace before it is abandoned and its browsers are closed.
 */
const RUN_BUDGET_MS = 270_000;
const GRACE_MS = 10_000;
const OUTPUT = join(ROOT, 'artifacts', 'bench.json');

const named = process.argv.slice(2);
const unknown = named.filter((name) => !PARTS.some((part) => part.name === name));
if (unknown.length > 0) {
	console.error(`unknown part(s): ${unknown.join(', ')}; parts: ${PARTS.map((part) => part.name).join(', ')}`);
	process.exit(2);
}
const chosen = PARTS.filter((part) => (named.length > 0 ? named.includes(part.name) : !part.optIn));

const results = new Results();
const runStarted = performance.now();
const log = (message: string): void =>
	console.log(`[${((performance.now() - runStarted) / 1000).toFixed(1).padStart(5)} s] ${message}`);
const pool = new BrowserPool(log);

for (const part of chosen) results.declare(part.measures);

// An opt-in part (a diagnosis someone asked for by name) may take its own, longer budget.
const runEnd = runStarted + (chosen.some((part) => part.optIn) ? Number.POSITIVE_INFINITY : RUN_BUDGET_MS);
for (const [index, part] of chosen.entries()) {
	const started = performance.now();
	const reserved = chosen.slice(index + 1).reduce((sum, later) => sum + later.reserveMs, 0);
	const deadline = Math.min(started + part.budgetMs, Math.max(started + part.reserveMs, runEnd - reserved));
	log(`${part.name} …`);
	let timer: NodeJS.Timeout | undefined;
	const overrun = new Promise<'overrun'>((resolve) => {
		timer = setTimeout(() => resolve('overrun'), deadline + GRACE_MS - performance.now());
	});
	const {context, abandon} = scopedContext(results, pool, deadline, log);
	try {
		const outcome = await Promise.race([part.run(context).then(() => 'done' as const), overrun]);
		if (outcome === 'overrun') {
			abandon();
			const allowed = ((deadline + GRACE_MS - started) / 1000).toFixed(0);
			const error = new Error(`${part.name} overran its ${allowed} s and was stopped`);
			results.failMissing(part.measures, error);
			log(error.message);
			await pool.close(); // makes the abandoned part's pending browser calls fail instead of running on
		}
	} catch (error) {
		log(`${part.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		results.failMissing(part.measures, error);
	} finally {
		clearTimeout(timer);
	}
	log(`${part.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
await pool.close();

const entries = BenchFileSchema.parse(results.entries());
mkdirSync(join(ROOT, 'artifacts'), {recursive: true});
writeFileSync(OUTPUT, `${JSON.stringify(entries, null, '\t')}\n`);
console.log(`\n${formatTable(entries)}\n`);
console.log(`${OUTPUT} (${((performance.now() - runStarted) / 1000).toFixed(0)} s)`);
if (results.failed) {
	console.error('Some measures failed (see "error" in the table and the JSON).');
	process.exitCode = 1;
}
