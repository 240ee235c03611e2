import {DEFAULT_SETTINGS, type Settings, type SettingsItem} from '../shared/settings';

export type KnownSettings = {
	/**
	 * The settings as the background knows them now, for what it builds for a portal page (the overlay, the
	 * diagnostics report, whether the training portal runs). Waits only for the very first answer, which comes
	 * from storage and the policy as last cached, never for the browser's policy read (~1 s in Chromium without
	 * one). Unreadable settings give the defaults, as the page had before the background answered.
	 */
	current(): Promise<Settings>;
};

/**
 * The background's copy of the settings (issue #14: the portal page no longer carries them), following storage and
 * policy from the start of the service worker: at once from what is known, then the policy as read, then every
 * change. `changed` is called once the copy is new, so open portal pages render again from it: after every change
 * notice (also one that changed nothing the page sees: a woken worker's first answers already hold the change),
 * and when the policy read differs from the cached policy the first answer used.
 */
export function knownSettings(
	item: Pick<SettingsItem, 'follow'>,
	changed: () => void,
	signal: AbortSignal,
): KnownSettings {
	let settings: Settings | undefined;
	/** Whether the copy holds a full read: every answer after it is a change notice. */
	let policyKnown = false;
	let first: (settings: Settings) => void = () => undefined;
	const firstAnswer = new Promise<Settings>((resolve) => (first = resolve));
	item.follow(
		(snapshot, policyRead) => {
			const previous = settings;
			const notice = policyKnown;
			settings = snapshot.settings;
			policyKnown ||= policyRead;
			first(settings);
			if (notice || (previous && JSON.stringify(previous) !== JSON.stringify(settings))) changed();
		},
		signal,
		() => first(DEFAULT_SETTINGS),
	);
	return {current: () => (settings ? Promise.resolve(settings) : firstAnswer)};
}
