import {browser} from '../shared/browser';

/** The part of browser.permissions the options page needs, as an interface so tests pass a fake. */
export type HostPermissions = {
	contains: (origins: readonly string[]) => Promise<boolean>;
	/** Must be called synchronously inside the user's click or change handler (a user gesture). */
	request: (origins: readonly string[]) => Promise<boolean>;
	remove: (origins: readonly string[]) => Promise<boolean>;
};

export const browserHostPermissions: HostPermissions = {
	contains: (origins) => browser.permissions.contains({origins: [...origins]}),
	request: (origins) => browser.permissions.request({origins: [...origins]}),
	remove: (origins) => browser.permissions.remove({origins: [...origins]}),
};
