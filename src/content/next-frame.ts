/**
 * Coalesces calls into one run in the next animation frame: one pass per burst of portal changes, nothing while
 * nothing changes, nothing after `signal` aborts.
 */
export function onNextFrame(run: () => void, signal: AbortSignal): () => void {
	let frame = 0;
	return () => {
		if (frame !== 0 || signal.aborted) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			run();
		});
	};
}
