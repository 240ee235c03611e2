import type {Step} from '../guides/schema';

/**
 * Watches the user's click on the control of a guide's confirmation step (never intercepting it): the click is
 * the moment from which a new success message answers it, and if the portal shows none we can recognise, the
 * guide ends after a grace period. Also the click on the last step when it ends by leaving the page (no grace:
 * the page change ends it), so the page change counts even if the form re-rendered on the way out.
 */
export type FinalClickWatch = {
	/** Watches `target` if `step` ends on a confirmation (or is the `last` and leaves the page); `clicked` at the
	 * click, `graceOver` after the grace (confirmation steps only). */
	follow(
		target: Element,
		step: Step,
		last: boolean,
		clicked: (stepId: string) => void,
		graceOver: (stepId: string) => void,
	): void;
	stop(): void;
};

export function finalClickWatch(graceMs: number): FinalClickWatch {
	let watch: AbortController | undefined;
	let watched: Element | undefined;
	let graceTimer: ReturnType<typeof setTimeout> | undefined;
	return {
		follow(target, step, last, clicked, graceOver) {
			const leavesAtLast = last && step.doneWhen === 'page-change';
			if ((step.doneWhen !== 'confirmation' && !leavesAtLast) || watched === target) return;
			watch?.abort();
			watch = new AbortController();
			watched = target;
			const onClick = (): void => {
				clearTimeout(graceTimer);
				clicked(step.id);
				if (!leavesAtLast) graceTimer = setTimeout(() => graceOver(step.id), graceMs);
			};
			target.addEventListener('click', onClick, {passive: true, signal: watch.signal});
		},
		stop() {
			clearTimeout(graceTimer);
			watch?.abort();
			watch = undefined;
			watched = undefined;
		},
	};
}
