import type {PortalAccess} from '../engine/portal-access';
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
	return {
		page: () => current().page,
		locate(target, context) {
			const element = resolveTarget(doc, target, context, current().lang);
			if (!element) return undefined;
			return {element, ready: !isHidden(element) && !isDisabled(element)};
		},
		confirmations: () => findSuccessMessages(doc).map((element) => cleanText(element.textContent)),
	};
}
