import {expect, test} from 'vitest';
import type {UserRow} from '../../../src/portal/read-data';
import {reviewAccess} from '../../../src/review/access-review';

const row = (extId: string, overrides: Partial<UserRow> = {}): UserRow => ({
	extId,
	firstName: 'Anna',
	lastName: `Muster ${extId}`,
	email: `user${extId}@spital-xy.ch`,
	userStatus: 'active',
	onboardingStatus: 'completed',
	...overrides,
});

const list = [
	row('1001'),
	row('1002', {email: 'hans@bluewin.ch'}),
	row('1003', {onboardingStatus: 'pending'}),
	row('1004', {userStatus: 'inactive'}),
	row('1005', {userStatus: 'to-archive', onboardingStatus: 'none'}),
	row('1006'),
];

test('the review lists exactly the users who need a look, with their flags, in list order', () => {
	const review = reviewAccess(list, 6);
	expect(review.needsLook.map(({user, flags}) => [user.extId, flags])).toEqual([
		['1002', ['private-email']],
		['1003', ['onboarding-pending']],
		['1004', ['inactive']],
		['1005', ['to-archive']],
	]);
});

test('every user seen is kept for the CSV, flagged or not', () => {
	expect(reviewAccess(list, 6).seen.map(({user}) => user.extId)).toEqual([
		'1001',
		'1002',
		'1003',
		'1004',
		'1005',
		'1006',
	]);
});

test('a user read twice (rows gathered from several pages) counts once, as first read', () => {
	const review = reviewAccess([...list, row('1002', {email: 'hans@spital-xy.ch'})], 6);
	expect(review.seen).toHaveLength(6);
	expect(review.needsLook.find(({user}) => user.extId === '1002')?.flags).toEqual(['private-email']);
	expect(review.pagination).toEqual({kind: 'all-seen', seen: 6, total: 6});
});

test('a paginated list: the review says how many users it has not seen', () => {
	expect(reviewAccess(list, 14, [10, 25]).pagination).toEqual({
		kind: 'some-unseen',
		seen: 6,
		total: 14,
		unseen: 8,
		showAllWith: 25,
	});
});

test('an empty list needs no look', () => {
	expect(reviewAccess([], 0)).toEqual({seen: [], needsLook: [], pagination: {kind: 'all-seen', seen: 0, total: 0}});
});
