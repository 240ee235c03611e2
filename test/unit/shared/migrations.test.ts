import {describe, expect, test, vi} from 'vitest';
import {MIGRATIONS, migrateStored, runMigrations} from '../../../src/shared/migrations';
import {createSettingsItem, CURRENT_SCHEMA_VERSION} from '../../../src/shared/settings';
import {createMemoryStorage} from '../../../src/shared/settings-storage';

// migrations.ts defaults to the browser's storage; outside an extension the polyfill would throw on import.
vi.mock('../../../src/shared/browser', () => ({browser: {}}));

const prototypeData = {name: ' Anna Muster ', kanton: 'Berne', escalationEmail: 'spiges@bfs.admin.ch', language: 'fr'};

describe('migrations', () => {
	test('there is one migration per schema version', () => {
		expect(MIGRATIONS).toHaveLength(CURRENT_SCHEMA_VERSION);
	});

	test('the prototype’s shape becomes the current keys, storing only non-defaults', () => {
		expect(migrateStored(prototypeData)).toEqual({
			stored: {superuserName: 'Anna Muster', canton: 'BE', uiLanguage: 'fr', schemaVersion: 1},
			from: 0,
			to: 1,
		});
	});

	test('a canton the migration cannot read is passed on, so the options page reports it', async () => {
		const storage = createMemoryStorage({sync: {kanton: 'Bärn'}});
		await runMigrations(storage);
		expect(storage.syncData).toEqual({canton: 'Bärn', schemaVersion: 1});
		expect((await createSettingsItem(storage).get()).problems).toEqual([{field: 'canton', source: 'sync'}]);
	});

	test('runMigrations rewrites storage once, and the settings read the migrated values', async () => {
		const storage = createMemoryStorage({
			sync: {...prototypeData, escalationEmail: 'kantonsarzt@be.ch', unrelated: 1},
		});
		expect(await runMigrations(storage)).toEqual({from: 0, to: 1});
		expect(storage.syncData).toEqual({
			superuserName: 'Anna Muster',
			canton: 'BE',
			escalationAddress: 'kantonsarzt@be.ch',
			uiLanguage: 'fr',
			schemaVersion: 1,
			unrelated: 1,
		});
		const {settings, problems} = await createSettingsItem(storage).get();
		expect(settings).toMatchObject({
			superuserName: 'Anna Muster',
			canton: 'BE',
			escalationAddress: 'kantonsarzt@be.ch',
			uiLanguage: 'fr',
		});
		expect(problems).toEqual([]);
		const set = vi.spyOn(storage.sync, 'set');
		expect(await runMigrations(storage)).toEqual({from: 1, to: 1});
		expect(set).not.toHaveBeenCalled();
	});

	test('a value already in the new key wins over the prototype’s', () => {
		expect(migrateStored({kanton: 'ZH', canton: 'BE'}).stored).toEqual({canton: 'BE', schemaVersion: 1});
	});

	test('nothing stored means nothing written (a fresh install)', async () => {
		const storage = createMemoryStorage();
		await runMigrations(storage);
		expect(storage.syncData).toEqual({});
	});

	test('data from a newer version is left alone', () => {
		const newer = {canton: 'BE', futureKey: true, schemaVersion: 99};
		expect(migrateStored(newer)).toEqual({stored: newer, from: 99, to: 99});
	});
});
