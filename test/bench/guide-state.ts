/**
 * Whether a re-render sample measured what its mode says (test/bench/rerender.bench.ts): with a guide running, the
 * guide's target is marked from the sample's start to its end; with the extension idle, nothing is marked. A guide
 * that ended during the sample (or one still running in an "idle" sample) would compare another watch than the
 * one named, so such a sample is invalid, recorded as failed rather than as a figure.
 */
export type GuideMode = 'guide-running' | 'extension-idle';

/** Undefined when the sample is valid, else why not. `marked`: whether a target was marked at its start and end. */
export function guideStateProblem(
	mode: GuideMode,
	marked: {readonly start: boolean; readonly end: boolean},
): string | undefined {
	const expected = mode === 'guide-running';
	const wrong = (['start', 'end'] as const).filter((when) => marked[when] !== expected);
	if (wrong.length === 0) return undefined;
	const state = expected ? 'no guide target marked' : 'a guide target marked';
	return `invalid ${mode} sample: ${state} at its ${wrong.join(' and ')}`;
}
