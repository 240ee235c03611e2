import {describe, expect, test} from 'vitest';
import {reviewView} from '../../../src/background/review-view';
import type {UserRow} from '../../../src/portal/read-data';

const user = (extId: string, overrides: Partial<UserRow> = {}): UserRow => ({
	extId,
	firstName: 'Anna',
	lastName: 'Muster',
	email: `anna.${extId}@spital.ch`,
	userStatus: 'active',
	onboardingStatus: 'completed',
	...overrides,
});

describe('the access review panel’s view', () => {
	test('entries with their flags and the guide each flag leads to', () => {
		const rows = [
			user('1'),
			user('2', {email: 'anna@gmail.com', onboardingStatus: 'pending'}),
			user('3', {userStatus: 'inactive'}),
		];
		const view = reviewView({rows, total: 3, rowsPerPage: []}, 'de');
		expect(view.items.map(({extId, flags}) => [extId, flags])).toEqual([
			['2', ['private-email', 'onboarding-pending']],
			['3', ['inactive']],
		]);
		expect(view.items[0]?.guides.map(({id}) => id)).toEqual(['deactivate-user', 'resend-from-list']);
		expect(view.items[1]?.guides).toEqual([]);
		expect(view.note).toBe('Alle 3 Benutzer der Liste geprüft.');
		expect(view.incomplete).toBe(false);
	});

	test('a paginated list: how many were not seen and, when the paginator offers it, how to show all', () => {
		const rows = Array.from({length: 10}, (_, index) => user(String(index + 1)));
		const withChoice = reviewView({rows, total: 30, rowsPerPage: [10, 25, 50]}, 'en');
		expect(withChoice.incomplete).toBe(true);
		expect(withChoice.note).toContain('20 of 30 users not seen');
		expect(withChoice.note).toContain('Choose 50 rows per page');
		const withoutChoice = reviewView({rows, total: 30, rowsPerPage: []}, 'fr');
		expect(withoutChoice.note).toContain('20 utilisateurs sur 30 non vus');
		expect(reviewView({rows, total: undefined, rowsPerPage: []}, 'it').note).toContain('10 utenti verificati');
	});
});
