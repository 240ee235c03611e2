import {z} from 'zod/mini';
import {browser} from '../shared/browser';
import {PORTAL_HOME, PORTAL_ORIGIN, adminAppPrefix} from '../shared/portal-address';

export const PORTAL_PREFIX = adminAppPrefix(PORTAL_ORIGIN);

// Tabs whose content script reported in, with when they last did. The extension has no `tabs` or host permission
// (least privilege), so it cannot look portal tabs up by URL; portal pages announce themselves instead.
const KEY = 'portal-tabs';
const TabsSchema = z.record(z.string(), z.number());

async function read(): Promise<Record<string, number>> {
	const stored = (await browser.storage.session.get(KEY))[KEY];
	const parsed = TabsSchema.safeParse(stored);
	return parsed.success ? parsed.data : {};
}

export async function rememberPortalTab(tabId: number): Promise<void> {
	const tabs = await read();
	tabs[String(tabId)] = Date.now();
	await browser.storage.session.set({[KEY]: tabs});
}

export async function forgetPortalTab(tabId: number): Promise<void> {
	const tabs = await read();
	if (!(String(tabId) in tabs)) return;
	const rest = Object.fromEntries(Object.entries(tabs).filter(([id]) => id !== String(tabId)));
	await browser.storage.session.set({[KEY]: rest});
}

/** The portal tab used last that still exists, or undefined. */
export async function lastPortalTab(): Promise<number | undefined> {
	const tabs = Object.entries(await read()).sort(([, a], [, b]) => b - a);
	for (const [id] of tabs) {
		const tabId = Number(id);
		try {
			await browser.tabs.get(tabId);
			return tabId;
		} catch {
			await forgetPortalTab(tabId);
		}
	}
	return undefined;
}

/** Brings the portal tab (and its window) to the front, or opens the portal's home page in a new tab. */
export async function focusOrOpenPortal(): Promise<number> {
	const existing = await lastPortalTab();
	if (existing !== undefined) {
		const tab = await browser.tabs.update(existing, {active: true});
		if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, {focused: true});
		return existing;
	}
	const created = await browser.tabs.create({url: PORTAL_HOME, active: true});
	if (created.id === undefined) throw new Error('The portal tab could not be opened');
	await rememberPortalTab(created.id);
	return created.id;
}
