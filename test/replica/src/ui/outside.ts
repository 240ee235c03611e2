import type {RefObject} from 'preact';
import {useEffect} from 'preact/hooks';

/**
 * While `active`, calls `close` on a click outside all `inside` elements, or on Escape — how ng-bootstrap's
 * dropdown (autoClose: true), PrimeNG's dropdown panel and Oblique's navigation sub-menu behave.
 */
export function useDismiss(
	active: boolean,
	inside: readonly RefObject<HTMLElement | null>[],
	close: (how: 'outside' | 'escape') => void,
): void {
	useEffect(() => {
		if (!active) return undefined;
		const doc = document;
		const onClick = (event: MouseEvent): void => {
			const target = event.target;
			if (target instanceof Node && inside.some((ref) => ref.current?.contains(target))) return;
			close('outside');
		};
		const onKey = (event: KeyboardEvent): void => {
			if (event.key === 'Escape') close('escape');
		};
		doc.addEventListener('click', onClick, true);
		doc.addEventListener('keydown', onKey);
		return () => {
			doc.removeEventListener('click', onClick, true);
			doc.removeEventListener('keydown', onKey);
		};
	});
}
