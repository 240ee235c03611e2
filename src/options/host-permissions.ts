import {browser} from '../shared/browser';

/** The part of browser.permissions the options page needs, as an interface so tests pass a fake. */
export type HostPermissions = {
	contains: (origins: readonly string[]) => Promise<boolean>;
	/** Must be called synchronously inside the user's click or change handler (a user gesture). */
	request: (origins: readonly string[]) => Promise<boolean>;
	remove: (origins: readonly string[]) => Promise<boolean>;
};

// Only the host: the background registers the content script for the training portal with `scripting`, a
// required permission (static content_scripts would grant the host at install). Asking for or removing a required
// permission here would fail (Chrome: "You cannot remove required permissions").
export const browserHostPermissions: HostPermissions = {
	contains: (origins) => browser.permissions.contains({origins: [...origins]}),
	request: (origins) => browser.permissions.request({origins: [...origins]}),
	remove: (origins) => browser.permissions.remove({origins: [...origins]}),
};
