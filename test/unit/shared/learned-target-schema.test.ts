import {describe, expect, test} from 'vitest';
import {learnedFile, parseLearnedFile, parseStoredLearned} from '../../../src/shared/learned-target-schema';
import {learnedKey, withLearned, withoutLearned, type LearnedTarget} from '../../../src/shared/learned-target';
import {parseManagedLearned} from '../../../src/shared/managed-learned';

const TAUGHT: LearnedTarget = {
	guide: 'resend-code',
	step: 'send-code',
	page: 'completed',
	role: 'button',
	name: 'Code zustellen',
	region: 'Onboarding-Link:',
	lang: 'de',
	learnedAt: '2026-12-01T10:00:00.000Z',
};

describe('learned targets as JSON (export file, import, policy)', () => {
	test('an exported file imports to the same targets', () => {
		const file: unknown = JSON.parse(JSON.stringify(learnedFile([TAUGHT])));
		expect(parseLearnedFile(file)).toEqual([TAUGHT]);
	});

	test.each([
		['another version', {version: 2, targets: [TAUGHT]}],
		['no list', {version: 1}],
		['an unknown guide', {version: 1, targets: [{...TAUGHT, guide: 'format-disk'}]}],
		['an unknown page', {version: 1, targets: [{...TAUGHT, page: 'settings'}]}],
		['an e-mail address as name', {version: 1, targets: [{...TAUGHT, name: 'Mail an a.b@spital.ch'}]}],
		['an id in the region', {version: 1, targets: [{...TAUGHT, region: 'Benutzer 2376660'}]}],
		['a role nobody clicks', {version: 1, targets: [{...TAUGHT, role: 'img'}]}],
		['a negative row position', {version: 1, targets: [{...TAUGHT, rowAction: {index: -1, of: 3}}]}],
		['not JSON data at all', 'learnedTargets'],
	])('a file with %s is refused as a whole', (_case, raw) => {
		expect(parseLearnedFile(raw)).toBeUndefined();
	});

	test('stored entries are validated one by one: a broken entry does not cost the others', () => {
		expect(parseStoredLearned([TAUGHT, {...TAUGHT, step: 'Send Code!'}, 'junk'])).toEqual([TAUGHT]);
		expect(parseStoredLearned({targets: [TAUGHT]})).toEqual([]);
	});

	test('the policy key `learnedTargets` takes the same JSON; a malformed value is reported and not used', () => {
		expect(parseManagedLearned({learnedTargets: learnedFile([TAUGHT])})).toEqual({
			targets: [TAUGHT],
			invalid: false,
		});
		expect(parseManagedLearned({learnedTargets: [TAUGHT]})).toEqual({targets: [], invalid: true});
		expect(parseManagedLearned({canton: 'BE'})).toEqual({targets: [], invalid: false});
	});

	test('one target per guide, step and page: teaching again replaces, removing takes only that one', () => {
		const other = {...TAUGHT, step: 'user-continue', page: 'user-selection' as const};
		const renamed = {...TAUGHT, name: 'Code senden'};
		expect(withLearned([TAUGHT, other], renamed)).toEqual([other, renamed]);
		expect(withoutLearned([TAUGHT, other], TAUGHT)).toEqual([other]);
		expect(learnedKey(TAUGHT)).not.toBe(learnedKey(other));
	});
});
