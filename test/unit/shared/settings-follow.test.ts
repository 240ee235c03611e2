import {describe, expect, test} from 'vitest';
import {createSettingsItem, POLICY_CACHE_KEY, type SettingsSnapshot} from '../../../src/shared/settings';
import {createMemoryStorage, type MemoryStorage} from '../../../src/shared/settings-storage';

/*
 * Issue #14: pages show the settings at once from storage and the policy as last seen (storage.session), and the
 * policy's own answer corrects them when it arrives. Here storage.managed answers only when the test says so, as
 * Chromium does (it takes a whole second to say there is no policy).
 */

const POLICY = {canton: 'BE', locked: ['canton']};

/** A memory storage whose managed area answers when `answer` is called. */
function slowPolicy(initial: Parameters<typeof createMemoryStorage>[0]): MemoryStorage & {
	answer: (policy: Record<string, unknown>) => void;
} {
	const storage = createMemoryStorage(initial);
	let answer: (policy: Record<string, unknown>) => void = () => undefined;
	const pending = new Promise<Record<string, unknown>>((resolve) => {
		answer = resolve;
	});
	storage.managed = {get: () => pending};
	return Object.assign(storage, {answer: (policy: Record<string, unknown>) => answer(policy)});
}

function collect(storage: MemoryStorage): {seen: Array<{snapshot: SettingsSnapshot; policyRead: boolean}>} {
	const seen: Array<{snapshot: SettingsSnapshot; policyRead: boolean}> = [];
	createSettingsItem(storage).follow(
		(snapshot, policyRead) => seen.push({snapshot, policyRead}),
		new AbortController().signal,
	);
	return {seen};
}

describe('following the settings from the first paint', () => {
	test('a cached lock is given at once, before the policy answers; the policy’s answer follows', async () => {
		const storage = slowPolicy({sync: {canton: 'ZH'}, session: {[POLICY_CACHE_KEY]: POLICY}});
		const {seen} = collect(storage);
		await expect.poll(() => seen.length).toBe(1);
		expect(seen[0]?.policyRead).toBe(false);
		expect(seen[0]?.snapshot.settings.canton).toBe('BE');
		expect([...(seen[0]?.snapshot.locked ?? [])]).toEqual(['canton']);
		storage.answer({canton: 'VD', locked: ['canton']});
		await expect.poll(() => seen.length).toBe(2);
		expect(seen[1]?.policyRead).toBe(true);
		expect(seen[1]?.snapshot.settings.canton).toBe('VD');
		// The fresh read is cached for the next page.
		expect(storage.sessionData[POLICY_CACHE_KEY]).toEqual({canton: 'VD', locked: ['canton']});
	});

	test('without a cache the user’s value shows first, and a policy arriving later locks it', async () => {
		const storage = slowPolicy({sync: {canton: 'ZH'}});
		const {seen} = collect(storage);
		await expect.poll(() => seen.length).toBe(1);
		expect(seen[0]?.snapshot.settings.canton).toBe('ZH');
		expect(seen[0]?.snapshot.locked.size).toBe(0);
		storage.answer(POLICY);
		await expect.poll(() => seen.length).toBe(2);
		expect(seen[1]?.snapshot.settings.canton).toBe('BE');
		expect(seen[1]?.snapshot.locked.has('canton')).toBe(true);
	});

	test('a policy that answers before the cache is never overwritten by the cache', async () => {
		const storage = createMemoryStorage({sync: {canton: 'ZH'}, managed: POLICY});
		let releaseSession: () => void = () => undefined;
		const sessionHeld = new Promise<void>((resolve) => {
			releaseSession = resolve;
		});
		const session = storage.session;
		storage.session = {
			get: async (keys) => {
				await sessionHeld;
				return session?.get(keys) ?? {};
			},
			set: (items) => session?.set(items) ?? Promise.resolve(),
		};
		const {seen} = collect(storage);
		await expect.poll(() => seen.length).toBe(1);
		releaseSession();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(seen).toHaveLength(1);
		expect(seen[0]?.policyRead).toBe(true);
		expect(seen[0]?.snapshot.settings.canton).toBe('BE');
	});

	test('a save made before the policy answers waits for it, and a locked field is refused', async () => {
		const storage = slowPolicy({});
		const item = createSettingsItem(storage);
		const saved = item.set({canton: 'ZH'});
		storage.answer(POLICY);
		await expect(saved).rejects.toMatchObject({code: 'locked', field: 'canton'});
		expect(storage.syncData).toEqual({});
	});

	test('a cache that is not a valid policy locks nothing and breaks nothing', async () => {
		const storage = slowPolicy({sync: {canton: 'ZH'}, session: {[POLICY_CACHE_KEY]: 'garbage'}});
		const {seen} = collect(storage);
		await expect.poll(() => seen.length).toBe(1);
		expect(seen[0]?.snapshot.settings.canton).toBe('ZH');
		expect(seen[0]?.snapshot.locked.size).toBe(0);
	});
});
