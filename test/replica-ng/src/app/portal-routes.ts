import {inject} from '@angular/core';
import {RedirectCommand, Router, type CanActivateFn, type Routes} from '@angular/router';
import {LOGIN_PATH, ROUTES, routePath, type RouteId} from '../../../replica/src/state/routes';
import {SESSION} from './session';
import {CompletedPage} from './pages/completed.page';
import {HomePage} from './pages/home.page';
import {LoginPage} from './pages/login.page';
import {NotFoundPage} from './pages/not-found.page';
import {OverviewPage} from './pages/overview.page';
import {PermissionsPage} from './pages/permissions.page';
import {SelfAdminPage} from './pages/self-admin.page';
import {UnitSelectionPage} from './pages/unit-selection.page';
import {UserSelectionPage} from './pages/user-selection.page';

/**
 * The classic replica's guards as an Angular guard: admin pages need a signed-in user (else CH-LOGIN with a return
 * path), users needs a unit, permissions/overview/completed a managed user; otherwise the previous page, replacing
 * the history entry like the classic replica.
 */
function guardFor(route: RouteId): CanActivateFn {
	return (_next, state) => {
		const session = inject(SESSION);
		if (!session.state.signedIn) {
			window.location.replace(`${LOGIN_PATH}?return=${encodeURIComponent(state.url)}`);
			return false;
		}
		const allowed = session.allowedRoute(route);
		if (allowed === route) return true;
		return new RedirectCommand(inject(Router).parseUrl(routePath(allowed)), {replaceUrl: true});
	};
}

const PAGES: Readonly<Record<RouteId, Routes[number]['component']>> = {
	home: HomePage,
	units: UnitSelectionPage,
	users: UserSelectionPage,
	permissions: PermissionsPage,
	overview: OverviewPage,
	completed: CompletedPage,
};

const ADMIN_ROUTES: Routes = (Object.keys(ROUTES) as RouteId[]).map((id) => ({
	path: routePath(id).slice(1),
	component: PAGES[id],
	canActivate: [guardFor(id)],
}));

/** Same paths as the classic replica (test/replica/src/state/routes.ts); unknown admin paths fall back to home. */
export const PORTAL_ROUTES: Routes = [
	...ADMIN_ROUTES,
	{path: 'portal/adminservice', children: [{path: '**', redirectTo: `/${routePath('home').slice(1)}`}]},
	{path: 'portal/selfadminservice', children: [{path: '**', component: SelfAdminPage}]},
	{path: LOGIN_PATH.slice(1), component: LoginPage},
	{path: '**', component: NotFoundPage},
];
