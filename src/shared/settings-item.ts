import {browser} from './browser';
import {createSettingsItem, type SettingsItem} from './settings';
import type {SettingsStorage} from './settings-storage';

/*
 * The settings bound to the real browser.storage. Kept apart from settings.ts because importing
 * webextension-polyfill outside an extension throws: unit tests import settings.ts and inject a memory storage.
 */

export const browserSettingsStorage: SettingsStorage = {
	sync: {
		get: (keys) => browser.storage.sync.get([...keys]),
		set: (items) => browser.storage.sync.set(items),
		remove: (keys) => browser.storage.sync.remove([...keys]),
	},
	managed: {
		// Rejects in Firefox when no policy names the extension; readManaged turns that into "no managed values".
		get: () => browser.storage.managed.get(),
	},
	session: {
		// async: where storage.session does not exist (content scripts in some browsers) this rejects, not throws.
		get: async (keys) => browser.storage.session.get([...keys]),
		set: async (items) => browser.storage.session.set(items),
	},
	onChanged: {
		addListener: (listener) => browser.storage.onChanged.addListener(listener),
		removeListener: (listener) => browser.storage.onChanged.removeListener(listener),
	},
};

/** `await settingsItem.get()` → {settings, problems, locked}; `settingsItem.onChanged(cb, signal)`. */
export const settingsItem: SettingsItem = createSettingsItem(browserSettingsStorage);
