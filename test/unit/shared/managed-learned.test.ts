import {expect, test} from 'vitest';
import {learnedFile} from '../../../src/shared/learned-target-schema';
import type {LearnedTarget} from '../../../src/shared/learned-target';
import {readManagedLearned} from '../../../src/shared/managed-learned';

const PRESET: LearnedTarget = {
	guide: 'resend-code',
	step: 'send-code',
	page: 'completed',
	role: 'button',
	name: 'Code zustellen',
	region: 'Onboarding-Link:',
	lang: 'de',
	learnedAt: '2026-12-01T10:00:00.000Z',
};

test('a policy that answers after the wait is not lost: the next read has its targets at once', async () => {
	let answer: (value: Record<string, unknown>) => void = () => undefined;
	const slow = {get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve))};
	expect(await readManagedLearned(slow, 10)).toEqual({targets: [], invalid: false});
	answer({learnedTargets: learnedFile([PRESET])});
	await Promise.resolve();
	// Chromium without a policy never answers: the next read still gives what the policy said before.
	const silent = {get: () => new Promise<Record<string, unknown>>(() => undefined)};
	expect(await readManagedLearned(silent, 10)).toEqual({targets: [PRESET], invalid: false});
});
