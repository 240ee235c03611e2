import {expect, test} from 'vitest';
import {readManaged} from '../../../src/shared/managed-settings';

test('a managed area that never answers (Chromium without a policy) means no managed values', async () => {
	const silent = {get: () => new Promise<Record<string, unknown>>(() => undefined)};
	const managed = await readManaged(silent, 20);
	expect(managed.values).toEqual({});
	expect(managed.locked.size).toBe(0);
});

test('a managed area that answers in time is used', async () => {
	const answering = {
		get: () => Promise.resolve({escalationAddress: 'support@gef.be.ch', locked: ['escalationAddress']}),
	};
	const managed = await readManaged(answering, 1000);
	expect(managed.values.escalationAddress).toBe('support@gef.be.ch');
	expect(managed.locked.has('escalationAddress')).toBe(true);
});
