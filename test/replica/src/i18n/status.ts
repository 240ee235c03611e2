import type {OnboardingStatus, UserStatus} from '../data/users';
import {label} from './labels';
import type {Lang} from './lang';

export function userStatusLabel(lang: Lang, status: UserStatus): string {
	const key = (
		{active: 'userStatusActive', inactive: 'userStatusInactive', toArchive: 'userStatusToArchive'} as const
	)[status];
	return label(lang, 'userSelection', key);
}

/** The Onboardingstatus cell; empty for users who never got a code. */
export function onboardingStatusLabel(lang: Lang, status: OnboardingStatus): string {
	if (status === 'none') return '';
	return label(lang, 'userSelection', status === 'running' ? 'onboardingStatusRunning' : 'onboardingStatusCompleted');
}
