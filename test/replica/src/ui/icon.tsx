import type {VNode} from 'preact';

/** Font Awesome names the portal uses (OBLIQUE-DOM.md §4); styles.css draws them with SVG masks. */
export type IconName =
	| 'pencil'
	| 'info-circle'
	| 'trash'
	| 'toggle-off'
	| 'toggle-on'
	| 'paper-plane'
	| 'arrow-circle-right'
	| 'user'
	| 'plus-square'
	| 'plus-circle'
	| 'print'
	| 'calendar'
	| 'times'
	| 'check'
	| 'info';

/** `<span class="fa fa-pencil" aria-hidden="true"></span>`, as Oblique apps write Font Awesome icons. */
export function Icon({name}: {name: IconName}): VNode {
	return <span class={`fa fa-${name}`} aria-hidden="true" />;
}
