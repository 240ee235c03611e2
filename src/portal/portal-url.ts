/** A URL as a string, `URL` or `Location`. */
export type PageUrl = string | {readonly href: string};

/**
 * True for the delegation portal's admin app: every path under `/portal/adminservice/`. The sub-routes are unknown
 * (shared/portal/PAGES.md: no screenshot shows an address bar), so nothing below that prefix may matter. Never
 * throws.
 */
export function isPortalUrl(url: PageUrl): boolean {
	try {
		return new URL(typeof url === 'string' ? url : url.href).pathname.startsWith('/portal/adminservice/');
	} catch {
		return false; // not a URL at all
	}
}
