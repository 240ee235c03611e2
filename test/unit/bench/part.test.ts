import {expect, test} from 'vitest';
import {isGone, sampleRounds} from '../../bench/part';

/** A clock the rounds advance: each round takes `roundMs` of a budget of `budgetMs`. */
function clocked(budgetMs: number, roundMs: number) {
	let now = 0;
	return {
		context: {timeLeft: () => budgetMs - now},
		round: () => {
			now += roundMs;
			return Promise.resolve();
		},
	};
}

test('rounds stop when the next one would overrun the budget, after the minimum', async () => {
	const {context, round} = clocked(1_000, 300);
	// performance.now() is real time here; the budget shrinks only through the fake clock.
	expect(await sampleRounds(context, {minRounds: 1, maxRounds: 9}, round, () => 'continue')).toBe(3);
});

test('at most maxRounds when time is plenty', async () => {
	const {context, round} = clocked(1_000_000, 1);
	expect(await sampleRounds(context, {minRounds: 1, maxRounds: 5}, round, () => 'continue')).toBe(5);
});

test('the minimum is taken even when the budget is already used up', async () => {
	const {context, round} = clocked(0, 10);
	expect(await sampleRounds(context, {minRounds: 2, maxRounds: 5}, round, () => 'continue')).toBe(2);
});

test('a failing round is reported and skipped; a closed page ends the rounds', async () => {
	const errors: number[] = [];
	const done = await sampleRounds(
		{timeLeft: () => 1_000_000},
		{minRounds: 1, maxRounds: 6},
		(index) => {
			if (index === 1) return Promise.reject(new Error('timeout'));
			if (index === 3) return Promise.reject(new Error('Target page, context or browser has been closed'));
			return Promise.resolve();
		},
		(error, index) => {
			errors.push(index);
			return isGone(error) ? 'stop' : 'continue';
		},
	);
	expect(done).toBe(2);
	expect(errors).toEqual([1, 3]);
});

test('the longest round so far decides whether another fits, not the average', async () => {
	let now = 0;
	const durations = [100, 500, 100, 100];
	const done = await sampleRounds(
		{timeLeft: () => 1_000 - now},
		{minRounds: 1, maxRounds: 9},
		(index) => {
			now += durations[index] ?? 100;
			return Promise.resolve();
		},
		() => 'continue',
	);
	// After 100 + 500, 400 are left: less than the longest round (500), though more than the average (300).
	expect(done).toBe(2);
});
