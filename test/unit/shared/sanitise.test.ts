import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {FIXTURE_USERS} from '../../replica/src/data/users';
import {SIGNED_IN_USER} from '../../replica/src/data/superuser';
import {personalPatterns, sanitise} from '../../../src/shared/sanitise';

// What the replica pages show about people: the values a page would hand the sanitiser as its personal data.
const NAMES = [SIGNED_IN_USER, ...FIXTURE_USERS.flatMap((user) => [user.firstName, user.lastName])];
const PAGE_VALUES = [SIGNED_IN_USER, ...FIXTURE_USERS.flatMap((user) => [user.firstName, user.lastName, user.email])];
const personal = personalPatterns(PAGE_VALUES);

/** Text as a page outline could hold it: labels, names in any case, addresses, ids, glued together or not. */
const pageText = fc
	.array(
		fc.oneof(
			fc.string(),
			fc.constantFrom(...NAMES),
			fc.constantFrom(...NAMES).map((name) => name.toUpperCase()),
			fc.emailAddress(),
			fc.stringMatching(/^\d{1,12}$/),
			fc.constantFrom(' ', '-', '@', '.', 'Benutzer ', 'Onboarding-Code per E-Mail senden'),
		),
		{maxLength: 12},
	)
	.map((parts) => parts.join(''));

describe('the diagnostics sanitiser', () => {
	test('leaves no run of 4 or more digits', () => {
		fc.assert(fc.property(pageText, (text) => !/\d{4}/.test(sanitise(text, personal))));
	});

	test('leaves no @ (so no e-mail address)', () => {
		fc.assert(fc.property(pageText, (text) => !sanitise(text, personal).includes('@')));
	});

	test('leaves none of the names the page shows, in any case', () => {
		fc.assert(
			fc.property(pageText, (text) => {
				const out = sanitise(text, personal).toLowerCase();
				return NAMES.every((name) => !out.includes(name.toLowerCase()));
			}),
		);
	});

	test('keeps the words of labels that are not personal', () => {
		expect(sanitise('button "Onboarding-Code per E-Mail senden" [disabled]', personal)).toBe(
			'button "Onboarding-Code per E-Mail senden" [disabled]',
		);
		expect(sanitise('heading "Benutzer 2376660 Chiara Bianchi"', personal)).toBe('heading "Benutzer … … …"');
	});
});
