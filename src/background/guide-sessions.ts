import {browser} from '../shared/browser';
import {type GuideSession} from '../shared/guide-session';
import {GuideSessionSchema} from '../shared/guide-session-schema';

// A guide in progress per tab, in storage.session: it survives reloads, SPA navigation and a CH-LOGIN
// round-trip, and disappears with the browser session. Content scripts cannot use storage.session in Chrome by
// default, so they go through these handlers.
const key = (tabId: number): string => `guide-session:${String(tabId)}`;

export async function loadSession(tabId: number): Promise<GuideSession | null> {
	const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
	const parsed = GuideSessionSchema.safeParse(stored);
	return parsed.success ? parsed.data : null; // a malformed or older session is dropped, not resumed wrongly
}

export async function saveSession(tabId: number, session: GuideSession): Promise<void> {
	await browser.storage.session.set({[key(tabId)]: session});
}

export async function clearSession(tabId: number): Promise<void> {
	await browser.storage.session.remove(key(tabId));
}
