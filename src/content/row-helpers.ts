import type {RowActionView} from '../overlay/view';
import {findUserRow} from '../portal/known-tables';
import {readUserRows} from '../portal/read-data';
import {resolveTarget} from '../portal/resolve-target';
import {documentRect} from './measure';

/**
 * The users of the shown list page whose onboarding is still pending, with where to draw their "send code"
 * helper: just left of the row's action buttons. Only the rendered page of the list is read (the portal paginates).
 */
export function pendingRowActions(doc: Document): RowActionView[] {
	const helpers: RowActionView[] = [];
	for (const user of readUserRows(doc)) {
		if (user.onboardingStatus !== 'pending' || user.userStatus !== 'active') continue;
		const toggle = resolveTarget(doc, {kind: 'row-action', action: 'edit'}, {extId: user.extId});
		const anchor = toggle?.parentElement ?? findUserRow(doc, user.extId);
		if (!anchor) continue;
		helpers.push({extId: user.extId, name: `${user.firstName} ${user.lastName}`.trim(), rect: documentRect(anchor)});
	}
	return helpers;
}
