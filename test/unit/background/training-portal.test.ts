import {beforeEach, describe, expect, test, vi} from 'vitest';
import {DEFAULT_SETTINGS, type SettingKey} from '../../../src/shared/settings';

// Where the training environment acts: the content script registered for the acceptance portal. The browser is a
// fake: the grant of the training host is a flag, `scripting` is always there (a required permission since the
// extras script, issue #14), scripts are a set.
const fake = vi.hoisted(() => {
	const state = {granted: false, scripts: new Set<string>()};
	const scripting = {
		getRegisteredContentScripts: ({ids}: {ids: string[]}) =>
			Promise.resolve(ids.filter((id) => state.scripts.has(id)).map((id) => ({id}))),
		registerContentScripts: (scripts: {id: string}[]) => {
			for (const {id} of scripts) {
				if (state.scripts.has(id)) return Promise.reject(new Error(`Duplicate script ID '${id}'`));
				state.scripts.add(id);
			}
			return Promise.resolve();
		},
		unregisterContentScripts: ({ids}: {ids: string[]}) => {
			for (const id of ids) state.scripts.delete(id);
			return Promise.resolve();
		},
	};
	const browser = {
		permissions: {
			contains: () => Promise.resolve(state.granted),
			remove: () => {
				state.granted = false;
				return Promise.resolve(true);
			},
		},
		scripting,
	};
	return {browser, state};
});
vi.mock('../../../src/shared/browser', () => ({browser: fake.browser}));

const {syncTrainingPortalScript} = await import('../../../src/background/training-portal');

const snapshot = (trainingEnvironment: boolean, locked: SettingKey[] = []) => ({
	settings: {...DEFAULT_SETTINGS, trainingEnvironment},
	locked: new Set(locked),
});

describe('the training portal’s content script', () => {
	beforeEach(() => {
		fake.state.granted = false;
		fake.state.scripts.clear();
	});

	test('is not registered while the host is not granted, even with the setting on', async () => {
		await syncTrainingPortalScript(snapshot(true));
		expect(fake.state.scripts.size).toBe(0);
	});

	test('is registered once the host is granted and the setting is on, and goes when the setting goes off', async () => {
		fake.state.granted = true;
		await syncTrainingPortalScript(snapshot(true));
		await syncTrainingPortalScript(snapshot(true));
		expect([...fake.state.scripts]).toEqual(['eiam-assist-training-portal']);
		await syncTrainingPortalScript(snapshot(false));
		expect(fake.state.scripts.size).toBe(0);
		expect(fake.state.granted).toBe(true); // the user's own grant stays: they switch it back on in the options
	});

	test('a policy lock (off) removes the script and gives the host back, which the user can no longer do (#13)', async () => {
		fake.state.granted = true;
		await syncTrainingPortalScript(snapshot(true));
		expect(fake.state.scripts.size).toBe(1);
		// The policy arrives: the setting resolves to off and is locked, the options page's switch is read-only.
		await syncTrainingPortalScript(snapshot(false, ['trainingEnvironment']));
		expect(fake.state.scripts.size).toBe(0);
		expect(fake.state.granted).toBe(false);
	});
});
