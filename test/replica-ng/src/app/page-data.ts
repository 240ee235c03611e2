import {DestroyRef, inject, signal, type Signal} from '@angular/core';
import {takeUntilDestroyed} from '@angular/core/rxjs-interop';
import {PortalApi} from './portal-api.service';

/**
 * A page's data, loaded when the page opens (after the scenario's delay, behind Oblique's spinner): undefined until
 * the answer comes. Call in a component's injection context.
 */
export function pageData<T>(load: () => T): Signal<T | undefined> {
	const data = signal<T | undefined>(undefined);
	inject(PortalApi)
		.request(load)
		.pipe(takeUntilDestroyed(inject(DestroyRef)))
		.subscribe((answer) => data.set(answer));
	return data.asReadonly();
}
