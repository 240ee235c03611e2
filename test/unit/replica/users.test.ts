import {describe, expect, test} from 'vitest';
import {
	buildUsers,
	CODE_VALIDITY_MS,
	FIXTURE_IDS,
	FIXTURE_USERS,
	isCodeExpired,
	MAX_USER_COUNT,
	onboardingCode,
	PRIVATE_MAIL_DOMAINS,
} from '../../replica/src/data/users';
import {BUSINESS_ROLE_NAMES} from '../../replica/src/data/roles';
import {isPrivateEmailDomain} from '../../../src/wizard/private-domains';

const NOW = Date.UTC(2026, 10, 28);

describe('replica users', () => {
	test('the default list holds the four users of the screenshots with their statuses', () => {
		const users = buildUsers({count: 4, now: NOW});
		expect(users.map((user) => [user.extId, user.userStatus, user.onboardingStatus])).toEqual([
			['2110430', 'active', 'completed'],
			['2115637', 'inactive', 'completed'],
			['2199249', 'toArchive', 'running'],
			['2376660', 'active', 'running'],
		]);
		expect(FIXTURE_USERS[3]?.extId).toBe(FIXTURE_IDS.pending);
	});

	test('10,000 users have unique 7-digit ExtIDs and unique professional e-mail addresses', () => {
		const users = buildUsers({count: MAX_USER_COUNT, now: NOW});
		expect(users).toHaveLength(10_000);
		expect(new Set(users.map((user) => user.extId)).size).toBe(10_000);
		expect(users.every((user) => /^[1-9]\d{6}$/.test(user.extId))).toBe(true);
		expect(new Set(users.map((user) => user.email)).size).toBe(10_000);
		expect(users.every((user) => /^[a-z-]+\.[a-z-]+\d*@[a-z-]+\.(ch|org)$/.test(user.email))).toBe(true);
		expect(users.some((user) => /gmail|bluewin|gmx|hotmail/.test(user.email))).toBe(false);
	});

	test('the generated list is the same on every run', () => {
		expect(buildUsers({count: 300, now: NOW})).toEqual(buildUsers({count: 300, now: NOW}));
		expect(buildUsers({count: 300, now: NOW}).slice(0, 50)).toEqual(buildUsers({count: 50, now: NOW}));
	});

	test('pending and expired users have a running onboarding with a fresh or an old code', () => {
		const users = buildUsers({count: 4, pending: [FIXTURE_IDS.active], expired: [FIXTURE_IDS.pending], now: NOW});
		const pending = users.find((user) => user.extId === FIXTURE_IDS.active);
		const expired = users.find((user) => user.extId === FIXTURE_IDS.pending);
		expect(pending?.onboardingStatus).toBe('running');
		expect(pending && isCodeExpired(pending, NOW)).toBe(false);
		expect(expired && isCodeExpired(expired, NOW)).toBe(true);
		expect(expired && NOW - (expired.codeSentAt ?? NOW)).toBeGreaterThan(CODE_VALIDITY_MS);
	});

	test('onboarding codes have the portal shape and change with every new code', () => {
		expect(onboardingCode('2376660', 0)).toMatch(/^1200-2376660(-[A-Za-z0-9]{5}){6}$/);
		expect(onboardingCode('2376660', 1)).not.toBe(onboardingCode('2376660', 0));
	});

	test('privatemail moves exactly those people to a private provider, the same one on every run', () => {
		const professional = buildUsers({count: 300, now: NOW});
		const chosen = [FIXTURE_IDS.active, FIXTURE_IDS.pending, professional[200]!.extId];
		const users = buildUsers({count: 300, privateMail: chosen, now: NOW});
		users.forEach((user, index) => {
			const before = professional[index]!;
			expect(isPrivateEmailDomain(user.email)).toBe(chosen.includes(user.extId));
			// Same person, same local part: only the provider differs.
			expect(user.email.split('@')[0]).toBe(before.email.split('@')[0]);
		});
		expect(buildUsers({count: 300, privateMail: chosen, now: NOW})).toEqual(users);
		expect(PRIVATE_MAIL_DOMAINS.every((domain) => isPrivateEmailDomain(`x@${domain}`))).toBe(true);
	});

	test('fixture profiles hold business roles of the handbook, Anna Müller a KT_ role with onboarding completed', () => {
		const granted = FIXTURE_USERS.flatMap((user) => user.profiles.flatMap((profile) => profile.grants));
		expect(granted.length).toBeGreaterThan(0);
		expect(granted.filter((role) => !BUSINESS_ROLE_NAMES.includes(role))).toEqual([]);
		expect(BUSINESS_ROLE_NAMES.every((role) => /^(KT|SP|EMPF)_/.test(role))).toBe(true);
		const anna = FIXTURE_USERS.find((user) => user.extId === FIXTURE_IDS.active);
		expect(anna?.onboardingStatus).toBe('completed');
		expect(anna?.profiles.map((profile) => profile.grants)).toEqual([['KT_Superuser']]);
	});
});
