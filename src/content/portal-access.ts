import type {Located, PortalAccess} from '../engine/portal-access';
import {findSuccessMessages} from '../portal/alerts';
import {isDisabled} from '../portal/control-state';
import {cleanText} from '../portal/normalize-text';
import type {PageState} from '../portal/pages';
import {resolveTarget} from '../portal/resolve-target';
import {isHidden} from '../portal/visibility';

/**
 * The engine's view of the portal, answered by the portal model (src/portal) on the live document. `current`
 * gives the page state detected once for this burst of changes (detection reads the whole page; doing it per
 * lookup cost most of the time to highlight on a 10,000-row list, see test/bench/overlay.bench.ts).
 */
export function portalAccess(doc: Document, current: () => PageState): PortalAccess {
	// One evaluation asks for the same targets several times (the step, the next step's, what to observe); on a
	// 10,000-row list each user-row lookup scans the table. Answers are kept until the current task ends: the
	// portal cannot change in between, and the next burst of changes is handled in a later task.
	const memo = new Map<string, Located | undefined>();
	let clearing = false;
	return {
		page: () => current().page,
		locate(target, context) {
			const key = JSON.stringify([target, context.extId ?? null]);
			if (memo.has(key)) return memo.get(key);
			if (!clearing) {
				clearing = true;
				queueMicrotask(() => {
					memo.clear();
					clearing = false;
				});
			}
			const element = resolveTarget(doc, target, context, current().lang);
			const located = element && {element, ready: !isHidden(element) && !isDisabled(element)};
			memo.set(key, located);
			return located;
		},
		confirmations: () => findSuccessMessages(doc).map((element) => cleanText(element.textContent)),
	};
}
