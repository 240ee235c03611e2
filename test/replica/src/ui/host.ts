import {h, type ComponentChildren, type HTMLAttributes, type VNode} from 'preact';

/**
 * Angular renders every component as a custom element (`ob-master-layout`, `p-table`, `ngb-modal-window`, …).
 * Preact's JSX types know only HTML tags, so these host elements are created through `host()`.
 */
export type HostTag =
	| 'ob-master-layout'
	| 'ob-master-layout-header'
	| 'ob-master-layout-navigation'
	| 'ob-master-layout-footer'
	| 'ob-notification'
	| 'ob-alert'
	| 'ob-column-layout'
	| 'ob-sticky'
	| 'ob-spinner'
	| 'router-outlet'
	| 'p-table'
	| 'p-treetable'
	| 'p-treetabletoggler'
	| 'p-paginator'
	| 'p-dropdown'
	| 'p-listbox'
	| 'ngb-modal-window'
	| 'ngb-modal-backdrop'
	| `app-${string}`;

export function host(tag: HostTag, props: HTMLAttributes<HTMLElement> | null, ...children: ComponentChildren[]): VNode {
	// Custom elements take the same attributes as any HTML element; the cast only widens the tag name.
	return h(tag as 'div', props as HTMLAttributes<HTMLDivElement> | null, ...children);
}

/**
 * Attributes Angular leaves on elements from directive selectors in templates (`ngbdropdown=""`,
 * `ngbdropdowntoggle=""`, `pinputtext=""`); spread them: `<div {...ng('ngbdropdown')}>`.
 */
export function ng(...names: string[]): Record<string, string> {
	return Object.fromEntries(names.map((name) => [name, '']));
}
