import type {PortalAccess} from '../engine/portal-access';
import {findSuccessMessages} from '../portal/alerts';
import {isDisabled} from '../portal/control-state';
import {cleanText} from '../portal/normalize-text';
import {detectPage} from '../portal/pages';
import {resolveTarget} from '../portal/resolve-target';
import {isHidden} from '../portal/visibility';

/** The engine's view of the portal, answered by the portal model (src/portal) on the live document. */
export function portalAccess(doc: Document): PortalAccess {
	return {
		page: () => detectPage(doc, doc.URL).page,
		locate(target, context) {
			const element = resolveTarget(doc, target, context, detectPage(doc, doc.URL).lang);
			if (!element) return undefined;
			return {element, ready: !isHidden(element) && !isDisabled(element)};
		},
		confirmations: () => findSuccessMessages(doc).map((element) => cleanText(element.textContent)),
	};
}
