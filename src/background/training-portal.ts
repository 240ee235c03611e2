import {browser} from '../shared/browser';
import {TRAINING_HOST_PATTERNS, TRAINING_PORTAL_ORIGIN, adminAppPrefix} from '../shared/portal-address';

const SCRIPT_ID = 'eiam-assist-training-portal';
export const TRAINING_PORTAL_PREFIX = adminAppPrefix(TRAINING_PORTAL_ORIGIN);

/**
 * The acceptance (training) portal gets the same content script as production, but only once the user granted
 * its host in the options page (optional_host_permissions, never at install). Registered dynamically because a
 * static content_scripts entry would make the host a required permission.
 */
export async function syncTrainingPortalScript(): Promise<void> {
	const granted = await browser.permissions.contains({
		origins: [...TRAINING_HOST_PATTERNS],
		permissions: ['scripting'],
	});
	// `scripting` is an optional permission: the namespace exists only while it is granted.
	const scripting = (browser as Partial<typeof browser>).scripting;
	if (!scripting) return;
	const registered = (await scripting.getRegisteredContentScripts({ids: [SCRIPT_ID]})).length > 0;
	if (granted && !registered) {
		await scripting.registerContentScripts([
			{
				id: SCRIPT_ID,
				matches: [`${TRAINING_PORTAL_PREFIX}*`],
				js: ['src/content/main.js'],
				runAt: 'document_idle',
				persistAcrossSessions: true,
			},
		]);
	} else if (!granted && registered) {
		await scripting.unregisterContentScripts({ids: [SCRIPT_ID]});
	}
}
