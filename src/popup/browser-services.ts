import {browser} from '../shared/browser';
import {sendToBackground} from '../shared/messaging';
import {settingsItem} from '../shared/settings-item';
import type {PopupServices} from './popup-services';
import {WIZARD_STATE_KEY} from './wizard/wizard-state';

/** PopupServices bound to the extension's APIs (imported by main.tsx only: webextension-polyfill throws elsewhere). */
export const browserServices: PopupServices = {
	// The popup shows at once (issue #14): the first answer is storage with the policy as last seen; the policy
	// itself, and every later change, arrive through onSettingsChanged.
	loadSettings: () =>
		new Promise((resolve, reject) => {
			const once = new AbortController();
			settingsItem.follow(
				({settings}) => {
					once.abort();
					resolve(settings);
				},
				once.signal,
				reject,
			);
		}),
	onSettingsChanged: (callback, signal) => settingsItem.follow((snapshot) => callback(snapshot.settings), signal),
	loadState: async () => (await browser.storage.session.get(WIZARD_STATE_KEY))[WIZARD_STATE_KEY],
	saveState: (state) => browser.storage.session.set({[WIZARD_STATE_KEY]: state}),
	clearState: () => browser.storage.session.remove(WIZARD_STATE_KEY),
	readPortalPerson: () => sendToBackground({type: 'bg:read-portal-person'}),
	startGuide: async (guide, context) => {
		await sendToBackground({type: 'bg:start-guide-in-portal', guide, context});
	},
	openOptions: () => browser.runtime.openOptionsPage(),
	copyText: (text) => navigator.clipboard.writeText(text),
	browserLanguage: navigator.language,
	now: () => new Date(),
};
