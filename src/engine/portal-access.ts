import type {PageId} from '../shared/page-ids';
import type {Target, TargetContext} from '../shared/target';

/** A target found on the page; `ready` = visible and, for a control, enabled (only then is it marked). */
export type Located = {element: Element; ready: boolean};

/**
 * What the engine needs of the portal, injected by src/content/main.ts (the engine never imports src/portal, so it
 * can be tested with a fake page and survives portal changes untouched).
 */
export type PortalAccess = {
	page(): PageId;
	locate(target: Target, context: TargetContext): Located | undefined;
	/** Texts of the success messages (alerts, toasts) the portal shows right now. */
	confirmations(): readonly string[];
};
