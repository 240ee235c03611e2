import {TRAINING_PORTAL_ORIGIN} from '../shared/portal-address';
import type {ContentSettings} from '../shared/content-settings';

/**
 * Whether the assistant may start on this page. On the training portal only while the setting is on: a script
 * registered earlier (or by another profile's grant) stays inert once the user or a policy lock switched the
 * training environment off (issue #13: every lock enforced where it acts). Unreadable settings mean off there.
 * The production portal needs no setting: it is the extension's purpose.
 */
export async function mayRunHere(
	origin: string,
	readSettings: () => Promise<Pick<ContentSettings, 'trainingEnvironment'>>,
): Promise<boolean> {
	if (origin !== TRAINING_PORTAL_ORIGIN) return true;
	return readSettings().then(
		(settings) => settings.trainingEnvironment,
		() => false,
	);
}
