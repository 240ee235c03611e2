/**
 * How long a step's target has been missing: `waiting` at first (the portal may still be rendering), `lost` once
 * `lostAfterMs` passed; the clock wakes the runner at that moment so the panel changes without a page change.
 */
export type LostClock = {
	/** The target is missing now. */
	missing(): 'waiting' | 'lost';
	/** The target is there (or the step changed): the clock starts again the next time it goes missing. */
	reset(): void;
};

export function lostClock(lostAfterMs: number, wake: () => void): LostClock {
	let missingSince: number | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	return {
		missing() {
			const now = Date.now();
			if (missingSince === undefined) {
				missingSince = now;
				timer = setTimeout(wake, lostAfterMs);
				return 'waiting';
			}
			return now - missingSince >= lostAfterMs ? 'lost' : 'waiting';
		},
		reset() {
			missingSince = undefined;
			clearTimeout(timer);
		},
	};
}
