import type {GuideId} from '../shared/guide-ids';
import addProfile from './add-profile';
import correctEmail from './correct-email';
import createUser from './create-user';
import deactivateUser from './deactivate-user';
import grantRole from './grant-role';
import resendCode from './resend-code';
import resendFromList from './resend-from-list';
import type {Guide} from './schema';

/** The registry, in the order the launcher lists them. A meta-test checks it against the files and ids. */
export const guides: readonly Guide[] = [
	resendCode,
	resendFromList,
	deactivateUser,
	createUser,
	correctEmail,
	grantRole,
	addProfile,
];

export function guideById(id: GuideId): Guide {
	const guide = guides.find((candidate) => candidate.id === id);
	if (!guide) throw new Error(`Unknown guide ${id}`); // unreachable while the meta-test passes
	return guide;
}
