/** @jsxImportSource ./dom */
import type {JSX} from './dom/jsx-runtime';

/**
 * Teach mode's transparent layer over the whole viewport: the user's next click lands here, never on the portal
 * (pointer and mouse events stop in our shadow root), and its point tells the assistant what was under it. It
 * exists only while teaching, so outside teach mode no portal event is ever intercepted. Escape cancels; it takes
 * the keyboard focus when it appears (overlay-client.ts) so a keyboard user can leave at once (Tab reaches the
 * panel's cancel button too).
 */
export function TeachCatcher({label}: {label: string}): JSX.Element {
	return (
		<div
			class="teach-catcher"
			data-eiam-assist-teach-catcher
			role="application"
			aria-label={label}
			tabIndex={-1}
			onPointerDown={['swallow']}
			onPointerUp={['swallow']}
			onMouseDown={['swallow']}
			onMouseUp={['swallow']}
			onDblClick={['swallow']}
			onContextMenu={['swallow']}
			onClick={['pick']}
			onKeyDown={['escape', ['teach-cancel'], true]}
		/>
	);
}
