import {NO_MANAGED_SETTINGS, parseManaged, readManagedRaw, type ManagedSettings} from './managed-settings';
import {
	SETTINGS_STORAGE_KEYS,
	type SettingKey,
	type Settings,
	type SettingsPatch,
	type SettingsProblem,
} from './settings-schema';
import {resolveSettings} from './resolve-settings';
import {SettingsError} from './settings-error';
import {plan, settingOfStorageKey, validatePatch} from './settings-patch';
import type {SettingsStorage, StorageChangeListener} from './settings-storage';
import {SYNC_ITEM_BYTES, syncItemBytes} from './sync-quota';

/*
 * The superuser's settings (issue #7), StorageItem-style: get / set / onChanged(cb, signal) over an injected
 * SettingsStorage. Pure: no browser import, so any module (and any unit test) may import it; the instance bound
 * to browser.storage is `settingsItem` in settings-item.ts.
 */

export * from './settings-schema';
export {resolveSettings} from './resolve-settings';
export {resolveUiLanguage} from './ui-language';
export {SettingsError, type SettingsErrorCode} from './settings-error';

export type SettingsSnapshot = {
	/** Complete and valid: every field has the user's value, the administrator's, or the default. */
	settings: Settings;
	/** Fields whose stored or managed value failed validation and was replaced (see SettingsProblem). */
	problems: SettingsProblem[];
	/** Fields the administrator locked: shown read-only, refused by set(). */
	locked: ReadonlySet<SettingKey>;
};

export type SettingsItem = {
	get(): Promise<SettingsSnapshot>;
	/** Validates the whole patch first (all or nothing), then stores only values that differ from the default. */
	set(patch: SettingsPatch): Promise<void>;
	/**
	 * The same, for a page that is closing: checked against the storage and policy read last, and written at once,
	 * before this returns (a read first would never finish). Rejects with a SettingsError when the patch is refused.
	 */
	setNow(patch: SettingsPatch): Promise<void>;
	/** Calls back with a fresh snapshot whenever stored or managed settings change, until `signal` aborts. */
	onChanged(callback: (snapshot: SettingsSnapshot) => void, signal: AbortSignal): void;
	/**
	 * For a page that must show the settings at once (issue #14): calls back first with storage and the policy as
	 * last seen (cached in storage.session; none cached: no policy), then again once the policy itself has been
	 * read, then on every change, until `signal` aborts. An earlier answer never overwrites a later one.
	 * `policyRead` is false for the first, early answer only. `failed` is called when the settings could not be
	 * read at all.
	 */
	follow(
		callback: (snapshot: SettingsSnapshot, policyRead: boolean) => void,
		signal: AbortSignal,
		failed?: (error: unknown) => void,
	): void;
};

/** The storage.session key of the last policy read (its raw content, validated again when read back). */
export const POLICY_CACHE_KEY = 'managedPolicy';

export function createSettingsItem(storage: SettingsStorage): SettingsItem {
	/** Reads the policy and keeps a copy in storage.session for the next page that opens. */
	const readAndCachePolicy = async (): Promise<ManagedSettings> => {
		const raw = await readManagedRaw(storage.managed);
		// Content scripts may not write storage.session: the cache is then simply not updated.
		storage.session?.set({[POLICY_CACHE_KEY]: raw ?? {}}).catch(() => undefined);
		return raw === undefined ? NO_MANAGED_SETTINGS : parseManaged(raw);
	};
	/** The policy as last read by anyone, without waiting for storage.managed; none cached means no policy. */
	const cachedPolicy = async (): Promise<ManagedSettings> => {
		try {
			const cache = (await storage.session?.get([POLICY_CACHE_KEY])) ?? {};
			return POLICY_CACHE_KEY in cache ? parseManaged(cache[POLICY_CACHE_KEY]) : NO_MANAGED_SETTINGS;
		} catch {
			return NO_MANAGED_SETTINGS;
		}
	};
	// The policy rarely changes, and Chromium takes a whole second to say there is none (MANAGED_READ_TIMEOUT_MS).
	// While someone follows the changes, the policy read is shared: their listener hears when the policy changes
	// and drops it. Without a follower every read asks afresh (the service worker, which lives on for long).
	let policy: Promise<ManagedSettings> | undefined;
	let followers = 0;
	let policyRead = false;
	const readPolicy = (): Promise<ManagedSettings> => {
		const read = followers === 0 ? readAndCachePolicy() : (policy ??= readAndCachePolicy());
		return read.then((managed) => {
			policyRead = true;
			return managed;
		});
	};
	// What storage and policy said last (read or written), for a write that cannot wait for a read (setNow).
	let known: {stored: Record<string, unknown>; managed: ManagedSettings} = {stored: {}, managed: NO_MANAGED_SETTINGS};

	const get = async (): Promise<SettingsSnapshot> => {
		const [stored, managed] = await Promise.all([storage.sync.get(SETTINGS_STORAGE_KEYS), readPolicy()]);
		known = {stored, managed};
		return resolveSettings(stored, managed);
	};

	/** Storage now and the policy as cached: what a page shows before the policy has answered. */
	const getEarly = async (): Promise<SettingsSnapshot> => {
		const [stored, managed] = await Promise.all([storage.sync.get(SETTINGS_STORAGE_KEYS), cachedPolicy()]);
		// A policy read already (more recent than the cache) stays what setNow checks against.
		if (!policyRead) known = {stored, managed};
		return resolveSettings(stored, policyRead ? known.managed : managed);
	};

	/** Validates and plans the patch, refusing an item over the sync quota (nothing is written then). */
	const prepare = (patch: SettingsPatch, stored: Readonly<Record<string, unknown>>, managed: ManagedSettings) => {
		validatePatch(patch, managed);
		const writes = plan(patch, stored, managed);
		// Nothing is written when one item would not fit: a half-saved patch would mix old and new.
		const tooBig = Object.entries(writes.toSet).find(([key, value]) => syncItemBytes(key, value) > SYNC_ITEM_BYTES);
		if (tooBig) throw new SettingsError('too-big', settingOfStorageKey(tooBig[0]));
		return writes;
	};

	/** Starts the writes at once (both calls are made before the first await) and notes what storage holds next. */
	const write = async ({toSet, toRemove}: ReturnType<typeof plan>): Promise<void> => {
		const stored = Object.fromEntries(
			Object.entries({...known.stored, ...toSet}).filter(([key]) => !toRemove.includes(key)),
		);
		known = {...known, stored};
		const set = Object.keys(toSet).length > 0 ? storage.sync.set(toSet) : Promise.resolve();
		const removed = toRemove.length > 0 ? storage.sync.remove(toRemove) : Promise.resolve();
		try {
			await Promise.all([set, removed]);
		} catch (error) {
			// What is left: the write quotas (120 a minute, 1,800 an hour), or a size quota we did not foresee.
			const code = /QUOTA_BYTES/.test(String(error)) ? 'too-big' : 'storage';
			throw new SettingsError(code, undefined, {cause: error});
		}
	};

	const onChanged: SettingsItem['onChanged'] = (callback, signal) => {
		if (signal.aborted) return;
		// Reads can finish out of order; only the answer to the latest notice is passed on, so an older read
		// never overwrites a newer one.
		let latest = 0;
		const listener: StorageChangeListener = (changes, areaName) => {
			if (areaName === 'managed') policy = undefined;
			const relevant =
				areaName === 'managed' ||
				(areaName === 'sync' && Object.keys(changes).some((key) => SETTINGS_STORAGE_KEYS.includes(key)));
			if (!relevant) return;
			const ticket = ++latest;
			get().then(
				(snapshot) => {
					if (!signal.aborted && ticket === latest) callback(snapshot);
				},
				// A failed read leaves the caller with its last snapshot; the next change tries again.
				(error: unknown) => console.warn('eIAM Assist: could not read the settings', error),
			);
		};
		followers += 1;
		storage.onChanged.addListener(listener);
		signal.addEventListener(
			'abort',
			() => {
				followers -= 1;
				if (followers === 0) policy = undefined;
				storage.onChanged.removeListener(listener);
			},
			{once: true},
		);
	};

	return {
		get,
		async set(patch) {
			const managed = await readPolicy();
			let stored: Record<string, unknown>;
			try {
				stored = await storage.sync.get(SETTINGS_STORAGE_KEYS);
			} catch (error) {
				throw new SettingsError('storage', undefined, {cause: error});
			}
			known = {stored, managed};
			await write(prepare(patch, stored, managed));
		},
		async setNow(patch) {
			// The page is closing: no time to read. Storage and policy as last seen decide what to write; an async
			// function runs up to its first await at once, so both storage calls are made before this returns.
			await write(prepare(patch, known.stored, known.managed));
		},
		onChanged,
		follow(callback, signal, failed) {
			// Ranks: 1 the early answer, 2 the first full read, 3 and up the answers to change notices (onChanged
			// passes on only the latest of those). An answer ranked below one already given is dropped.
			let given = 0;
			let notices = 2;
			const give = (rank: number, snapshot: SettingsSnapshot): void => {
				if (signal.aborted || rank <= given) return;
				given = rank;
				callback(snapshot, rank > 1);
			};
			// Following first: the full read below then shares the policy read with the saves that come after.
			onChanged((snapshot) => give(++notices, snapshot), signal);
			getEarly().then(
				(snapshot) => give(1, snapshot),
				() => undefined,
			);
			get().then(
				(snapshot) => give(2, snapshot),
				(error: unknown) => {
					if (signal.aborted) return;
					if (given === 0) failed?.(error);
					else console.warn('eIAM Assist: could not read the settings', error);
				},
			);
		},
	};
}
