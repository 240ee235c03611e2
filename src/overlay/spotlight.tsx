/** @jsxImportSource ./dom */
import type {JSX} from './dom/jsx-runtime';
import type {Rect} from './view';

/**
 * A ring around the target, in document coordinates so the compositor moves it with the page for free
 * (PERFORMANCE.md). `pointer-events: none`: the portal's control underneath stays fully clickable.
 */
export function Spotlight({rect}: {rect: Rect}): JSX.Element {
	const pad = 4;
	return (
		<div
			class="spotlight"
			aria-hidden="true"
			style={{
				top: `${rect.top - pad}px`,
				left: `${rect.left - pad}px`,
				width: `${rect.width + pad * 2}px`,
				height: `${rect.height + pad * 2}px`,
			}}
		/>
	);
}
