/**
 * Page-side helpers of the benchmark, installed once per page as `window.__bench` (page.evaluate(installBenchHelpers)).
 * They read our overlay only through the testing contract (shared/DESIGN.md): `#eiam-assist-root` and its open
 * shadow root, `data-eiam-assist-target`, `data-eiam-assist-row-action`, `data-eiam-assist-choice`,
 * `data-eiam-assist-cancel`/`-cancel-confirm`.
 *
 * "Painted" is measured with a ResizeObserver: its first notification for a newly observed element comes in the
 * rendering step of the next frame, after layout, even when observe() is called from inside a frame's
 * requestAnimationFrame callbacks (where a new requestAnimationFrame would wait a whole frame more). A message
 * posted from that notification is handled right after the frame's paint. So the time at that message is "the
 * frame showing the change has been painted", for our overlay and Driver.js alike.
 */
export type BenchHelpers = {
	/** performance.now() right after the paint of the first frame (from the next one on) in which `ready()` holds. */
	paintedWhen(ready: () => boolean, timeoutMs: number, what: string): Promise<number>;
	/** Polls `find` (every 16 ms) until it returns an element. */
	waitFor(find: () => Element | null | undefined, timeoutMs: number, what: string): Promise<Element>;
	/** Lets the page and the extension finish what they scheduled: two painted frames and 50 ms. */
	settle(): Promise<void>;
	/** Our overlay's shadow root, if the extension runs in this page. */
	overlay(): ShadowRoot | null;
	/** The portal element our guide marks, if any. */
	marked(): Element | null;
	/** Whether some element of our overlay surrounds `target` closely (the ring), judged by geometry alone. */
	ringAround(target: Element): boolean;
	/**
	 * Fires a scroll event, as a user's wheel would. After a guide is cancelled the extension shows its row helpers
	 * again only once the page changes or scrolls; a page of 10 rows cannot scroll, hence an event, not scrollBy().
	 */
	pokeScroll(): void;
};

export type BenchWindow = {__bench: BenchHelpers};

export function installBenchHelpers(): void {
	const afterPaint = (onPainted: () => void): void => {
		const observer = new ResizeObserver(() => {
			observer.disconnect();
			const channel = new MessageChannel();
			channel.port1.onmessage = () => onPainted();
			channel.port2.postMessage(null);
		});
		observer.observe(document.documentElement);
	};
	const helpers: BenchHelpers = {
		paintedWhen: (ready, timeoutMs, what) =>
			new Promise((resolve, reject) => {
				const timer = setTimeout(
					() => reject(new Error(`${what}: not painted within ${timeoutMs} ms`)),
					timeoutMs,
				);
				const check = (): void => {
					const observer = new ResizeObserver(() => {
						observer.disconnect();
						if (!ready()) {
							requestAnimationFrame(check);
							return;
						}
						const channel = new MessageChannel();
						channel.port1.onmessage = () => {
							clearTimeout(timer);
							resolve(performance.now());
						};
						channel.port2.postMessage(null);
					});
					observer.observe(document.documentElement);
				};
				check();
			}),
		waitFor: (find, timeoutMs, what) =>
			new Promise((resolve, reject) => {
				const until = performance.now() + timeoutMs;
				const poll = (): void => {
					const found = find();
					if (found) resolve(found);
					else if (performance.now() > until) reject(new Error(`${what}: not found within ${timeoutMs} ms`));
					else setTimeout(poll, 16);
				};
				poll();
			}),
		settle: () =>
			new Promise((resolve) => {
				afterPaint(() => afterPaint(() => setTimeout(resolve, 50)));
			}),
		overlay: () => document.getElementById('eiam-assist-root')?.shadowRoot ?? null,
		marked: () => document.querySelector('[data-eiam-assist-target]'),
		ringAround: (target) => {
			const root = helpers.overlay();
			if (!root) return false;
			const box = target.getBoundingClientRect();
			const slack = 24; // the ring's padding and border, a few pixels on each side
			for (const element of root.querySelectorAll('*')) {
				const ring = element.getBoundingClientRect();
				if (
					ring.width > 0 &&
					ring.left <= box.left + 1 &&
					ring.top <= box.top + 1 &&
					ring.right >= box.right - 1 &&
					ring.bottom >= box.bottom - 1 &&
					ring.width <= box.width + 2 * slack &&
					ring.height <= box.height + 2 * slack
				)
					return true;
			}
			return false;
		},
		pokeScroll: () => {
			document.dispatchEvent(new Event('scroll'));
		},
	};
	(window as unknown as BenchWindow).__bench = helpers;
}
