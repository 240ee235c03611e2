import {describe, expect, test, vi} from 'vitest';
import {
	createSettingsItem,
	DEFAULT_SETTINGS,
	resolveUiLanguage,
	SettingsError,
	SettingsSchema,
	type SettingsSnapshot,
} from '../../../src/shared/settings';
import {createMemoryStorage} from '../../../src/shared/settings-storage';

const template = (id: string, text = 'Code erneut gesendet.') => ({id, reason: 'code-expired' as const, text});

describe('defaults', () => {
	test('with nothing stored every setting has its default and nothing is reported', async () => {
		const item = createSettingsItem(createMemoryStorage());
		const {settings, problems, locked} = await item.get();
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(settings.escalationAddress).toBe('spiges@bfs.admin.ch');
		expect(settings.uiLanguage).toBe('auto');
		expect(settings.trainingEnvironment).toBe(false);
		expect(problems).toEqual([]);
		expect(locked.size).toBe(0);
	});

	test('a Firefox without policies (managed storage rejects) still gives the settings', async () => {
		const storage = createMemoryStorage({
			sync: {canton: 'VS'},
			managed: new Error('Managed storage manifest not found'),
		});
		const {settings, problems} = await createSettingsItem(storage).get();
		expect(settings.canton).toBe('VS');
		expect(problems).toEqual([]);
	});

	test('the one SettingsSchema turns junk into defaults field by field', () => {
		expect(SettingsSchema.parse({canton: 'XX', phone: 42, superuserName: 'Anna Muster'})).toEqual({
			...DEFAULT_SETTINGS,
			superuserName: 'Anna Muster',
		});
	});
});

describe('validation failures', () => {
	test('each invalid stored value is replaced by its default and reported; the valid ones stay', async () => {
		const storage = createMemoryStorage({
			sync: {
				superuserName: 'Anna Muster',
				canton: 'Bärn',
				escalationAddress: 'not an address',
				uiLanguage: 'rm',
				trainingEnvironment: 'yes',
				phone: '031 123 45 67',
			},
		});
		const {settings, problems} = await createSettingsItem(storage).get();
		expect(settings).toEqual({...DEFAULT_SETTINGS, superuserName: 'Anna Muster', phone: '031 123 45 67'});
		expect(problems).toEqual(
			expect.arrayContaining([
				{field: 'canton', source: 'sync'},
				{field: 'escalationAddress', source: 'sync'},
				{field: 'uiLanguage', source: 'sync'},
				{field: 'trainingEnvironment', source: 'sync'},
			]),
		);
		expect(problems).toHaveLength(4);
	});

	test('a template list with one broken template keeps the others and is reported', async () => {
		const storage = createMemoryStorage({
			sync: {
				'customTemplates.de': [template('a'), {id: 'b', reason: 'nonsense', text: 'x'}, template('c')],
				'customTemplates.fr': 'junk',
			},
		});
		const {settings, problems} = await createSettingsItem(storage).get();
		expect(settings.customTemplates.de.map(({id}) => id)).toEqual(['a', 'c']);
		expect(settings.customTemplates.fr).toEqual([]);
		expect(problems).toEqual([{field: 'customTemplates', source: 'sync'}]);
	});

	test("the superuser's own e-mail is optional, but when given it must be one plain address", async () => {
		const item = createSettingsItem(createMemoryStorage());
		await item.set({superuserEmail: 'anna.muster@be.ch'});
		expect((await item.get()).settings.superuserEmail).toBe('anna.muster@be.ch');
		await item.set({superuserEmail: ''});
		expect((await item.get()).settings.superuserEmail).toBe('');
		await expect(item.set({superuserEmail: 'anna@be.ch, boss@be.ch'})).rejects.toMatchObject({
			code: 'invalid',
			field: 'superuserEmail',
		});
		const stored = createMemoryStorage({sync: {superuserEmail: 'anna@be.ch\nBcc: x@y.ch'}});
		const {settings, problems} = await createSettingsItem(stored).get();
		expect(settings.superuserEmail).toBe('');
		expect(problems).toEqual([{field: 'superuserEmail', source: 'sync'}]);
	});

	test('a single-line field does not accept line breaks', async () => {
		const item = createSettingsItem(createMemoryStorage());
		await expect(item.set({superuserName: 'Anna\nMuster'})).rejects.toMatchObject({
			code: 'invalid',
			field: 'superuserName',
		});
	});

	test('an invalid escalation address is refused and nothing of the patch is saved', async () => {
		const storage = createMemoryStorage();
		const item = createSettingsItem(storage);
		const refused = item.set({superuserName: 'Anna Muster', escalationAddress: 'spiges@'});
		await expect(refused).rejects.toBeInstanceOf(SettingsError);
		await expect(refused).rejects.toMatchObject({code: 'invalid', field: 'escalationAddress'});
		expect(storage.syncData).toEqual({});
	});

	test('saving anything clears stored values that were reported as invalid', async () => {
		const storage = createMemoryStorage({sync: {canton: 'Bärn', schemaVersion: 1}});
		const item = createSettingsItem(storage);
		expect((await item.get()).problems).toHaveLength(1);
		await item.set({phone: '031 123 45 67'});
		expect(storage.syncData).toEqual({phone: '031 123 45 67', schemaVersion: 1});
		expect((await item.get()).problems).toEqual([]);
	});
});

describe('saving', () => {
	test('only values that differ from the default are stored, with the schema version', async () => {
		const storage = createMemoryStorage();
		const item = createSettingsItem(storage);
		await item.set({
			superuserName: 'Anna Muster',
			canton: 'BE',
			escalationAddress: 'spiges@bfs.admin.ch',
			trainingEnvironment: false,
		});
		expect(storage.syncData).toEqual({superuserName: 'Anna Muster', canton: 'BE', schemaVersion: 1});
		await item.set({canton: ''});
		expect(storage.syncData).toEqual({superuserName: 'Anna Muster', schemaVersion: 1});
	});

	test('templates are stored per language, so each language has the sync quota of one item', async () => {
		const storage = createMemoryStorage();
		const item = createSettingsItem(storage);
		await item.set({customTemplates: {fr: [template('f1', 'Code d’onboarding renvoyé.')]}});
		expect(Object.keys(storage.syncData)).toEqual(['customTemplates.fr', 'schemaVersion']);
		const {settings} = await item.get();
		expect(settings.customTemplates).toEqual({
			de: [],
			fr: [template('f1', 'Code d’onboarding renvoyé.')],
			it: [],
			en: [],
		});
	});

	test('two templates with the same id are refused', async () => {
		const item = createSettingsItem(createMemoryStorage());
		await expect(item.set({customTemplates: {de: [template('a'), template('a')]}})).rejects.toMatchObject({
			field: 'customTemplates',
		});
	});

	test('a failing storage write becomes a SettingsError with the cause', async () => {
		const storage = createMemoryStorage();
		const rate = new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
		vi.spyOn(storage.sync, 'set').mockRejectedValue(rate);
		await expect(createSettingsItem(storage).set({signature: 'Anna'})).rejects.toMatchObject({
			code: 'storage',
			cause: rate,
		});
	});

	test('templates over the 8 KB a sync item holds are refused as too big before anything is written (#13)', async () => {
		const storage = createMemoryStorage({sync: {superuserName: 'Anna'}});
		const long = (id: string) => template(id, 'Code erneut gesendet. '.repeat(45).slice(0, 1000));
		const list = Array.from({length: 9}, (_, index) => long(`t${String(index)}`));
		await expect(
			createSettingsItem(storage).set({customTemplates: {de: list}, phone: '031'}),
		).rejects.toMatchObject({
			code: 'too-big',
			field: 'customTemplates',
		});
		expect(storage.syncData).toEqual({superuserName: 'Anna'});
		// Eight of them fit, in Chrome's count too (test/unit/shared/sync-quota.test.ts).
		await createSettingsItem(storage).set({customTemplates: {de: list.slice(0, 7)}});
		expect((storage.syncData['customTemplates.de'] as unknown[]).length).toBe(7);
	});

	test('a write refused by the browser for its size is reported as too big, not as «try again» (#13)', async () => {
		const storage = createMemoryStorage();
		vi.spyOn(storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
		await expect(createSettingsItem(storage).set({signature: 'Anna'})).rejects.toMatchObject({code: 'too-big'});
	});

	test('setNow writes before it returns, for a page that is closing (#13)', async () => {
		const storage = createMemoryStorage({sync: {canton: 'BE'}});
		const item = createSettingsItem(storage);
		await item.get();
		const saving = item.setNow({superuserName: 'Anna Muster', canton: ''});
		// Nothing awaited yet: the writes were made during the call.
		expect(storage.syncData).toMatchObject({superuserName: 'Anna Muster'});
		expect(storage.syncData).not.toHaveProperty('canton'); // back to the default: removed, as set() does
		await saving;
		await expect(item.setNow({canton: 'XX' as never})).rejects.toMatchObject({code: 'invalid'});
	});
});

describe('onChanged', () => {
	test('calls back with a fresh snapshot after a change, and no more once the signal aborts', async () => {
		const storage = createMemoryStorage();
		const item = createSettingsItem(storage);
		const controller = new AbortController();
		const seen: SettingsSnapshot[] = [];
		item.onChanged((snapshot) => seen.push(snapshot), controller.signal);
		await item.set({canton: 'TI'});
		await vi.waitFor(() => expect(seen.at(-1)?.settings.canton).toBe('TI'));
		controller.abort();
		expect(storage.listenerCount).toBe(0);
		await item.set({canton: 'GE'});
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(seen.at(-1)?.settings.canton).toBe('TI');
	});

	test('ignores keys that are not settings', async () => {
		const storage = createMemoryStorage();
		const callback = vi.fn();
		createSettingsItem(storage).onChanged(callback, new AbortController().signal);
		await storage.sync.set({someoneElsesKey: 1});
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(callback).not.toHaveBeenCalled();
	});

	test('an older read that finishes last is not passed on over a newer one (#13)', async () => {
		const storage = createMemoryStorage();
		const item = createSettingsItem(storage);
		const seen: string[] = [];
		item.onChanged(({settings}) => seen.push(settings.phone), new AbortController().signal);
		// The first read after a change is slow (a busy machine): it answers only after the second change's read.
		const realGet = storage.sync.get.bind(storage.sync);
		let release: () => void = () => undefined;
		const held = new Promise<void>((resolve) => {
			release = resolve;
		});
		vi.spyOn(storage.sync, 'get')
			.mockImplementationOnce(async (keys) => {
				const answer = await realGet(keys);
				await held;
				return answer;
			})
			.mockImplementation(realGet);
		await storage.sync.set({phone: '031 111'});
		await storage.sync.set({phone: '031 222'});
		await vi.waitFor(() => expect(seen).toEqual(['031 222']));
		release();
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(seen).toEqual(['031 222']);
	});

	test('an already aborted signal registers nothing', () => {
		const storage = createMemoryStorage();
		createSettingsItem(storage).onChanged(vi.fn(), AbortSignal.abort());
		expect(storage.listenerCount).toBe(0);
	});
});

describe('resolveUiLanguage', () => {
	test.each([
		['fr', 'de', 'en-US', 'fr'],
		['auto', 'it', 'de-CH', 'it'],
		['auto', undefined, 'fr-CH', 'fr'],
		['auto', 'rm', 'en-GB', 'en'],
		['auto', undefined, 'es-ES', 'de'],
		['auto', null, null, 'de'],
	] as const)('setting %s, portal %s, browser %s → %s', (uiLanguage, portal, browser, expected) => {
		expect(resolveUiLanguage({uiLanguage}, portal, browser)).toBe(expected);
	});
});
