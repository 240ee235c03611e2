import type {GuideContext} from '../shared/guide-context';
import type {GuideId} from '../shared/guide-ids';
import type {PortalPerson} from '../shared/portal-data';
import type {Settings} from '../shared/settings-schema';

/**
 * Everything the popup needs from the browser, as a type of plain functions (so they can be passed on unbound): the components never touch `browser.*`, so tests
 * render them with a mock (STYLE.md: "a UI that depends on an interface with a mock"). The real implementation is
 * in browser-services.ts, used only by main.tsx.
 */
export type PopupServices = {
	/**
	 * Resolves with usable settings as soon as storage answers (the policy as last seen, not waited for); rejects
	 * when storage cannot be read (the popup then uses the defaults).
	 */
	loadSettings: () => Promise<Settings>;
	/** Calls back with the settings once the policy has been read, and after every change, until `signal` aborts. */
	onSettingsChanged: (callback: (settings: Settings) => void, signal: AbortSignal) => void;
	/** The raw stored wizard state (validated by the caller), undefined when none. */
	loadState: () => Promise<unknown>;
	saveState: (state: unknown) => Promise<void>;
	clearState: () => Promise<void>;
	/**
	 * The person the portal tab shows, null when none; rejects with MessageError `no-portal-tab` when no tab shows
	 * the portal, otherwise when the portal is unreachable.
	 */
	readPortalPerson: () => Promise<PortalPerson | null>;
	/** Starts a guide in the portal tab, opening or focusing it. */
	startGuide: (guide: GuideId, context: GuideContext) => Promise<void>;
	openOptions: () => Promise<void>;
	copyText: (text: string) => Promise<void>;
	/** navigator.language, for the UI language `auto`. */
	readonly browserLanguage: string | undefined;
	now: () => Date;
};
