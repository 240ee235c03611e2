import {ADMIN_APP_PATH} from '../shared/portal-address';

/** A URL as a string, `URL` or `Location`. */
export type PageUrl = string | {readonly href: string};

/** True for the delegation portal's admin app: every path under `/portal/adminservice/` (any host). Never throws. */
export function isPortalUrl(url: PageUrl): boolean {
	try {
		return new URL(typeof url === 'string' ? url : url.href).pathname.startsWith(ADMIN_APP_PATH);
	} catch {
		return false; // not a URL at all
	}
}
