import {describe, expect, test} from 'vitest';
import {oversizedTemplates, SYNC_ITEM_BYTES, syncItemBytes} from '../../../src/shared/sync-quota';

const template = (text: string, id = crypto.randomUUID()) => ({id, reason: 'other' as const, text});

describe('the size storage.sync counts (#13)', () => {
	// The most of each character that fit under the key `k` in Chromium 156 (one more was refused).
	test.each([
		['a', 8189],
		['é', 4094],
		['€', 2729],
		['"', 4094],
		['<', 1364],
		['\u2028', 1364],
	])('%j: %i fit in one item, one more does not', (character, most) => {
		expect(syncItemBytes('k', character.repeat(most))).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
		expect(syncItemBytes('k', character.repeat(most + 1))).toBeGreaterThan(SYNC_ITEM_BYTES);
	});
});

describe('template lists over the quota', () => {
	const key = (lang: string): string => `customTemplates.${lang}`;
	const empty = {de: [], fr: [], it: [], en: []};

	test('lists that fit say nothing', () => {
		expect(oversizedTemplates({...empty, de: [template('kurz')]}, key)).toBeUndefined();
	});

	test('name the first language over the limit and its longest template, counted from 1', () => {
		const list = [
			template('a'.repeat(900)),
			template('é'.repeat(1000)),
			...Array.from({length: 6}, () => template('b'.repeat(900))),
		];
		const over = oversizedTemplates({...empty, fr: list}, key);
		expect(over).toMatchObject({lang: 'fr', longest: 2});
		expect(over?.bytes).toBeGreaterThan(SYNC_ITEM_BYTES);
	});
});
