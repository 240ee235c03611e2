import type {UserRow} from '../portal/read-data';
import {isPrivateEmailDomain} from '../wizard/private-domains';

/*
 * Why the access review points at a user (shared/DESIGN.md "Access review"; the handbook: the superuser must
 * "monitor carefully the users who have access to the SpiGes platform and block access for people who no longer
 * need it"). The ids are the testing contract's `data-flags` values; never rename one once shipped.
 */

export const REVIEW_FLAGS = ['private-email', 'onboarding-pending', 'inactive', 'to-archive'] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

/** One row per flag, with the reason it deserves a look. Extend the table, not the code around it. */
const FLAG_APPLIES: Readonly<Record<ReviewFlag, (user: UserRow) => boolean>> = {
	// SpiGes accounts must use the professional address (handbook, "Support for users"); the wizard's provider list.
	'private-email': (user) => isPrivateEmailDomain(user.email),
	// Still no registration: the code may have expired (after a month) or gone to a wrong address.
	'onboarding-pending': (user) => user.onboardingStatus === 'pending',
	// Blocked, but still in the list: archive it if the person no longer needs access.
	inactive: (user) => user.userStatus === 'inactive',
	// Marked for archiving: check that it happens.
	'to-archive': (user) => user.userStatus === 'to-archive',
};

/** The flags that apply to a user, in the order of `REVIEW_FLAGS`; empty when the user needs no look. */
export function reviewFlags(user: UserRow): ReviewFlag[] {
	return REVIEW_FLAGS.filter((flag) => FLAG_APPLIES[flag](user));
}
