import {describe, expect, test} from 'vitest';
import {mayRunHere} from '../../../src/content/may-run-here';
import {DEFAULT_SETTINGS} from '../../../src/shared/settings';

const settings = (trainingEnvironment: boolean) => () => Promise.resolve({...DEFAULT_SETTINGS, trainingEnvironment});

describe('where the assistant starts', () => {
	test('on the production portal always, without reading the settings', async () => {
		expect(await mayRunHere('https://www.portal.eiam.admin.ch', () => Promise.reject(new Error('unread')))).toBe(
			true,
		);
	});

	test('on the training portal only while the setting is on (a policy lock resolves it to off) (#13)', async () => {
		expect(await mayRunHere('https://www.portal-a.eiam.admin.ch', settings(true))).toBe(true);
		expect(await mayRunHere('https://www.portal-a.eiam.admin.ch', settings(false))).toBe(false);
		expect(
			await mayRunHere('https://www.portal-a.eiam.admin.ch', () => Promise.reject(new Error('storage gone'))),
		).toBe(false);
	});
});
