import type {ComponentChildren, VNode} from 'preact';
import {routePath, type RouteId} from '../state/routes';
import {useStore} from '../state/use-store';

/** A router link: a real `href`, client-side navigation on a plain click (like Angular's routerLink). */
export function RouterLink(props: {
	to: RouteId;
	class?: string;
	current?: boolean;
	onNavigate?: () => void;
	children: ComponentChildren;
}): VNode {
	const store = useStore();
	return (
		<a
			href={routePath(props.to)}
			class={props.class}
			aria-current={props.current ? 'page' : undefined}
			onClick={(event) => {
				if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
				event.preventDefault();
				props.onNavigate?.();
				store.navigate(props.to);
			}}
		>
			{props.children}
		</a>
	);
}
