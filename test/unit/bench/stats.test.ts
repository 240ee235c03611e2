import {expect, test} from 'vitest';
import {median, pairedRatios, quantile, ratioOfMedians, summarize} from '../../bench/stats';

test('the median of an odd count is the middle sample, of an even count the mean of the two middle ones', () => {
	expect(median([5, 1, 3])).toBe(3);
	expect(median([4, 1, 3, 2])).toBe(2.5);
});

test('quartiles interpolate between samples', () => {
	const samples = [1, 2, 3, 4, 5];
	expect(quantile(samples, 0.25)).toBe(2);
	expect(quantile(samples, 0.75)).toBe(4);
	expect(quantile([10, 20], 0.25)).toBe(12.5);
});

test('a summary gives median, min–max, quartiles and the count of samples it used', () => {
	expect(summarize([30, 10, 20, 50, 40])).toEqual({median: 30, min: 10, max: 50, q1: 20, q3: 40, n: 5});
});

test('failed samples (NaN) neither count nor move the median', () => {
	expect(summarize([Number.NaN, 10, 30, Number.NaN, 20])).toMatchObject({median: 20, n: 3, min: 10, max: 30});
});

test('no sample gives NaN figures and a count of zero, never a zero that looks like a result', () => {
	const summary = summarize([Number.NaN]);
	expect(summary.n).toBe(0);
	expect(summary.median).toBeNaN();
	expect(summary.min).toBeNaN();
});

test('ratios are taken round by round, skipping rounds where either side failed', () => {
	expect(pairedRatios([100, 200, Number.NaN, 50], [200, 100, 100, 0])).toEqual([0.5, 2]);
});

test('paired ratios stay true when the machine slows down and some rounds fail; a ratio of medians does not', () => {
	// Ours is always half of theirs, measured side by side; the machine got three times slower halfway, and two of
	// our samples in the slow phase failed.
	const theirs = [100, 100, 100, 300, 300, 300, 300];
	const ours = [50, 50, 50, Number.NaN, Number.NaN, 150, 150];
	expect(median(pairedRatios(ours, theirs))).toBe(0.5);
	expect(ratioOfMedians(ours, theirs)).toBeCloseTo(1 / 6);
});

test('the ratio of medians divides one median by the other, and is NaN without a denominator', () => {
	expect(ratioOfMedians([10, 30, 20], [40, 40, 40])).toBe(0.5);
	expect(ratioOfMedians([10], [])).toBeNaN();
});
