import type {VNode} from 'preact';
import {createPortal} from 'preact/compat';
import {useId, useRef, useState} from 'preact/hooks';
import {useStore} from '../state/use-store';
import {ng} from './host';
import {Icon, type IconName} from './icon';
import {useDismiss} from './outside';

export type MenuItem = {
	icon: IconName;
	label: string;
	onSelect: () => void;
	disabled?: boolean;
};

export type ActionGroupProps = {
	/** The left, icon-only button (pencil / info-circle); omitted = toggle only. */
	main?: {icon: IconName; onClick?: () => void; label: string};
	/** Accessible name of the chevron, used only with the `iconlabels` scenario flag. */
	toggleLabel: string;
	items: readonly MenuItem[];
	/** Extra class on the btn-group (e.g. to tell row and profile menus apart in CSS). */
	class?: string;
};

/** The body-level container ng-bootstrap (container="body") / the CDK use for overlays; created on first use. */
function overlayContainer(doc: Document): HTMLElement {
	const existing = doc.querySelector<HTMLElement>('body > div.cdk-overlay-container');
	if (existing) return existing;
	const container = doc.createElement('div');
	container.className = 'cdk-overlay-container';
	doc.body.append(container);
	return container;
}

/**
 * A Bootstrap split button group with an ng-bootstrap dropdown (OBLIQUE-DOM.md §5):
 * `div.btn-group[ngbdropdown] > button.btn.btn-secondary.btn-sm + button.dropdown-toggle[aria-haspopup][aria-expanded]
 *  + div.dropdown-menu.dropdown-menu-right > button.dropdown-item`.
 * Inline (default) the menu is always in the DOM and shown with `.show`, like ngbDropdownMenu. With the scenario
 * flag `menus=body` it is rendered only while open, in `body > div.cdk-overlay-container > div.cdk-overlay-pane`.
 */
export function ActionGroup({main, toggleLabel, items, class: className}: ActionGroupProps): VNode {
	const store = useStore();
	const [open, setOpen] = useState(false);
	const [position, setPosition] = useState<{top: number; left: number}>({top: 0, left: 0});
	const group = useRef<HTMLDivElement>(null);
	const toggle = useRef<HTMLButtonElement>(null);
	const menu = useRef<HTMLDivElement>(null);
	const id = useId();
	const toggleId = `dropdown-toggle-${id}`;
	const menuId = `dropdown-menu-${id}`;
	const inBody = store.scenario.menus === 'body';
	const labelled = store.scenario.iconLabels;

	useDismiss(open, [group, menu], (how) => {
		setOpen(false);
		if (how === 'escape') toggle.current?.focus();
	});

	const onToggle = (): void => {
		// The unit tree's chevron: the screenshots never show its menu, so it opens nothing.
		if (items.length === 0) return;
		if (!open && inBody && toggle.current) {
			const rect = toggle.current.getBoundingClientRect();
			const view = toggle.current.ownerDocument.defaultView;
			setPosition({top: rect.bottom + (view?.scrollY ?? 0) + 2, left: rect.right + (view?.scrollX ?? 0)});
		}
		setOpen(!open);
	};

	const menuNode = (
		<div
			ref={menu}
			id={menuId}
			class={`dropdown-menu dropdown-menu-right${open ? ' show' : ''}`}
			{...ng('ngbdropdownmenu')}
			aria-labelledby={toggleId}
			x-placement={open ? 'bottom-right' : undefined}
		>
			{items.map((item) => (
				<button
					key={item.label}
					type="button"
					class={`dropdown-item${item.disabled ? ' disabled' : ''}`}
					disabled={item.disabled}
					onClick={() => {
						setOpen(false);
						item.onSelect();
					}}
				>
					<Icon name={item.icon} /> {item.label}
				</button>
			))}
		</div>
	);

	return (
		<div
			ref={group}
			class={`btn-group${open ? ' show' : ''}${className ? ` ${className}` : ''}`}
			{...ng('ngbdropdown')}
		>
			{main && (
				<button
					type="button"
					class="btn btn-secondary btn-sm"
					aria-label={labelled ? main.label : undefined}
					title={labelled ? main.label : undefined}
					onClick={main.onClick}
				>
					<Icon name={main.icon} />
				</button>
			)}
			<button
				ref={toggle}
				id={toggleId}
				type="button"
				class="btn btn-secondary btn-sm dropdown-toggle dropdown-toggle-split"
				{...ng('ngbdropdowntoggle')}
				aria-haspopup="true"
				aria-expanded={open ? 'true' : 'false'}
				aria-controls={open ? menuId : undefined}
				aria-label={labelled ? toggleLabel : undefined}
				title={labelled ? toggleLabel : undefined}
				onClick={onToggle}
			/>
			{!inBody && items.length > 0 && menuNode}
			{inBody &&
				open &&
				createPortal(
					<div class="cdk-overlay-pane" style={{top: `${position.top}px`, left: `${position.left}px`}}>
						{menuNode}
					</div>,
					overlayContainer(toggle.current?.ownerDocument ?? document),
				)}
		</div>
	);
}
