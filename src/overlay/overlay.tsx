import {useEffect, useMemo, useRef, useState} from 'preact/hooks';
import type {JSX} from 'preact';
import {Launcher} from './launcher';
import {placePanel} from './place';
import {RowActions} from './row-actions';
import {Spotlight} from './spotlight';
import {StepPanel} from './step-panel';
import {overlayTranslator} from './translate';
import type {OverlayActions, OverlayView} from './view';

/** Assumed panel size for placement (its real height varies a little; placement keeps an 8 px gap besides). */
const PANEL_SIZE = {width: 360, height: 280};

/** The root component: launcher, step panel, spotlight, row helpers and the live region. No portal access here. */
export function Overlay({view, actions}: {view: OverlayView; actions: OverlayActions}): JSX.Element {
	const t = useMemo(() => overlayTranslator(view.lang), [view.lang]);
	const [open, setOpen] = useState(false);
	const launcherRef = useRef<HTMLButtonElement>(null);
	const panelRef = useRef<HTMLElement>(null);
	const {panel, viewport} = view;

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
	const corner = placePanel(targetInViewport, PANEL_SIZE, viewport);
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
			{!panel && <RowActions t={t} rows={view.rowActions} onAction={actions.rowAction} />}
			{panel ? (
				<StepPanel t={t} panel={panel} corner={corner} actions={actions} panelRef={panelRef} />
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
