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
import {StepPanel} from './step-panel';
import {TeachCatcher} from './teach-catcher';
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
	if (panel.status === 'lost') {
		const lost = t('panel_status_lost', panel.targetLabel ?? '');
		const notice = panel.learnedNotice?.kind;
		if (notice === 'dropped') return `${t('panel_learned_dropped')} ${lost}`;
		return notice === 'cancelled' ? `${t('panel_teach_cancelled')} ${lost}` : lost;
	}
	if (panel.learnedNotice?.kind === 'learned' && panel.status === 'active')
		return `${t('panel_teach_learned', panel.learnedNotice.name)} ${panel.instruction ?? ''}`;
	if (panel.learnedNotice?.kind === 'dropped') return `${t('panel_learned_dropped')} ${panel.instruction ?? ''}`;
	return panel.instruction ?? '';
}

/**
 * The root: launcher, step panel, spotlight, row helpers and the live region. No portal access here. `show` draws a
 * view; the little state of its own (launcher open, panel size, the parts' questions) redraws the last view.
 */
export class Overlay {
	readonly #draw: (tree: Child) => void;
	readonly #actions: OverlayActions;
	readonly #launcher: Ref<HTMLButtonElement> = {current: null};
	readonly #step: StepPanel;
	readonly #catcher = new TeachCatcher();
	#view: OverlayView | undefined;
	#open = false;
	#panelSize = INITIAL_PANEL_SIZE;
	#focusRequest = 0;

	/** `draw` renders a tree into the overlay's shadow root (mount.ts). */
	constructor(draw: (tree: Child) => void, actions: OverlayActions) {
		[this.#draw, this.#actions] = [draw, actions];
		this.#step = new StepPanel(() => this.#redraw());
	}

	show(view: OverlayView): void {
		this.#view = view;
		this.#redraw();
	}

	#setOpen(open: boolean, focus = false): void {
		this.#open = open;
		this.#redraw();
		if (focus) this.#launcher.current?.focus();
	}

	#redraw(): void {
		const view = this.#view;
		if (!view) return;
		// Our own element: measuring it costs no portal layout. Re-place only when its size really changed.
		for (let pass = 0; pass < 3 && this.#pass(view); pass++);
		this.#catcher.settle();
		this.#step.settle(view.panel?.choice?.name);
		if (view.focusRequest === this.#focusRequest) return;
		this.#focusRequest = view.focusRequest;
		if (this.#step.panel.current) this.#step.panel.current.focus();
		else this.#setOpen(!this.#open, true);
	}

	/** Draws the view; true when the panel's measured size changed, so it must be placed again. */
	#pass(view: OverlayView): boolean {
		this.#draw(this.#tree(view));
		const element = this.#step.panel.current;
		if (!element) return false;
		// scrollHeight: the natural height, also while a maxHeight makes it scroll (placement stays stable).
		const size = {
			width: element.offsetWidth,
			height: Math.min(element.scrollHeight, PANEL_MAX_HEIGHT, view.viewport.height - 32),
		};
		const changed = size.width !== this.#panelSize.width || size.height !== this.#panelSize.height;
		if (changed) this.#panelSize = size;
		return changed;
	}

	#tree(view: OverlayView): JSX.Element {
		const t = translator(view.texts.overlay);
		const actions = this.#actions;
		const {panel, viewport} = view;
		const targetInViewport = panel?.targetRect && {
			...panel.targetRect,
			top: panel.targetRect.top - viewport.scrollY,
			left: panel.targetRect.left - viewport.scrollX,
		};
		const position = placePanel(targetInViewport, this.#panelSize, viewport);
		return (
			<div
				class="overlay"
				lang={view.lang}
				onKeyDown={(event) => {
					if (event.key === 'Escape' && this.#open) this.#setOpen(false, true);
				}}
			>
				{panel?.targetRect && panel.status === 'active' && <Spotlight rect={panel.targetRect} />}
				{panel?.status === 'teaching' &&
					this.#catcher.view({
						label: t('teach_catcher_label'),
						onPick: actions.teachPick,
						onCancel: actions.teachCancel,
					})}
				{!panel && !view.review && <RowActions t={t} rows={view.rowActions} onAction={actions.rowAction} />}
				{panel ? (
					this.#step.view({t, panel, position, actions})
				) : view.review ? (
					<ReviewPanel review={view.review} texts={view.texts.reviewPanel} actions={actions} />
				) : (
					<Launcher
						t={t}
						open={this.#open}
						guides={view.guides}
						buttonRef={this.#launcher}
						onToggle={() => this.#setOpen(!this.#open)}
						onStart={(id) => {
							this.#setOpen(false);
							actions.start(id);
						}}
					/>
				)}
				<div class="sr-only" aria-live="polite" role="status">
					{panel ? announce(t, panel) : ''}
				</div>
			</div>
		);
	}
}
