import type {Located} from '../engine/portal-access';
import {findLearnedControl} from '../portal/learned-control';
import type {GuideId} from '../shared/guide-ids';
import type {Lang} from '../shared/lang';
import {learnedKey, withLearned, type LearnedTarget} from '../shared/learned-target';
import type {PageId} from '../shared/page-ids';

/** How long a learned target may stay unmatched on its page before it counts as gone (as long as a step may). */
export const LEARNED_MISS_MS = 4000;

export type LearnedStep = {guide: GuideId; step: string; page: PageId};

export type LearnedLookup = LearnedStep & {
	/** The page shown now and its language: a target taught in another language is not tried (nor dropped). */
	shownPage: PageId;
	lang: Lang;
	extId: string | undefined;
	/** Whether the built-in locator finds the step's target: then an unmatched learned one is dropped at once. */
	builtInFinds: () => boolean;
	located: (element: Element) => Located;
};

export type LearnedHooks = {
	/** A learned target no longer matched and was dropped: remove it from storage and tell the user. */
	dropped(step: LearnedStep): void;
};

/**
 * The learned targets of this tab (already validated by the background): tried first for their step on their page;
 * one that no longer matches is dropped once the page has had time to render, or at once when the built-in locator
 * finds the control again (the portal was fixed). Holds no DOM of its own; src/portal/learned-control.ts reads it.
 */
export class LearnedTargets {
	readonly #doc: Document;
	readonly #hooks: LearnedHooks;
	#byKey = new Map<string, LearnedTarget>();
	readonly #missingSince = new Map<string, number>();

	constructor(doc: Document, hooks: LearnedHooks) {
		this.#doc = doc;
		this.#hooks = hooks;
	}

	replaceAll(targets: readonly LearnedTarget[]): void {
		this.#byKey = new Map(targets.map((target) => [learnedKey(target), target]));
		this.#missingSince.clear();
	}

	add(target: LearnedTarget): void {
		const list = withLearned([...this.#byKey.values()], target);
		this.replaceAll(list);
	}

	has(step: LearnedStep): boolean {
		return this.#byKey.has(learnedKey(step));
	}

	/** The element of the learned target for this step, undefined when there is none (or it was just dropped). */
	locate(lookup: LearnedLookup): Located | undefined {
		const key = learnedKey(lookup);
		const learned = this.#byKey.get(key);
		if (!learned || lookup.shownPage !== learned.page || lookup.lang !== learned.lang) {
			this.#missingSince.delete(key);
			return undefined;
		}
		const element = findLearnedControl(this.#doc, learned, lookup.extId);
		if (element) {
			this.#missingSince.delete(key);
			return lookup.located(element);
		}
		const now = Date.now();
		const since = this.#missingSince.get(key) ?? now;
		this.#missingSince.set(key, since);
		if (now - since >= LEARNED_MISS_MS || lookup.builtInFinds()) {
			this.#byKey.delete(key);
			this.#missingSince.delete(key);
			this.#hooks.dropped({guide: learned.guide, step: learned.step, page: learned.page});
		}
		return undefined;
	}
}
