/**
 * The statistics the benchmark reports: median and spread of a few samples, and ratios taken from the same run.
 * Pure functions; test/unit/bench/stats.test.ts checks them.
 */

export type Summary = {
	median: number;
	min: number;
	max: number;
	/** First and third quartile (linear interpolation between order statistics, like R's default type 7). */
	q1: number;
	q3: number;
	n: number;
};

/** The q-quantile (0 ≤ q ≤ 1) of `values`, interpolating linearly between neighbouring order statistics. */
export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
	const below = Math.floor(position);
	const lower = sorted[below] ?? Number.NaN;
	const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
	return lower + (upper - lower) * (position - below);
}

export function median(values: readonly number[]): number {
	return quantile(values, 0.5);
}

/** Median, min–max and quartiles of the finite samples (a NaN or Infinity is a failed sample, not a figure). */
export function summarize(samples: readonly number[]): Summary {
	const values = samples.filter((value) => Number.isFinite(value));
	return {
		median: median(values),
		min: values.length > 0 ? Math.min(...values) : Number.NaN,
		max: values.length > 0 ? Math.max(...values) : Number.NaN,
		q1: quantile(values, 0.25),
		q3: quantile(values, 0.75),
		n: values.length,
	};
}

/**
 * Ratios of samples taken side by side: `numerators[i] / denominators[i]` for every round i in which both were
 * measured. Pairing cancels what changes slowly during a run (other processes on a shared machine, thermal state),
 * which a ratio of two medians taken minutes apart would carry.
 */
export function pairedRatios(numerators: readonly number[], denominators: readonly number[]): number[] {
	const ratios: number[] = [];
	for (let round = 0; round < Math.min(numerators.length, denominators.length); round++) {
		const numerator = numerators[round] ?? Number.NaN;
		const denominator = denominators[round] ?? Number.NaN;
		if (Number.isFinite(numerator) && Number.isFinite(denominator) && denominator > 0)
			ratios.push(numerator / denominator);
	}
	return ratios;
}

/** Median of one series divided by the median of the other (NaN when the denominator has no positive median). */
export function ratioOfMedians(numerators: readonly number[], denominators: readonly number[]): number {
	const top = summarize(numerators).median;
	const bottom = summarize(denominators).median;
	return bottom > 0 ? top / bottom : Number.NaN;
}
