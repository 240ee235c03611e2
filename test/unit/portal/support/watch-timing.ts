/**
 * Resolves after the watcher's frame: first the microtask in which MutationObserver callbacks run (they request
 * the frame), then a frame requested after theirs.
 */
export async function nextFrame(): Promise<void> {
	await Promise.resolve();
	await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

const controllers: AbortController[] = [];

/** A signal that ends with the test (`endLifetimes` in `afterEach`). */
export function lifetime(): AbortSignal {
	const controller = new AbortController();
	controllers.push(controller);
	return controller.signal;
}

export function endLifetimes(): void {
	for (const controller of controllers.splice(0)) controller.abort();
}
