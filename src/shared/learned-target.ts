import type {LearnedTarget} from './learned-target-schema';

// Pure helpers on learned targets, free of zod: the content script imports these (the schema lives beside it in
// learned-target-schema.ts and is used only where JSON comes in: background and options page).

export type {LearnedTarget, LearnedRole} from './learned-target-schema';

/** The storage.local key (not synced: a fix belongs to this browser until it is exported). */
export const LEARNED_TARGETS_KEY = 'learnedTargets';

/** One learned target per guide, step and page. */
export function learnedKey(target: Pick<LearnedTarget, 'guide' | 'step' | 'page'>): string {
	return `${target.guide}/${target.step}/${target.page}`;
}

/** Adds or replaces `target` (same guide, step and page), keeping the others in order. */
export function withLearned(list: readonly LearnedTarget[], target: LearnedTarget): LearnedTarget[] {
	const key = learnedKey(target);
	return [...list.filter((entry) => learnedKey(entry) !== key), target];
}

/** The list without the entry for this guide, step and page. */
export function withoutLearned(
	list: readonly LearnedTarget[],
	key: Pick<LearnedTarget, 'guide' | 'step' | 'page'>,
): LearnedTarget[] {
	const wanted = learnedKey(key);
	return list.filter((entry) => learnedKey(entry) !== wanted);
}
