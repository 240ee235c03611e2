import {browser} from '../shared/browser';
import {LEARNED_TARGETS_KEY, type LearnedTarget} from '../shared/learned-target';
import {parseStoredLearned} from '../shared/learned-target-schema';
import {readManagedLearned} from '../shared/managed-learned';
import {browserSettingsStorage} from '../shared/settings-item';

/** The learned targets as the options page sees them: this browser's own (editable) and the policy's (read-only). */
export type LearnedTargetsStore = {
	load(): Promise<{own: LearnedTarget[]; policy: LearnedTarget[]}>;
	save(own: readonly LearnedTarget[]): Promise<void>;
};

export const browserLearnedTargets: LearnedTargetsStore = {
	async load() {
		const [stored, policy] = await Promise.all([
			browser.storage.local.get(LEARNED_TARGETS_KEY),
			readManagedLearned(browserSettingsStorage.managed),
		]);
		return {own: parseStoredLearned(stored[LEARNED_TARGETS_KEY]), policy: policy.targets};
	},
	async save(own) {
		await browser.storage.local.set({[LEARNED_TARGETS_KEY]: [...own]});
	},
};
