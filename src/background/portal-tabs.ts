import {z} from 'zod/mini';
import {browser} from '../shared/browser';
import {sendToTab} from '../shared/messaging';
import {
	ADMIN_APP_PATH,
	PORTAL_HOME,
	PORTAL_ORIGIN,
	TRAINING_PORTAL_ORIGIN,
	adminAppPrefix,
} from '../shared/portal-address';
import {TRAINING_PORTAL_PREFIX} from './training-portal';

export const PORTAL_PREFIX = adminAppPrefix(PORTAL_ORIGIN);
export const TRAINING_PORTAL_HOME = `${TRAINING_PORTAL_ORIGIN}${ADMIN_APP_PATH}app/home`;

// Tabs whose content script reported in, with when the user last loaded or looked at them. The extension has no
// `tabs` or host permission (least privilege), so it cannot look portal tabs up by URL; portal pages announce
// themselves instead.
const KEY = 'portal-tabs';
const TabsSchema = z.record(z.string(), z.number());

async function read(): Promise<Record<string, number>> {
	const stored = (await browser.storage.session.get(KEY))[KEY];
	const parsed = TabsSchema.safeParse(stored);
	return parsed.success ? parsed.data : {};
}

// Every change of the record is read-modify-write; run one at a time, so two tabs loading at once are both kept
// (issue #13: one of them was lost).
let updates: Promise<unknown> = Promise.resolve();
function update(change: (tabs: Record<string, number>) => Record<string, number> | undefined): Promise<void> {
	const next = updates.then(async () => {
		const changed = change(await read());
		if (changed !== undefined) await browser.storage.session.set({[KEY]: changed});
	});
	updates = next.catch(() => undefined);
	return next;
}

export function rememberPortalTab(tabId: number): Promise<void> {
	return update((tabs) => ({...tabs, [String(tabId)]: Date.now()}));
}

/** The user switched to this tab: when it is a known portal tab, it becomes the one used last. */
export function touchPortalTab(tabId: number): Promise<void> {
	return update((tabs) => (String(tabId) in tabs ? {...tabs, [String(tabId)]: Date.now()} : undefined));
}

export function forgetPortalTab(tabId: number): Promise<void> {
	return update((tabs) =>
		String(tabId) in tabs
			? Object.fromEntries(Object.entries(tabs).filter(([id]) => id !== String(tabId)))
			: undefined,
	);
}

/** The tabs whose content script reported in and that are not known to have left the portal. */
export async function knownPortalTabs(): Promise<number[]> {
	return Object.keys(await read()).map(Number);
}

const isPortalUrl = (url: string): boolean => url.startsWith(PORTAL_PREFIX) || url.startsWith(TRAINING_PORTAL_PREFIX);

/**
 * Whether the tab shows the portal now, at the moment of use: it still exists, and its content script answers
 * with a portal address (a tab that navigated away has none left to answer; the browser's own `url`, when it
 * tells us, must agree).
 */
async function showsPortalNow(tabId: number): Promise<boolean> {
	try {
		const tab = await browser.tabs.get(tabId);
		if (tab.url !== undefined && !isPortalUrl(tab.url)) return false;
		const {url} = await sendToTab(tabId, {type: 'cs:where'});
		return isPortalUrl(url);
	} catch {
		return false;
	}
}

/**
 * The portal tab to act on: the active tab of the current window when it shows the portal, else the portal tab
 * the user loaded or looked at last that still does; undefined when there is none. Tabs that left the portal are
 * forgotten on the way.
 */
export async function currentPortalTab(): Promise<number | undefined> {
	const [active] = await browser.tabs.query({active: true, lastFocusedWindow: true}).catch(() => []);
	if (active?.id !== undefined && (await showsPortalNow(active.id))) return active.id;
	const known = Object.entries(await read())
		.sort(([, a], [, b]) => b - a)
		.map(([id]) => Number(id))
		.filter((id) => id !== active?.id);
	for (const tabId of known) {
		if (await showsPortalNow(tabId)) return tabId;
		await forgetPortalTab(tabId);
	}
	return undefined;
}

/**
 * Brings the portal tab (and its window) to the front, or opens the portal's home page in a new tab: the training
 * portal's for users who work there (the setting is on), the production portal's otherwise.
 */
export async function focusOrOpenPortal(preferTraining: boolean): Promise<number> {
	const existing = await currentPortalTab();
	if (existing !== undefined) {
		const tab = await browser.tabs.update(existing, {active: true});
		if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, {focused: true});
		return existing;
	}
	const created = await browser.tabs.create({url: preferTraining ? TRAINING_PORTAL_HOME : PORTAL_HOME, active: true});
	if (created.id === undefined) throw new Error('The portal tab could not be opened');
	await rememberPortalTab(created.id);
	return created.id;
}
