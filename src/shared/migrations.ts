import {cantonFromText} from './cantons';
import {toLang} from './lang';
import {browserSettingsStorage} from './settings-item';
import {CURRENT_SCHEMA_VERSION, DEFAULT_SETTINGS, SCHEMA_VERSION_KEY, SETTINGS_STORAGE_KEYS} from './settings-schema';
import type {SettingsStorage} from './settings-storage';

/*
 * Ordered migrations of what storage.sync holds, run on runtime.onInstalled (install and update) only
 * (STYLE.md "defaults plus ordered migrations run on install"). MIGRATIONS[n] turns version n into n + 1; the
 * version is the stored `schemaVersion`, absent = 0. Migrations only reshape data: reading code validates each
 * field anyway (settings.ts), so a migration may pass on a value it cannot interpret and the options page will
 * report it instead of it silently disappearing.
 * Append, never edit or reorder: a shipped migration may still meet data on a device that skipped versions.
 */

export type StoredSettings = Record<string, unknown>;

export type Migration = {
	/** What changed, for the log and for readers of this list. */
	description: string;
	/** Keys of the older shape this migration reads (beyond the current ones), so they are fetched. */
	reads: readonly string[];
	migrate(stored: Readonly<StoredSettings>): StoredSettings;
};

const withoutKeys = (stored: Readonly<StoredSettings>, keys: readonly string[]): StoredSettings =>
	Object.fromEntries(Object.entries(stored).filter(([key]) => !keys.includes(key)));

/**
 * Version 0, the prototype's shape: `{name, kanton, escalationEmail, language}`, with the canton typed freely
 * ("BE", "Bern", "Berne").
 */
const V0_KEYS = ['name', 'kanton', 'escalationEmail', 'language'] as const;

const v0ToV1: Migration = {
	description:
		'Prototype keys (name, kanton, escalationEmail, language) → superuserName, canton, escalationAddress, uiLanguage',
	reads: V0_KEYS,
	migrate(stored) {
		const next = withoutKeys(stored, V0_KEYS);
		// Only non-defaults are stored, and a value already in the new key (set by a newer version) wins.
		const carry = (key: string, value: unknown, fallback: unknown): void => {
			if (value === undefined || value === fallback || key in next) return;
			next[key] = value;
		};
		// A trimmed string, mapped to its new form when `parse` recognises it (else kept for the options page to flag).
		const read = (value: unknown, parse: (text: string) => string | undefined = (text) => text): unknown =>
			typeof value === 'string' ? (parse(value.trim()) ?? value.trim()) : value;
		carry('superuserName', read(stored.name), DEFAULT_SETTINGS.superuserName);
		carry('canton', read(stored.kanton, cantonFromText), DEFAULT_SETTINGS.canton);
		carry('escalationAddress', read(stored.escalationEmail), DEFAULT_SETTINGS.escalationAddress);
		carry('uiLanguage', read(stored.language, toLang), DEFAULT_SETTINGS.uiLanguage);
		return next;
	},
};

/** Its length is CURRENT_SCHEMA_VERSION (settings-schema.ts); test/unit/shared/migrations.test.ts checks it. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** The stored schema version; 0 when absent (the prototype never wrote one). */
export function storedVersion(stored: Readonly<StoredSettings>): number {
	const version = stored[SCHEMA_VERSION_KEY];
	return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Applies the pending migrations; pure. Data of a newer version (synced from a newer install) is left alone. */
export function migrateStored(stored: Readonly<StoredSettings>): {stored: StoredSettings; from: number; to: number} {
	const from = storedVersion(stored);
	if (from >= MIGRATIONS.length) return {stored: {...stored}, from, to: from};
	let next: StoredSettings = {...stored};
	for (const migration of MIGRATIONS.slice(from)) next = migration.migrate(next);
	return {stored: {...next, [SCHEMA_VERSION_KEY]: MIGRATIONS.length}, from, to: MIGRATIONS.length};
}

/**
 * Brings storage.sync up to the current schema. Call from runtime.onInstalled (reason 'install' or 'update'):
 * on install too, because sync may already hold another computer's older data. Nothing stored → nothing written.
 */
export async function runMigrations(
	storage: Pick<SettingsStorage, 'sync'> = browserSettingsStorage,
): Promise<{from: number; to: number}> {
	const keys = [...new Set([...SETTINGS_STORAGE_KEYS, ...MIGRATIONS.flatMap((migration) => migration.reads)])];
	const stored = await storage.sync.get(keys);
	if (Object.keys(stored).length === 0) return {from: CURRENT_SCHEMA_VERSION, to: CURRENT_SCHEMA_VERSION};
	const result = migrateStored(stored);
	if (result.from === result.to) return {from: result.from, to: result.to};
	const toSet = Object.fromEntries(
		Object.entries(result.stored).filter(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value)),
	);
	const toRemove = Object.keys(stored).filter((key) => !(key in result.stored));
	if (Object.keys(toSet).length > 0) await storage.sync.set(toSet);
	if (toRemove.length > 0) await storage.sync.remove(toRemove);
	return {from: result.from, to: result.to};
}
