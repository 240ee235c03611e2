/** @jsxImportSource ./dom */
import {translator, type Translate} from '../shared/catalog';
import type {JSX} from './dom/jsx-runtime';
import type {Child, Ref} from './dom/render';
import {Launcher} from './launcher';
import type {OverlayTextKey} from './overlay-texts';
import {placePanel} from './place';
import {ReviewPanel} from './review-panel';
import {RowActions} from './row-actions';
import {Spotlight} from './spotlight';
import {stepPanel} from './step-panel';
import {teachCatcher} from './teach-catcher';
import type {OverlayActions, OverlayView, PanelView} from './view';

/** The panel's size before its first measurement; afterwards its real size is used. */
const INITIAL_PANEL_SIZE = {width: 360, height: 320};
/** Keep in step with `.panel { max-height }` in overlay.css. */
const PANEL_MAX_HEIGHT = 460;

/** What the live region says for the panel's state (teach mode's changes included). */
function announce(t: Translate<OverlayTextKey>, panel: PanelView): string {
	if (panel.status === 'done') return t('panel_done');
	if (panel.choice) return t(panel.choice.question);
	if (panel.status === 'teaching')
		return panel.teachRetry ? t('panel_teach_not_interactive') : t('panel_teaching', panel.targetLabel ?? '');
	const lost = panel.status === 'lost';
	const notice = panel.learnedNotice;
	// Said first: a dropped learned target always, a cancelled teach mode while the step is still lost, a learned
	// target while it is marked.
	const news =
		notice?.kind === 'dropped'
			? t('panel_learned_dropped')
			: notice?.kind === 'cancelled' && lost
				? t('panel_teach_cancelled')
				: notice?.kind === 'learned' && panel.status === 'active'
					? t('panel_teach_learned', notice.name)
					: undefined;
	const text = lost ? t('panel_status_lost', panel.targetLabel ?? '') : (panel.instruction ?? '');
	return news ? `${news} ${text}` : text;
}

export type Overlay = {show(view: OverlayView): void};

/**
 * The root: launcher, step panel, spotlight, row helpers and the live region. No portal access here. `show` draws a
 * view; the little state of its own (launcher open, panel size, the parts' questions) redraws the last view.
 * `draw` renders a tree into the overlay's shadow root (mount.ts).
 */
export function overlay(draw: (tree: Child) => void, actions: OverlayActions): Overlay {
	const launcher: Ref<HTMLButtonElement> = {current: null};
	const catcher = teachCatcher();
	let shown: OverlayView | undefined;
	let open = false;
	let panelSize = INITIAL_PANEL_SIZE;
	let focusRequest = 0;

	const setOpen = (value: boolean, focus = false): void => {
		open = value;
		redraw();
		if (focus) launcher.current?.focus();
	};

	const redraw = (): void => {
		const view = shown;
		if (!view) return;
		// Our own element: measuring it costs no portal layout. Re-place only when its size really changed.
		for (let pass = 0; pass < 3 && drawPass(view); pass++);
		catcher.settle();
		step.settle(view.panel?.choice?.name);
		if (view.focusRequest === focusRequest) return;
		focusRequest = view.focusRequest;
		if (step.panel.current) step.panel.current.focus();
		else setOpen(!open, true);
	};
	const step = stepPanel(redraw);

	/** Draws the view; true when the panel's measured size changed, so it must be placed again. */
	const drawPass = (view: OverlayView): boolean => {
		draw(tree(view));
		const element = step.panel.current;
		if (!element) return false;
		// scrollHeight: the natural height, also while a maxHeight makes it scroll (placement stays stable).
		const size = {
			width: element.offsetWidth,
			height: Math.min(element.scrollHeight, PANEL_MAX_HEIGHT, view.viewport.height - 32),
		};
		const changed = size.width !== panelSize.width || size.height !== panelSize.height;
		if (changed) panelSize = size;
		return changed;
	};

	const tree = (view: OverlayView): JSX.Element => {
		const t = translator(view.texts.overlay);
		const {panel, viewport} = view;
		const targetInViewport = panel?.targetRect && {
			...panel.targetRect,
			top: panel.targetRect.top - viewport.scrollY,
			left: panel.targetRect.left - viewport.scrollX,
		};
		const position = placePanel(targetInViewport, panelSize, viewport);
		return (
			<div
				class="overlay"
				lang={view.lang}
				onKeyDown={(event) => {
					if (event.key === 'Escape' && open) setOpen(false, true);
				}}
			>
				{panel?.targetRect && panel.status === 'active' && <Spotlight rect={panel.targetRect} />}
				{panel?.status === 'teaching' &&
					catcher.view({
						label: t('teach_catcher_label'),
						onPick: actions.teachPick,
						onCancel: actions.teachCancel,
					})}
				{!panel && !view.review && <RowActions t={t} rows={view.rowActions} onAction={actions.rowAction} />}
				{panel ? (
					step.view({t, panel, position, actions})
				) : view.review ? (
					<ReviewPanel review={view.review} texts={view.texts.reviewPanel} actions={actions} />
				) : (
					<Launcher
						t={t}
						open={open}
						guides={view.guides}
						buttonRef={launcher}
						onToggle={() => setOpen(!open)}
						onStart={(id) => {
							setOpen(false);
							actions.start(id);
						}}
					/>
				)}
				<div class="sr-only" aria-live="polite" role="status">
					{panel ? announce(t, panel) : ''}
				</div>
			</div>
		);
	};

	return {
		show(view) {
			shown = view;
			redraw();
		},
	};
}
