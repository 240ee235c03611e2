import type {ComponentChildren, VNode} from 'preact';
import {createPortal} from 'preact/compat';
import {useEffect, useRef} from 'preact/hooks';
import {host} from './host';

/**
 * An ng-bootstrap modal (OBLIQUE-DOM.md §10), rendered at the end of body:
 * `ngb-modal-backdrop.modal-backdrop` + `ngb-modal-window.modal.d-block[role=dialog][aria-modal] > div.modal-dialog
 *  > div.modal-content > div.modal-header + div.modal-body + div.modal-footer`, with `body.modal-open`.
 * Escape closes it (keyboard: true); the backdrop does not (backdrop: 'static', so a half-filled form survives).
 */
export function Modal(props: {
	title: string;
	size?: 'xl' | 'lg';
	onClose: () => void;
	children: ComponentChildren;
	footer: ComponentChildren;
}): VNode {
	const windowRef = useRef<HTMLElement>(null);
	const {onClose} = props;
	useEffect(() => {
		const body = document.body;
		body.classList.add('modal-open');
		windowRef.current?.focus();
		return () => body.classList.remove('modal-open');
	}, []);
	useEffect(() => {
		const onKey = (event: KeyboardEvent): void => {
			if (event.key === 'Escape') onClose();
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [onClose]);
	const dialog = (
		<>
			{host('ngb-modal-backdrop', {class: 'modal-backdrop fade show', style: {zIndex: 1050}})}
			{host(
				'ngb-modal-window',
				{
					ref: windowRef,
					role: 'dialog',
					tabIndex: -1,
					'aria-modal': 'true',
					'aria-labelledby': 'modal-title',
					class: 'modal fade show d-block',
					style: {zIndex: 1055},
				},
				<div role="document" class={`modal-dialog modal-${props.size ?? 'xl'}`}>
					<div class="modal-content">
						<div class="modal-header">
							<h4 class="modal-title" id="modal-title">
								{props.title}
							</h4>
						</div>
						<div class="modal-body">{props.children}</div>
						<div class="modal-footer">{props.footer}</div>
					</div>
				</div>,
			)}
		</>
	);
	// ng-bootstrap appends the modal to body, outside the app's element tree.
	return <>{createPortal(dialog, document.body)}</>;
}
