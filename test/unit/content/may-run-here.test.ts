import {describe, expect, test} from 'vitest';
import {mayRunHere} from '../../../src/content/may-run-here';

/** The background's answer (`bg:may-run`): the training environment setting as it knows it, a lock included. */
const settings = (trainingEnvironment: boolean) => () => Promise.resolve(trainingEnvironment);

describe('where the assistant starts', () => {
	test('on the production portal always, without asking the background', async () => {
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
