import {expect, test} from 'vitest';
import {paginationNote} from '../../../src/review/pagination-note';

test('a list shown whole has no unseen users', () => {
	expect(paginationNote(4, 4, [10, 25, 50])).toEqual({kind: 'all-seen', seen: 4, total: 4});
});

test('25 users at 10 rows per page: 15 not seen, 25 rows per page shows them all', () => {
	expect(paginationNote(10, 25, [10, 25, 50])).toEqual({
		kind: 'some-unseen',
		seen: 10,
		total: 25,
		unseen: 15,
		showAllWith: 25,
	});
});

test('the smallest choice that shows everyone is suggested, whatever the order of the choices', () => {
	expect(paginationNote(10, 30, [100, 10, 50])).toMatchObject({showAllWith: 50});
});

test('no rows-per-page choice is large enough: the note says how many are unseen and suggests none', () => {
	expect(paginationNote(50, 1000, [10, 25, 50])).toEqual({
		kind: 'some-unseen',
		seen: 50,
		total: 1000,
		unseen: 950,
		showAllWith: undefined,
	});
	expect(paginationNote(10, 12)).toMatchObject({unseen: 2, showAllWith: undefined});
});

test('more users seen than the portal counts (its count lags behind) means all were seen', () => {
	expect(paginationNote(5, 4)).toEqual({kind: 'all-seen', seen: 5, total: 4});
});

test.each([undefined, Number.NaN, -1, 2.5, Number.POSITIVE_INFINITY])(
	'a total of %s is no count: nothing is said about unseen users',
	(total) => {
		expect(paginationNote(10, total)).toEqual({kind: 'total-unknown', seen: 10});
	},
);

test('rows-per-page choices that are no counts are ignored', () => {
	expect(paginationNote(10, 30, [0, -50, Number.NaN, 40.5, 100])).toMatchObject({showAllWith: 100});
});

test('an empty list counted as empty is complete', () => {
	expect(paginationNote(0, 0)).toEqual({kind: 'all-seen', seen: 0, total: 0});
});
