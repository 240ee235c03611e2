/**
 * Where the portal lives: the one definition of its hosts and of the admin app's path. The manifest's content
 * script, its host permission and the optional host permission are built from these (vite.config.ts), the
 * background recognises portal tabs by them and the content script stays inert elsewhere.
 */
export const PORTAL_ORIGIN = 'https://www.portal.eiam.admin.ch';

/**
 * The portal's acceptance environment, for training (issue #7). Its host is an optional host permission,
 * requested by the options page when the user switches trainingEnvironment on, never granted at install.
 */
export const TRAINING_PORTAL_ORIGIN = 'https://www.portal-a.eiam.admin.ch';
export const TRAINING_HOST_PATTERNS: readonly string[] = [`${TRAINING_PORTAL_ORIGIN}/*`];

/**
 * The delegation portal's admin app: every page the extension works on is below this path. The sub-routes are
 * unknown (shared/portal/PAGES.md: no screenshot shows an address bar), so nothing below it may matter.
 */
export const ADMIN_APP_PATH = '/portal/adminservice/';

/** The entry page the SpiGes handbook gives; opened when the user starts a guide and no portal tab exists. */
export const PORTAL_HOME = `${PORTAL_ORIGIN}${ADMIN_APP_PATH}app/home`;

/** The admin app's address prefix on a host: `https://…/portal/adminservice/`. */
export function adminAppPrefix(origin: string): string {
	return `${origin}${ADMIN_APP_PATH}`;
}
