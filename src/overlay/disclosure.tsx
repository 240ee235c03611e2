/** @jsxImportSource ./dom */
import type {JSX} from './dom/jsx-runtime';
import type {Child} from './dom/render';
import type {Action} from './view';

type Props = {
	open: boolean;
	/** What the toggle does: flips the overlay's state that `open` comes from (src/overlay/view.ts `UiState`). */
	toggle: Action;
	label: string;
	/** The toggle's data attribute (testing contract, and how overlay-client.ts sees it go). */
	marker: string;
	/** The folded part's id, named by the toggle's aria-controls. */
	id: string;
	children?: Child;
};

/**
 * A part of the overlay folded away behind a toggle button (aria-expanded), drawn only while unfolded. Not a
 * `<details>`: while a closed one is anywhere in the portal's document, Chromium pays for it on every node the portal
 * inserts or removes, ours or not (test/bench rerender: +10–14 ms, ~5 %, on each 10,000-row re-render of the user list
 * while the step panel showed one; test/bench/README.md).
 */
export function Disclosure({open, toggle, label, marker, id, children}: Props): JSX.Element {
	return (
		<div>
			<button aria-expanded={open} aria-controls={id} {...{[marker]: true}} onClick={toggle}>
				<span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
				{label}
			</button>
			{open && <div id={id}>{children}</div>}
		</div>
	);
}
