import type {Step} from '../guides/schema';

/**
 * Watches the user's click on the control of a guide's confirmation step (never intercepting it): the click is
 * the moment from which a new success message answers it, and if the portal shows none we can recognise, the
 * guide ends after a grace period. Also the click on the last step when it ends by leaving the page (no grace:
 * the page change ends it), so the page change counts even if the form re-rendered on the way out.
 */
export class FinalClickWatch {
	readonly #graceMs: number;
	#watch: AbortController | undefined;
	#watched: Element | undefined;
	#graceTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(graceMs: number) {
		this.#graceMs = graceMs;
	}

	/** Watches `target` if `step` ends on a confirmation (or is the `last` and leaves the page); `clicked` at the
	 * click, `graceOver` after the grace (confirmation steps only). */
	follow(
		target: Element,
		step: Step,
		last: boolean,
		clicked: (stepId: string) => void,
		graceOver: (stepId: string) => void,
	): void {
		const leavesAtLast = last && step.doneWhen === 'page-change';
		if ((step.doneWhen !== 'confirmation' && !leavesAtLast) || this.#watched === target) return;
		this.#watch?.abort();
		this.#watch = new AbortController();
		this.#watched = target;
		const onClick = (): void => {
			clearTimeout(this.#graceTimer);
			clicked(step.id);
			if (!leavesAtLast) this.#graceTimer = setTimeout(() => graceOver(step.id), this.#graceMs);
		};
		target.addEventListener('click', onClick, {passive: true, signal: this.#watch.signal});
	}

	stop(): void {
		clearTimeout(this.#graceTimer);
		this.#watch?.abort();
		this.#watch = undefined;
		this.#watched = undefined;
	}
}
