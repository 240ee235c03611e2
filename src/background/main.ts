import '../shared/zod-config';
import {browser} from '../shared/browser';
import {sendToTab} from '../shared/messaging';
import {runMigrations} from '../shared/migrations';
import {clearSession} from './guide-sessions';
import {registerHandlers} from './handlers';
import {forgetPortalTab} from './portal-tabs';
import {syncTrainingPortalScript} from './training-portal';

// Service-worker entry (an event page in Firefox). Listeners must be registered synchronously at start-up.
registerHandlers();

browser.runtime.onInstalled.addListener(() => {
	void runMigrations().catch((error: unknown) => {
		console.warn('eIAM Assist: settings migration failed; the options page will report invalid values', error);
	});
});

browser.tabs.onRemoved.addListener((tabId) => {
	void clearSession(tabId);
	void forgetPortalTab(tabId);
});

// The keyboard shortcut (manifest `commands`): open the launcher or focus the step panel in the active tab.
browser.commands.onCommand.addListener((command, tab) => {
	if (command !== 'toggle-guide') return;
	const tabId = tab?.id;
	if (tabId !== undefined) void sendToTab(tabId, {type: 'cs:toggle-launcher'}).catch(() => undefined);
});

// The training portal's content script follows its optional permission (options page, issue #7).
const syncTraining = (): void => {
	void syncTrainingPortalScript().catch((error: unknown) =>
		console.warn('eIAM Assist: training portal script', error),
	);
};
browser.permissions.onAdded.addListener(syncTraining);
browser.permissions.onRemoved.addListener(syncTraining);
browser.runtime.onStartup.addListener(syncTraining);
