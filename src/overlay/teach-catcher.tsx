/** @jsxImportSource ./dom */
import type {JSX} from './dom/jsx-runtime';
import type {Ref} from './dom/render';

type Props = {label: string; onPick: (x: number, y: number) => void; onCancel: () => void};

/** Swallows an event inside our shadow root: neither the portal's element nor its document listeners get it. */
function swallow(event: Event): void {
	event.preventDefault();
	event.stopPropagation();
}

/**
 * Teach mode's transparent layer over the whole viewport: the user's next click lands here, never on the portal
 * (pointer and mouse events stop in our shadow root), and its point tells the assistant what was under it. It
 * exists only while teaching, so outside teach mode no portal event is ever intercepted. Escape cancels; it takes
 * the keyboard focus so a keyboard user can leave at once (Tab reaches the panel's cancel button too).
 */
export type TeachCatcher = {view(props: Props): JSX.Element; settle(): void};

export function teachCatcher(): TeachCatcher {
	const layer: Ref<HTMLDivElement> = {current: null};
	let focused: HTMLDivElement | null = null;
	return {
		view: ({label, onPick, onCancel}) => (
			<div
				ref={layer}
				class="teach-catcher"
				data-eiam-assist-teach-catcher
				role="application"
				aria-label={label}
				tabIndex={-1}
				onPointerDown={swallow}
				onPointerUp={swallow}
				onMouseDown={swallow}
				onMouseUp={swallow}
				onDblClick={swallow}
				onContextMenu={swallow}
				onClick={(event) => {
					swallow(event);
					onPick(event.clientX, event.clientY);
				}}
				onKeyDown={(event) => {
					if (event.key !== 'Escape') return;
					swallow(event);
					onCancel();
				}}
			/>
		),
		// After a pass: a layer that has just appeared takes the keyboard focus.
		settle: () => {
			const shown = layer.current;
			if (shown && shown !== focused) shown.focus();
			focused = shown;
		},
	};
}
