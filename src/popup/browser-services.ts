import {browser} from '../shared/browser';
import {sendToBackground} from '../shared/messaging';
import {settingsItem} from '../shared/settings-item';
import type {PopupServices} from './popup-services';
import {WIZARD_STATE_KEY} from './wizard/wizard-state';

/** PopupServices bound to the extension's APIs (imported by main.tsx only: webextension-polyfill throws elsewhere). */
export const browserServices: PopupServices = {
	loadSettings: async () => (await settingsItem.get()).settings,
	onSettingsChanged: (callback, signal) => settingsItem.onChanged((snapshot) => callback(snapshot.settings), signal),
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
