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

export type LearnedTargets = {
	replaceAll(targets: readonly LearnedTarget[]): void;
	add(target: LearnedTarget): void;
	has(step: LearnedStep): boolean;
	/** The element of the learned target for this step, undefined when there is none (or it was just dropped). */
	locate(lookup: LearnedLookup): Located | undefined;
};

/**
 * The learned targets of this tab (already validated by the background): tried first for their step on their page;
 * one that no longer matches is dropped once the page has had time to render, or at once when the built-in locator
 * finds the control again (the portal was fixed). Holds no DOM of its own; src/portal/learned-control.ts reads it.
 */
export function learnedTargets(doc: Document, hooks: LearnedHooks): LearnedTargets {
	let byKey = new Map<string, LearnedTarget>();
	const missingSince = new Map<string, number>();
	const replaceAll = (targets: readonly LearnedTarget[]): void => {
		byKey = new Map(targets.map((target) => [learnedKey(target), target]));
		missingSince.clear();
	};
	return {
		replaceAll,
		add: (target) => replaceAll(withLearned([...byKey.values()], target)),
		has: (step) => byKey.has(learnedKey(step)),
		locate(lookup) {
			const key = learnedKey(lookup);
			const learned = byKey.get(key);
			if (!learned || lookup.shownPage !== learned.page || lookup.lang !== learned.lang) {
				missingSince.delete(key);
				return undefined;
			}
			const element = findLearnedControl(doc, learned, lookup.extId);
			if (element) {
				missingSince.delete(key);
				return lookup.located(element);
			}
			const now = Date.now();
			const since = missingSince.get(key) ?? now;
			missingSince.set(key, since);
			if (now - since >= LEARNED_MISS_MS || lookup.builtInFinds()) {
				byKey.delete(key);
				missingSince.delete(key);
				hooks.dropped({guide: learned.guide, step: learned.step, page: learned.page});
			}
			return undefined;
		},
	};
}
