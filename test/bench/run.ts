import {overlayBenchmark} from './overlay.bench';
import {portalModelBenchmark} from './portal-model.bench';

/**
 * `npm run bench`: runs every benchmark and prints its figures. Benchmarks report numbers; they never assert
 * timings (STYLE.md, "Testing habits"). Add a benchmark by appending it to the array.
 */
export type Figure = {measure: string; value: number; unit: string; note?: string};
export type Benchmark = {name: string; run(): Promise<Figure[]>};

const benchmarks: readonly Benchmark[] = [portalModelBenchmark, overlayBenchmark];

const only = process.argv.slice(2);
for (const benchmark of benchmarks) {
	if (only.length > 0 && !only.includes(benchmark.name)) continue;
	console.log(`\n## ${benchmark.name}`);
	const started = performance.now();
	const figures = await benchmark.run();
	for (const {measure, value, unit, note} of figures) {
		const shown = Number.isInteger(value) ? String(value) : value.toFixed(value < 1 ? 3 : 2);
		console.log(`${measure.padEnd(84)} ${shown.padStart(10)} ${unit}${note ? `  (${note})` : ''}`);
	}
	console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
