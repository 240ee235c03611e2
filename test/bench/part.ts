import type {BrowserPool} from './browser-pool';
import type {MeasureSpec, Results} from './results';

/** What a part may record; after the part is abandoned (overran its time) its writes are ignored. */
export type Recorder = Pick<Results, 'declare' | 'samples' | 'value' | 'fail' | 'failMissing'>;
/** The shared browsers; after the part is abandoned they refuse it, so it cannot launch one beside the next part. */
export type Browsers = Pick<BrowserPool, 'session' | 'userList'>;

/**
 * A part of the benchmark: a few measures taken together (they share a page or a browser). Parts run one after the
 * other; each has a time budget. Sampling loops stop taking new rounds when the budget is used up (the sample count
 * says how many they got), and a part that overruns its budget by far is abandoned and its browsers closed, so the
 * whole run stays within its few minutes. A part's failure only costs its own measures.
 */
export type PartContext = {
	results: Recorder;
	pool: Browsers;
	/** Milliseconds until this part's budget is used up (negative once it is). */
	timeLeft: () => number;
	log: (message: string) => void;
};

export type Part = {
	name: string;
	measures: readonly MeasureSpec[];
	/** Run only when named on the command line (`npm run bench -- portal-model`). */
	optIn?: boolean;
	/** The most this part may take. */
	budgetMs: number;
	/** What earlier parts leave for this one at least (the run's time is shared out in order). */
	reserveMs: number;
	run: (context: PartContext) => Promise<void>;
};

/**
 * Takes up to `maxRounds` rounds of `round(index)`, at least `minRounds` unless a round throws, and stops early
 * when the next round (as long as the longest one so far) would not end within the budget. A round's own error is
 * passed to `onError`, which says whether to go on (a closed page or browser leaves nothing to measure on).
 */
export async function sampleRounds(
	context: Pick<PartContext, 'timeLeft'>,
	options: {minRounds: number; maxRounds: number; reserveMs?: number},
	round: (index: number) => Promise<void>,
	onError: (error: unknown, index: number) => 'continue' | 'stop',
): Promise<number> {
	let done = 0;
	let longest = 0;
	for (let index = 0; index < options.maxRounds; index++) {
		const left = context.timeLeft();
		// The longest round so far, not the average: on a shared machine one round can take twice another.
		if (index >= options.minRounds && left - (options.reserveMs ?? 0) < longest) break;
		try {
			await round(index);
			done++;
		} catch (error) {
			if (onError(error, index) === 'stop') break;
		} finally {
			longest = Math.max(longest, left - context.timeLeft());
		}
	}
	return done;
}

/** Whether an error means the page, its context or its browser is gone (Playwright's wording). */
export function isGone(error: unknown): boolean {
	const message = error instanceof Error ? error.message : String(error);
	return /has been closed|Target crashed|Browser closed|browser has disconnected/i.test(message);
}

/** The context of one part: `abandon()` cuts it off from the results and the browsers. */
export function scopedContext(
	results: Results,
	pool: BrowserPool,
	deadline: number,
	log: (message: string) => void,
): {context: PartContext; abandon: () => void} {
	let abandoned = false;
	const refuse = (): Promise<never> => Promise.reject(new Error('the part was stopped'));
	const unlessAbandoned =
		<A extends unknown[]>(write: (...args: A) => void) =>
		(...args: A): void => {
			if (!abandoned) write(...args);
		};
	return {
		context: {
			results: {
				declare: unlessAbandoned((specs) => results.declare(specs)),
				samples: unlessAbandoned((measure, samples, note) => results.samples(measure, samples, note)),
				value: unlessAbandoned((measure, value, note) => results.value(measure, value, note)),
				fail: unlessAbandoned((measure, error) => results.fail(measure, error)),
				failMissing: unlessAbandoned((specs, error) => results.failMissing(specs, error)),
			},
			pool: {
				session: (kind) => (abandoned ? refuse() : pool.session(kind)),
				userList: (kind, size, timeoutMs) => (abandoned ? refuse() : pool.userList(kind, size, timeoutMs)),
			},
			timeLeft: () => (abandoned ? -1 : deadline - performance.now()),
			log: (message) => {
				if (!abandoned) log(message);
			},
		},
		abandon: () => {
			abandoned = true;
		},
	};
}
