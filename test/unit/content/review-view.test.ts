import {describe, expect, test} from 'vitest';
import {reviewView} from '../../../src/content/review-view';
import {pageTexts} from '../../../src/shared/page-texts';
import type {UserRow} from '../../../src/portal/read-data';
import {reviewAccess} from '../../../src/review/access-review';

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
		const view = reviewView(reviewAccess(rows, 3), 3, pageTexts('de'));
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
		const withChoice = reviewView(reviewAccess(rows, 30, [10, 25, 50]), 30, pageTexts('en'));
		expect(withChoice.incomplete).toBe(true);
		expect(withChoice.note).toContain('20 of 30 users not seen');
		expect(withChoice.note).toContain('Choose 50 rows per page');
		const withoutChoice = reviewView(reviewAccess(rows, 30), 30, pageTexts('fr'));
		expect(withoutChoice.note).toContain('20 utilisateurs sur 30 non vus');
		expect(reviewView(reviewAccess(rows, undefined), undefined, pageTexts('it')).note).toContain(
			'10 utenti verificati',
		);
	});
});
