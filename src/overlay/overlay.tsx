/** @jsxImportSource ./dom */
import {translator, type Translate} from '../shared/catalog';
import type {Child} from './dom/render';
import {Launcher} from './launcher';
import type {OverlayTextKey} from './overlay-texts';
import {ReviewPanel} from './review-panel';
import {RowActions} from './row-actions';
import {StepPanel} from './step-panel';
import {TeachCatcher} from './teach-catcher';
import type {OverlayView, PanelView, UiState} from './view';

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

/**
 * The overlay's tree for a view and the overlay's own state: launcher, step panel, row helpers and the live region
 * (the ring around the target is the content script's own, overlay-client.ts). Built by the background (issue #14), drawn into the shadow root by the content script, which keeps
 * the state, places the panel and moves the keyboard focus (src/content/overlay-client.ts). Pure.
 */
export function overlayTree(view: OverlayView, ui: UiState): Child {
	const t = translator(view.texts.overlay);
	const {panel} = view;
	return (
		<div
			class="overlay"
			lang={view.lang}
			onKeyDown={ui.open ? ['escape', ['ui', {open: false}, '[data-eiam-assist-launcher]']] : undefined}
		>
			{panel?.status === 'teaching' && <TeachCatcher label={t('teach_catcher_label')} />}
			{!panel && !view.review && <RowActions t={t} rows={view.rowActions} />}
			{panel ? (
				<StepPanel t={t} panel={panel} ui={ui} />
			) : view.review ? (
				<ReviewPanel review={view.review} texts={view.texts.reviewPanel} lang={view.lang} />
			) : (
				<Launcher t={t} open={ui.open} guides={view.guides} />
			)}
			<div class="sr-only" aria-live="polite" role="status">
				{panel ? announce(t, panel) : ''}
			</div>
		</div>
	);
}
