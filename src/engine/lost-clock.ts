/**
 * How long a step's target has been missing: `waiting` at first (the portal may still be rendering), `lost` once
 * `lostAfterMs` passed; the clock wakes the runner at that moment so the panel changes without a page change.
 */
export class LostClock {
	readonly #lostAfterMs: number;
	readonly #wake: () => void;
	#missingSince: number | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(lostAfterMs: number, wake: () => void) {
		this.#lostAfterMs = lostAfterMs;
		this.#wake = wake;
	}

	/** The target is missing now. */
	missing(): 'waiting' | 'lost' {
		const now = Date.now();
		if (this.#missingSince === undefined) {
			this.#missingSince = now;
			this.#timer = setTimeout(this.#wake, this.#lostAfterMs);
			return 'waiting';
		}
		return now - this.#missingSince >= this.#lostAfterMs ? 'lost' : 'waiting';
	}

	/** The target is there (or the step changed): the clock starts again the next time it goes missing. */
	reset(): void {
		this.#missingSince = undefined;
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
