import type {JSX} from 'preact';
import {useEffect, useLayoutEffect, useMemo, useRef, useState} from 'preact/hooks';
import {translator} from '../shared/catalog';
import {Launcher} from './launcher';
import {OVERLAY_TEXTS} from './overlay-texts';
import {placePanel} from './place';
import {ReviewPanel} from './review-panel';
import {RowActions} from './row-actions';
import {Spotlight} from './spotlight';
import {StepPanel} from './step-panel';
import type {OverlayActions, OverlayView} from './view';

/** The panel's size before its first measurement; afterwards its real size is used. */
const INITIAL_PANEL_SIZE = {width: 360, height: 320};
/** Keep in step with `.panel { max-height }` in overlay.css. */
const PANEL_MAX_HEIGHT = 460;

/** The root component: launcher, step panel, spotlight, row helpers and the live region. No portal access here. */
export function Overlay({view, actions}: {view: OverlayView; actions: OverlayActions}): JSX.Element {
	const t = useMemo(() => translator(OVERLAY_TEXTS[view.lang]), [view.lang]);
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
	const announcement = panel
		? panel.status === 'done'
			? t('panel_done')
			: panel.choice
				? t(panel.choice.question)
				: panel.status === 'lost'
					? t('panel_status_lost', panel.targetLabel ?? '')
					: (panel.instruction ?? '')
		: '';

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
			{!panel && !view.review && <RowActions t={t} rows={view.rowActions} onAction={actions.rowAction} />}
			{panel ? (
				<StepPanel t={t} panel={panel} position={position} actions={actions} panelRef={panelRef} />
			) : view.review ? (
				<ReviewPanel review={view.review} lang={view.lang} actions={actions} />
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
