import {browser} from '../shared/browser';
import {LEARNED_TARGETS_KEY, withLearned, withoutLearned, type LearnedTarget} from '../shared/learned-target';
import {parseStoredLearned} from '../shared/learned-target-schema';
import {readManagedLearned} from '../shared/managed-learned';
import {browserSettingsStorage} from '../shared/settings-item';
import type {PageId} from '../shared/page-ids';
import type {GuideId} from '../shared/guide-ids';

// Learned targets (issue #12) in storage.local (not synced): what this browser's user taught, validated entry by
// entry here so the content script receives only valid data. The administrator's (policy `learnedTargets`) come
// first; what the user taught for the same step on the same page replaces them.

async function readLocal(): Promise<LearnedTarget[]> {
	return parseStoredLearned((await browser.storage.local.get(LEARNED_TARGETS_KEY))[LEARNED_TARGETS_KEY]);
}

/** Every learned target in force: the policy's, overridden step by step by the user's own. */
export async function loadLearnedTargets(): Promise<LearnedTarget[]> {
	const [local, policy] = await Promise.all([readLocal(), readManagedLearned(browserSettingsStorage.managed)]);
	return local.reduce<LearnedTarget[]>((list, target) => withLearned(list, target), policy.targets);
}

export async function saveLearnedTarget(target: LearnedTarget): Promise<void> {
	await browser.storage.local.set({[LEARNED_TARGETS_KEY]: withLearned(await readLocal(), target)});
}

export async function removeLearnedTarget(key: {guide: GuideId; step: string; page: PageId}): Promise<void> {
	await browser.storage.local.set({[LEARNED_TARGETS_KEY]: withoutLearned(await readLocal(), key)});
}
