import type {Step} from '../guides/schema';
import type {GuideId} from '../shared/guide-ids';
import type {PageId} from '../shared/page-ids';
import type {Target, TargetContext} from '../shared/target';

/**
 * A target found on the page; `ready` = visible and, for a control, enabled (only then is it marked); `value` = the
 * text a field holds ('' for anything that is not a text field), so the engine never reads the DOM itself.
 */
export type Located = {element: Element; ready: boolean; value: string};

/**
 * What the guide's sensing needs of the portal (src/content/guide-client.ts), implemented by
 * src/content/live-portal.ts; the engine never imports src/portal, so it can be tested with a fake page and
 * survives portal changes untouched.
 */
export type PortalAccess = {
	page(): PageId;
	locate(target: Target, context: TargetContext): Located | undefined;
	/**
	 * The control the user taught for this step (teach mode, issue #12), tried before the step's own target;
	 * undefined when none was taught, or it no longer matches (then the built-in locator takes over).
	 */
	learned?(guide: GuideId, step: Step, context: TargetContext): Located | undefined;
	/**
	 * Texts of the success messages (alerts, toasts) the portal shows right now, without the page's own notices
	 * (the completed page's "saved" alert): those arrive with the page, never in answer to a click.
	 */
	confirmations(): readonly string[];
	/** The ExtID of the user-list row the user selected (the portal highlights it), if any. */
	selectedPerson(): string | undefined;
};
