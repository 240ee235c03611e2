import {describe, expect, test, vi} from 'vitest';
import {parseManaged} from '../../../src/shared/managed-settings';
import {createSettingsItem, DEFAULT_SETTINGS, type SettingsSnapshot} from '../../../src/shared/settings';
import {createMemoryStorage} from '../../../src/shared/settings-storage';

/*
 * Managed settings come from the administrator's policy through storage.managed; here a memory storage stands in
 * for it (the real Chromium policy path is exercised in test/e2e/options.e2e.ts).
 */

const userValues = {canton: 'ZH', escalationAddress: 'me@spital.ch', uiLanguage: 'it', superuserName: 'Anna Muster'};

describe('managed values', () => {
	test('an unlocked policy value is a preset: it replaces the default, the user’s own choice wins', async () => {
		const preset = createMemoryStorage({managed: {canton: 'BE', uiLanguage: 'fr'}});
		expect((await createSettingsItem(preset).get()).settings).toMatchObject({canton: 'BE', uiLanguage: 'fr'});
		const chosen = createMemoryStorage({sync: userValues, managed: {canton: 'BE', uiLanguage: 'fr'}});
		expect((await createSettingsItem(chosen).get()).settings).toMatchObject({canton: 'ZH', uiLanguage: 'it'});
	});

	test('a locked policy value overrides what the user stored and is reported as locked', async () => {
		const storage = createMemoryStorage({
			sync: userValues,
			managed: {canton: 'BE', escalationAddress: 'spiges@be.ch', locked: ['canton', 'escalationAddress']},
		});
		const {settings, locked, problems} = await createSettingsItem(storage).get();
		expect(settings).toMatchObject({
			canton: 'BE',
			escalationAddress: 'spiges@be.ch',
			uiLanguage: 'it',
			superuserName: 'Anna Muster',
		});
		expect([...locked].sort()).toEqual(['canton', 'escalationAddress']);
		expect(problems).toEqual([]);
	});

	test('locking a setting without a value enforces the built-in default', async () => {
		const storage = createMemoryStorage({
			sync: {trainingEnvironment: true, escalationAddress: 'me@spital.ch'},
			managed: {locked: ['trainingEnvironment', 'escalationAddress']},
		});
		const {settings} = await createSettingsItem(storage).get();
		expect(settings.trainingEnvironment).toBe(false);
		expect(settings.escalationAddress).toBe(DEFAULT_SETTINGS.escalationAddress);
	});

	test('locked templates replace the user’s own in every language', async () => {
		const storage = createMemoryStorage({
			sync: {'customTemplates.de': [{id: 'mine', reason: 'other', text: 'Meine Vorlage.'}]},
			managed: {
				customTemplates: {
					fr: [{reason: 'code-expired', text: 'Code d’onboarding renvoyé (directive cantonale).'}],
				},
				locked: ['customTemplates'],
			},
		});
		const {settings} = await createSettingsItem(storage).get();
		expect(settings.customTemplates).toEqual({
			de: [],
			fr: [
				{id: 'managed-fr-1', reason: 'code-expired', text: 'Code d’onboarding renvoyé (directive cantonale).'},
			],
			it: [],
			en: [],
		});
	});

	test('set() of a locked setting is refused with a clear error, and nothing is written', async () => {
		const storage = createMemoryStorage({managed: {canton: 'BE', locked: ['canton']}});
		const item = createSettingsItem(storage);
		await expect(item.set({superuserName: 'Anna', canton: 'ZH'})).rejects.toMatchObject({
			name: 'SettingsError',
			code: 'locked',
			field: 'canton',
			message: expect.stringContaining('locked') as unknown,
		});
		expect(storage.syncData).toEqual({});
		await item.set({superuserName: 'Anna'});
		expect(storage.syncData).toMatchObject({superuserName: 'Anna'});
	});

	test('choosing the preset itself stores nothing, so the user follows later changes of the policy', async () => {
		const storage = createMemoryStorage({sync: {uiLanguage: 'it'}, managed: {uiLanguage: 'fr'}});
		const item = createSettingsItem(storage);
		await item.set({uiLanguage: 'fr'});
		expect(storage.syncData).not.toHaveProperty('uiLanguage');
		await item.set({uiLanguage: 'auto'}); // the built-in default differs from the preset: remembered
		expect(storage.syncData).toMatchObject({uiLanguage: 'auto'});
	});

	test('a policy change reaches onChanged subscribers', async () => {
		const storage = createMemoryStorage();
		const seen: SettingsSnapshot[] = [];
		createSettingsItem(storage).onChanged((snapshot) => seen.push(snapshot), new AbortController().signal);
		storage.setManaged({canton: 'FR', locked: ['canton']});
		await vi.waitFor(() => expect(seen.at(-1)?.locked.has('canton')).toBe(true));
		expect(seen.at(-1)?.settings.canton).toBe('FR');
	});
});

describe('policy validation', () => {
	test('an invalid policy entry is reported and ignored, the valid ones apply', () => {
		const managed = parseManaged({
			canton: 'Bern',
			escalationAddress: 'spiges@be.ch',
			uiLanguage: 7,
			locked: ['escalationAddress'],
		});
		expect(managed.values).toEqual({escalationAddress: 'spiges@be.ch'});
		expect(managed.problems).toEqual([
			{field: 'canton', source: 'managed'},
			{field: 'uiLanguage', source: 'managed'},
		]);
	});

	test('a misspelt name in locked is reported, the known names are still locked', () => {
		const managed = parseManaged({locked: ['canton', 'Kanton']});
		expect([...managed.locked]).toEqual(['canton']);
		expect(managed.problems).toEqual([{field: 'locked', source: 'managed'}]);
	});

	test('a training environment value cannot be preset, only locked', () => {
		const managed = parseManaged({trainingEnvironment: true});
		expect(managed.values).toEqual({});
		expect(managed.problems).toEqual([{field: 'trainingEnvironment', source: 'managed'}]);
	});

	test('a broken template language is left out, the others apply', () => {
		const managed = parseManaged({
			customTemplates: {de: [{reason: 'other', text: 'Gemäss Weisung des Kantons.'}], it: 'nope', rm: []},
		});
		expect(managed.values.customTemplates).toEqual({
			de: [{id: 'managed-de-1', reason: 'other', text: 'Gemäss Weisung des Kantons.'}],
		});
		expect(managed.problems).toEqual([{field: 'customTemplates', source: 'managed'}]);
	});

	test.each([undefined, null, 'x', 3])('a policy area of %s means no managed values', (raw) => {
		const managed = parseManaged(raw);
		expect(managed.values).toEqual({});
		expect(managed.locked.size).toBe(0);
	});
});
