import {expect, test} from 'vitest';
import type {UserRow} from '../../../src/portal/read-data';
import {reviewFlags} from '../../../src/review/review-flags';

const user = (overrides: Partial<UserRow>): UserRow => ({
	extId: '2376660',
	firstName: 'Anna',
	lastName: 'Muster',
	email: 'anna.muster@spital-xy.ch',
	userStatus: 'active',
	onboardingStatus: 'completed',
	...overrides,
});

test('an active, registered user with a professional address needs no look', () => {
	expect(reviewFlags(user({}))).toEqual([]);
});

test.each(['anna@gmail.com', 'Anna@Bluewin.CH', 'anna@hotmail.co.uk', 'anna@gmx.net'])(
	'%s is a private e-mail address',
	(email) => {
		expect(reviewFlags(user({email}))).toEqual(['private-email']);
	},
);

test.each(['anna@live.insel.ch', 'anna@spital.ch', '', 'keine Adresse'])('%j is not flagged as private', (email) => {
	expect(reviewFlags(user({email}))).toEqual([]);
});

test('an onboarding still in progress is flagged', () => {
	expect(reviewFlags(user({onboardingStatus: 'pending'}))).toEqual(['onboarding-pending']);
});

test.each(['completed', 'none', 'unknown'] as const)('onboarding %s is not flagged', (onboardingStatus) => {
	expect(reviewFlags(user({onboardingStatus}))).toEqual([]);
});

test('inactive and to-be-archived users are flagged by their status', () => {
	expect(reviewFlags(user({userStatus: 'inactive'}))).toEqual(['inactive']);
	expect(reviewFlags(user({userStatus: 'to-archive'}))).toEqual(['to-archive']);
	expect(reviewFlags(user({userStatus: 'unknown'}))).toEqual([]);
});

test('all flags that apply, in the contract’s order', () => {
	expect(reviewFlags(user({email: 'a@gmail.com', userStatus: 'inactive', onboardingStatus: 'pending'}))).toEqual([
		'private-email',
		'onboarding-pending',
		'inactive',
	]);
});
