import '../shared/zod-config';
import {browser} from '../shared/browser';
import {sendToTab} from '../shared/messaging';
import {runMigrations} from '../shared/migrations';
import {settingsItem} from '../shared/settings-item';
import {clearSession} from './guide-sessions';
import {forgetGuideTab} from './guide-runners';
import {registerHandlers} from './handlers';
import {knownSettings} from './known-settings';
import {forgetPortalTab, knownPortalTabs, touchPortalTab} from './portal-tabs';
import {syncTrainingPortalScript} from './training-portal';

// Service-worker entry (an event page in Firefox). Listeners must be registered synchronously at start-up.

// Open portal pages follow the settings (the options page, sync, a policy): the background builds their overlay from
// its own copy and tells them when it is new, so they render again; the content script carries no settings and no
// storage listener (issue #14). A tab that left the portal has no listener: nothing lost.
const settings = knownSettings(
	settingsItem,
	() => {
		void knownPortalTabs().then((tabIds) => {
			for (const tabId of tabIds) void sendToTab(tabId, {type: 'cs:settings-changed'}).catch(() => undefined);
		});
	},
	new AbortController().signal,
);
registerHandlers(settings);

browser.runtime.onInstalled.addListener(() => {
	void runMigrations().catch((error: unknown) => {
		console.warn('eIAM Assist: settings migration failed; the options page will report invalid values', error);
	});
});

browser.tabs.onRemoved.addListener((tabId) => {
	forgetGuideTab(tabId);
	void clearSession(tabId);
	void forgetPortalTab(tabId);
});

// The portal tab the user looked at last is the one the popup acts on when the active tab is not the portal.
browser.tabs.onActivated.addListener(({tabId}) => {
	void touchPortalTab(tabId);
});

// The keyboard shortcut (manifest `commands`): open the launcher or focus the step panel in the active tab.
browser.commands.onCommand.addListener((command, tab) => {
	if (command !== 'toggle-guide') return;
	const tabId = tab?.id;
	if (tabId !== undefined) void sendToTab(tabId, {type: 'cs:toggle-launcher'}).catch(() => undefined);
});

// The training portal's content script follows its optional permission (options page, issue #7) and the setting
// with its policy lock (issue #13). One sync at a time: two at once could both register the script.
let trainingSync: Promise<void> = Promise.resolve();
const syncTraining = (): void => {
	trainingSync = trainingSync
		.then(async () => syncTrainingPortalScript(await settingsItem.get()))
		.catch((error: unknown) => console.warn('eIAM Assist: training portal script', error));
};
browser.permissions.onAdded.addListener(syncTraining);
browser.permissions.onRemoved.addListener(syncTraining);
browser.runtime.onStartup.addListener(syncTraining);
browser.runtime.onInstalled.addListener(syncTraining);
// A policy that arrives or changes while the browser runs, or the setting switched elsewhere (sync).
settingsItem.onChanged(syncTraining, new AbortController().signal);
