import {describe, expect, test, vi} from 'vitest';
import {knownSettings} from '../../../src/background/known-settings';
import {POLICY_CACHE_KEY, createSettingsItem} from '../../../src/shared/settings';
import {createMemoryStorage} from '../../../src/shared/settings-storage';

// The background's copy of the settings (issue #14): the overlay is built from it, so its first answer must not wait
// for the policy read, and open pages must hear of every change once the copy holds it.

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the settings the background knows', () => {
	test('answers at once from storage and the cached policy, then follows the policy as read', async () => {
		const storage = createMemoryStorage({
			sync: {uiLanguage: 'fr'},
			managed: {uiLanguage: 'it', locked: ['uiLanguage']},
			session: {[POLICY_CACHE_KEY]: {supportAddress: 'support@be.ch'}},
		});
		// The policy read never answers (Chromium without a policy takes a second).
		let answerPolicy: () => void = () => undefined;
		const slowPolicy = {
			...storage,
			managed: {
				get: () =>
					new Promise<Record<string, unknown>>(
						(resolve) => (answerPolicy = () => resolve(storage.managed.get())),
					),
			},
		};
		const changed = vi.fn();
		const known = knownSettings(createSettingsItem(slowPolicy), changed, new AbortController().signal);
		const first = await known.current();
		expect(first.uiLanguage).toBe('fr');
		expect(first.supportAddress).toBe('support@be.ch');
		expect(changed).not.toHaveBeenCalled();
		answerPolicy();
		await settle();
		// The policy as read locks the language and has no support address: the copy follows, the pages hear it.
		expect((await known.current()).uiLanguage).toBe('it');
		expect((await known.current()).supportAddress).toBe('');
		expect(changed).toHaveBeenCalledTimes(1);
	});

	test('tells the pages once its copy holds a change, not when the policy read only confirmed the cache', async () => {
		const storage = createMemoryStorage({sync: {uiLanguage: 'fr'}});
		// What the copy says at the moment the pages are told (they ask for a new overlay at once).
		const told: string[] = [];
		const changed = vi.fn(() => void known.current().then((settings) => told.push(settings.uiLanguage)));
		const known = knownSettings(createSettingsItem(storage), changed, new AbortController().signal);
		await settle();
		expect(changed).not.toHaveBeenCalled();
		await storage.sync.set({uiLanguage: 'de'});
		await settle();
		expect(changed).toHaveBeenCalledTimes(1);
		expect(told).toEqual(['de']);
	});

	test('unreadable settings give the defaults', async () => {
		const storage = createMemoryStorage();
		storage.sync.get = () => Promise.reject(new Error('storage gone'));
		storage.session!.get = () => Promise.reject(new Error('storage gone'));
		const known = knownSettings(createSettingsItem(storage), () => undefined, new AbortController().signal);
		expect((await known.current()).uiLanguage).toBe('auto');
	});
});
