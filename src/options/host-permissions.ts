import {browser} from '../shared/browser';

/** The part of browser.permissions the options page needs, as an interface so tests pass a fake. */
export type HostPermissions = {
	contains: (origins: readonly string[]) => Promise<boolean>;
	/** Must be called synchronously inside the user's click or change handler (a user gesture). */
	request: (origins: readonly string[]) => Promise<boolean>;
	remove: (origins: readonly string[]) => Promise<boolean>;
};

// `scripting` comes with the host: the background registers the content script for the training portal with it
// (static content_scripts would grant the host at install). Both are optional in the manifest.
const extra = ['scripting'] as const;

export const browserHostPermissions: HostPermissions = {
	contains: (origins) => browser.permissions.contains({origins: [...origins], permissions: [...extra]}),
	request: (origins) => browser.permissions.request({origins: [...origins], permissions: [...extra]}),
	remove: (origins) => browser.permissions.remove({origins: [...origins], permissions: [...extra]}),
};
