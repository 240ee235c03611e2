/**
 * Client-side routes of the admin app. The real sub-routes are unknown (no screenshot shows an address bar); these
 * are ours. Everything under /portal/adminservice/ is the same SPA shell (respond.ts), like Angular's fallback.
 */
export const ADMIN_PREFIX = '/portal/adminservice/';
export const APP_BASE = '/portal/adminservice/app/';
export const SELF_ADMIN_PREFIX = '/portal/selfadminservice/';
export const LOGIN_PATH = '/portal/login';

export const ROUTES = {
	home: 'home',
	units: 'delegation/units',
	users: 'delegation/users',
	permissions: 'delegation/permissions',
	overview: 'delegation/overview',
	completed: 'delegation/completed',
} as const;

export type RouteId = keyof typeof ROUTES;

export const ROUTE_IDS = Object.keys(ROUTES) as RouteId[];

export function routePath(route: RouteId): string {
	return APP_BASE + ROUTES[route];
}

/** The admin route of a path, or undefined (unknown sub-routes fall back to home, like the app's wildcard). */
export function routeOf(pathname: string): RouteId | undefined {
	const rest = pathname.startsWith(APP_BASE) ? pathname.slice(APP_BASE.length).replace(/\/+$/, '') : undefined;
	return ROUTE_IDS.find((id) => ROUTES[id] === rest);
}

/** Which of the replica's "sites" a path belongs to. */
export type Site = 'admin' | 'self-admin' | 'login' | 'other';

export function siteOf(pathname: string): Site {
	if (pathname.startsWith(ADMIN_PREFIX)) return 'admin';
	if (pathname.startsWith(SELF_ADMIN_PREFIX)) return 'self-admin';
	if (pathname === LOGIN_PATH || pathname.startsWith(`${LOGIN_PATH}/`)) return 'login';
	return 'other';
}

/** Routes that belong to Benutzermanagement (its nav item is shown active there). */
export function isUserManagementRoute(route: RouteId): boolean {
	return route !== 'home';
}

/** Where the sign-in button leads: the `return` parameter if it is a portal path on this host, else home. */
export function returnTarget(href: string): string {
	const url = new URL(href);
	const wanted = url.searchParams.get('return');
	if (wanted) {
		try {
			const target = new URL(wanted, url.origin);
			if (
				target.origin === url.origin &&
				target.pathname.startsWith('/portal/') &&
				target.pathname !== LOGIN_PATH
			) {
				return target.pathname + target.search + target.hash;
			}
		} catch {
			// Not a URL: fall through to home.
		}
	}
	return routePath('home');
}
