import {browser} from '../shared/browser';
import {TRAINING_HOST_PATTERNS, TRAINING_PORTAL_ORIGIN, adminAppPrefix} from '../shared/portal-address';
import type {SettingsSnapshot} from '../shared/settings';
import {settingsItem} from '../shared/settings-item';

const SCRIPT_ID = 'eiam-assist-training-portal';
export const TRAINING_PORTAL_PREFIX = adminAppPrefix(TRAINING_PORTAL_ORIGIN);

// `scripting` is a required permission (the extras script, extras-injection.ts): the host is all the user grants.
const TRAINING_PERMISSIONS = {origins: [...TRAINING_HOST_PATTERNS]};

/**
 * The acceptance (training) portal gets the same content script as production, but only once the user granted
 * its host in the options page (optional_host_permissions, never at install) and while the setting is on.
 * Registered dynamically because a static content_scripts entry would make the host a required permission.
 *
 * A policy that locks the training environment (always off: a policy cannot grant the host) is enforced here,
 * where the script is registered (issue #13): the script goes, and so does the grant, which the user could not
 * give back in the options page any more (the switch is read-only under a lock).
 */
export async function syncTrainingPortalScript({
	settings,
	locked,
}: Pick<SettingsSnapshot, 'settings' | 'locked'>): Promise<void> {
	const granted = await browser.permissions.contains(TRAINING_PERMISSIONS);
	const lockedOff = locked.has('trainingEnvironment') && !settings.trainingEnvironment;
	const wanted = granted && settings.trainingEnvironment && !lockedOff;
	// `scripting` is required by the manifest (extras-injection.ts); a browser without the namespace at all would
	// throw here, so it is looked for first.
	const scripting = (browser as Partial<typeof browser>).scripting;
	if (scripting) {
		const registered = (await scripting.getRegisteredContentScripts({ids: [SCRIPT_ID]})).length > 0;
		if (wanted && !registered) {
			await scripting.registerContentScripts([
				{
					id: SCRIPT_ID,
					matches: [`${TRAINING_PORTAL_PREFIX}*`],
					js: ['src/content/main.js'],
					runAt: 'document_idle',
					persistAcrossSessions: true,
				},
			]);
		} else if (!wanted && registered) {
			await scripting.unregisterContentScripts({ids: [SCRIPT_ID]});
		}
	}
	if (granted && lockedOff) await browser.permissions.remove(TRAINING_PERMISSIONS);
}

/** Whether the user works in the training portal: the setting is on and its host granted (false when unreadable). */
export async function worksInTraining(): Promise<boolean> {
	try {
		const {settings} = await settingsItem.get();
		return settings.trainingEnvironment && (await browser.permissions.contains(TRAINING_PERMISSIONS));
	} catch {
		return false;
	}
}
