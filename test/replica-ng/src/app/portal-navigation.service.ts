import {inject, Injectable} from '@angular/core';
import {Router} from '@angular/router';
import {routePath, type RouteId} from '../../../replica/src/state/routes';

/** Navigates between the portal's pages with Angular's router (guards decide where a page may really go). */
@Injectable({providedIn: 'root'})
export class PortalNavigation {
	private readonly router = inject(Router);

	go(route: RouteId): Promise<boolean> {
		return this.router.navigateByUrl(routePath(route));
	}
}
