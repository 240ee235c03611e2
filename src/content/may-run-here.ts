import {TRAINING_PORTAL_ORIGIN} from '../shared/portal-address';

/**
 * Whether the assistant may start on this page. On the training portal only while the setting is on: a script
 * registered earlier (or by another profile's grant) stays inert once the user or a policy lock switched the
 * training environment off (issue #13: every lock enforced where it acts). The background decides from the settings
 * it knows (`askBackground`: `bg:may-run`, issue #14: the page carries no settings); no answer means off there.
 * The production portal needs no setting: it is the extension's purpose.
 */
export async function mayRunHere(origin: string, askBackground: () => Promise<boolean>): Promise<boolean> {
	if (origin !== TRAINING_PORTAL_ORIGIN) return true;
	return askBackground().catch(() => false);
}
