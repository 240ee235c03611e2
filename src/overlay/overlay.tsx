import type {JSX} from 'preact';
import {useEffect, useLayoutEffect, useMemo, useRef, useState} from 'preact/hooks';
import {translator, type Translate} from '../shared/catalog';
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

/** The root component: launcher, step panel, spotlight, row helpers and the live region. No portal access here. */
export function Overlay({view, actions}: {view: OverlayView; actions: OverlayActions}): JSX.Element {
	const t = useMemo(() => translator(view.texts.overlay), [view.texts]);
	const [open, setOpen] = useState(false);
	const launcherRef = useRef<HTMLButtonElement>(null);
	const panelRef = useRef<HTMLElement>(null);
	const [panelSize, setPanelSize] = useState(INITIAL_PANEL_SIZE);
	const {panel, viewport} = view;

	// Our own element: measuring it costs no portal layout. Re-place only when its size really changed.
	useLayoutEffect(() => {
		const element = panelRef.current;
		if (!element) return;
		// scrollHeight: the natural height, also while a maxHeight makes it scroll (placement stays stable).
		const size = {
			width: element.offsetWidth,
			height: Math.min(element.scrollHeight, PANEL_MAX_HEIGHT, viewport.height - 32),
		};
		if (size.width !== panelSize.width || size.height !== panelSize.height) setPanelSize(size);
	});

	useEffect(() => {
		if (view.focusRequest === 0) return;
		if (panelRef.current) panelRef.current.focus();
		else {
			setOpen((wasOpen) => !wasOpen);
			launcherRef.current?.focus();
		}
	}, [view.focusRequest]);

	const targetInViewport = panel?.targetRect && {
		...panel.targetRect,
		top: panel.targetRect.top - viewport.scrollY,
		left: panel.targetRect.left - viewport.scrollX,
	};
	const position = placePanel(targetInViewport, panelSize, viewport);
	const announcement = panel ? announce(t, panel) : '';

	return (
		<div
			class="overlay"
			lang={view.lang}
			onKeyDown={(event) => {
				if (event.key === 'Escape' && open) {
					setOpen(false);
					launcherRef.current?.focus();
				}
			}}
		>
			{panel?.targetRect && panel.status === 'active' && <Spotlight rect={panel.targetRect} />}
			{panel?.status === 'teaching' && (
				<TeachCatcher
					label={t('teach_catcher_label')}
					onPick={actions.teachPick}
					onCancel={actions.teachCancel}
				/>
			)}
			{!panel && !view.review && <RowActions t={t} rows={view.rowActions} onAction={actions.rowAction} />}
			{panel ? (
				<StepPanel t={t} panel={panel} position={position} actions={actions} panelRef={panelRef} />
			) : view.review ? (
				<ReviewPanel review={view.review} texts={view.texts.reviewPanel} actions={actions} />
			) : (
				<Launcher
					t={t}
					open={open}
					guides={view.guides}
					buttonRef={launcherRef}
					onToggle={() => setOpen(!open)}
					onStart={(id) => {
						setOpen(false);
						actions.start(id);
					}}
				/>
			)}
			<div class="sr-only" aria-live="polite" role="status">
				{announcement}
			</div>
		</div>
	);
}
