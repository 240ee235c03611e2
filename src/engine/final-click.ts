import type {Step} from '../guides/schema';

/**
 * Watches the user's click on the control of a guide's confirmation step (never intercepting it): the click is
 * the moment from which a new success message answers it, and if the portal shows none we can recognise, the
 * guide ends after a grace period.
 */
export class FinalClickWatch {
	readonly #graceMs: number;
	#watch: AbortController | undefined;
	#watched: Element | undefined;
	#graceTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(graceMs: number) {
		this.#graceMs = graceMs;
	}

	/** Watches `target` if `step` ends on a confirmation; `clicked` at the click, `graceOver` after the grace. */
	follow(target: Element, step: Step, clicked: (stepId: string) => void, graceOver: (stepId: string) => void): void {
		if (step.doneWhen !== 'confirmation' || this.#watched === target) return;
		this.#watch?.abort();
		this.#watch = new AbortController();
		this.#watched = target;
		const onClick = (): void => {
			clearTimeout(this.#graceTimer);
			clicked(step.id);
			this.#graceTimer = setTimeout(() => graceOver(step.id), this.#graceMs);
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
