import type {RowActionView} from '../overlay/view';
import {readUserRowsWithElements} from '../portal/read-data';
import {findRowAction} from '../portal/resolve-target';
import {documentRect} from './measure';

/**
 * The users of the shown list page whose onboarding is still pending, with where to draw their "send code"
 * helper: just left of the row's action buttons. Only the rendered page of the list is read (the portal paginates).
 */
export function pendingRowActions(doc: Document): RowActionView[] {
	const helpers: RowActionView[] = [];
	for (const {row, user} of readUserRowsWithElements(doc)) {
		if (user.onboardingStatus !== 'pending' || user.userStatus !== 'active') continue;
		const button = findRowAction(doc, row, 'edit') ?? findRowAction(doc, row, 'menu-toggle');
		const anchor = button?.parentElement ?? row;
		helpers.push({
			extId: user.extId,
			name: `${user.firstName} ${user.lastName}`.trim(),
			rect: documentRect(anchor),
		});
	}
	return helpers;
}
