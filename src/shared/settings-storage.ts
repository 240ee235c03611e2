import {SYNC_ITEM_BYTES, syncItemBytes} from './sync-quota';

/*
 * The storage the settings depend on, as an interface (STYLE.md: "a UI that depends on an interface with a
 * mock"). settings-item.ts adapts `browser.storage` to it; unit tests, the options page's tests and anyone else
 * who needs settings without a browser use `createMemoryStorage`.
 */

export type StorageChange = {oldValue?: unknown; newValue?: unknown};
export type StorageChanges = Record<string, StorageChange>;
export type StorageChangeListener = (changes: StorageChanges, areaName: string) => void;

export type SyncArea = {
	get(keys: readonly string[]): Promise<Record<string, unknown>>;
	set(items: Record<string, unknown>): Promise<void>;
	remove(keys: readonly string[]): Promise<void>;
};

export type ManagedArea = {
	/** Rejects where there is no policy (Firefox without policies.json); readManaged treats that as "no values". */
	get(): Promise<Record<string, unknown>>;
};

/** storage.session: kept while the browser runs, readable by the extension's pages and its service worker. */
export type SessionArea = {
	get(keys: readonly string[]): Promise<Record<string, unknown>>;
	set(items: Record<string, unknown>): Promise<void>;
};

export type SettingsStorage = {
	sync: SyncArea;
	managed: ManagedArea;
	/**
	 * Where the last policy read is kept, so a page shows the administrator's locks at once instead of waiting for
	 * storage.managed (Chromium takes a whole second to say there is no policy). Absent: no cache.
	 */
	session?: SessionArea;
	/** storage.onChanged; `areaName` is 'sync' or 'managed' for the areas above. */
	onChanged: {
		addListener(listener: StorageChangeListener): void;
		removeListener(listener: StorageChangeListener): void;
	};
};

export type MemoryStorage = SettingsStorage & {
	/** The sync area's current content (a copy). */
	readonly syncData: Record<string, unknown>;
	/** Replaces the managed area (an Error makes managed.get reject, like Firefox without a policy) and notifies. */
	setManaged(values: Record<string, unknown> | Error): void;
	/** The session area's current content (a copy). */
	readonly sessionData: Record<string, unknown>;
	/** Number of listeners currently registered (tests check that an aborted signal removes them). */
	readonly listenerCount: number;
};

const clone = <T>(value: T): T => structuredClone(value);

/** Like the browsers, refuses an item over storage.sync's 8 KB, with Chrome's message. */
function quotaError(items: Record<string, unknown>): Error | undefined {
	const over = Object.entries(items).some(([key, value]) => syncItemBytes(key, value) > SYNC_ITEM_BYTES);
	return over ? new Error('QUOTA_BYTES_PER_ITEM quota exceeded') : undefined;
}

/**
 * An in-memory storage with the browser's semantics: values are copied in and out, changes are announced, and an
 * item over the sync quota is refused.
 */
export function createMemoryStorage(
	initial: {
		sync?: Record<string, unknown>;
		managed?: Record<string, unknown> | Error;
		session?: Record<string, unknown>;
	} = {},
): MemoryStorage {
	let sync: Record<string, unknown> = clone(initial.sync ?? {});
	let session: Record<string, unknown> = clone(initial.session ?? {});
	let managed: Record<string, unknown> | Error = initial.managed ?? {};
	const listeners = new Set<StorageChangeListener>();
	const announce = (changes: StorageChanges, areaName: string): void => {
		if (Object.keys(changes).length === 0) return;
		for (const listener of listeners) listener(clone(changes), areaName);
	};
	return {
		sync: {
			get(keys) {
				return Promise.resolve(
					clone(Object.fromEntries(keys.filter((key) => key in sync).map((key) => [key, sync[key]]))),
				);
			},
			set(items) {
				const refused = quotaError(items);
				if (refused) return Promise.reject(refused);
				const changes: StorageChanges = {};
				for (const [key, value] of Object.entries(clone(items))) {
					changes[key] = {oldValue: sync[key], newValue: value};
					sync = {...sync, [key]: value};
				}
				announce(changes, 'sync');
				return Promise.resolve();
			},
			remove(keys) {
				const changes: StorageChanges = {};
				for (const key of keys) {
					if (!(key in sync)) continue;
					changes[key] = {oldValue: sync[key]};
					sync = Object.fromEntries(Object.entries(sync).filter(([name]) => name !== key));
				}
				announce(changes, 'sync');
				return Promise.resolve();
			},
		},
		managed: {
			get() {
				return managed instanceof Error ? Promise.reject(managed) : Promise.resolve(clone(managed));
			},
		},
		session: {
			get(keys) {
				return Promise.resolve(
					clone(Object.fromEntries(keys.filter((key) => key in session).map((key) => [key, session[key]]))),
				);
			},
			set(items) {
				session = {...session, ...clone(items)};
				return Promise.resolve();
			},
		},
		onChanged: {
			addListener: (listener) => listeners.add(listener),
			removeListener: (listener) => listeners.delete(listener),
		},
		get syncData() {
			return clone(sync);
		},
		setManaged(values) {
			const old = managed instanceof Error ? {} : managed;
			managed = values;
			const next = values instanceof Error ? {} : values;
			const changes: StorageChanges = {};
			for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
				changes[key] = {oldValue: old[key], newValue: next[key]};
			}
			announce(changes, 'managed');
		},
		get sessionData() {
			return clone(session);
		},
		get listenerCount() {
			return listeners.size;
		},
	};
}
