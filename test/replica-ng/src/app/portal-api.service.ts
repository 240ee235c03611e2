import {inject, Injectable} from '@angular/core';
import {ObSpinnerService} from '@oblique/oblique';
import {defer, finalize, map, timer, type Observable} from 'rxjs';
import {SESSION} from './session';

/**
 * Stands in for the portal's back end: every answer comes after the scenario's delay (`delay=`, default 150 ms),
 * with Oblique's spinner shown meanwhile, as Oblique's HTTP interceptor does for real requests. Answers are copies,
 * as a JSON response would be: pages that show them re-render their rows with new nodes.
 */
@Injectable({providedIn: 'root'})
export class PortalApi {
	private readonly session = inject(SESSION);
	private readonly spinner = inject(ObSpinnerService);

	request<T>(answer: () => T): Observable<T> {
		return defer(() => {
			this.spinner.activate();
			return timer(this.session.delay).pipe(
				map(() => structuredClone(answer())),
				finalize(() => this.spinner.deactivate()),
			);
		});
	}
}
