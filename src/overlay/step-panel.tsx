/** @jsxImportSource ./dom */
import type {Translate} from '../shared/catalog';
import {confirm} from './confirm';
import {DiagnosticsReport} from './diagnostics-report';
import {Disclosure} from './disclosure';
import type {JSX} from './dom/jsx-runtime';
import {JustificationHelper} from './justification-helper';
import type {OverlayTextKey} from './overlay-texts';
import {RoleHelp} from './role-help';
import type {Action, PanelView, UiState} from './view';

type Props = {t: Translate<OverlayTextKey>; panel: PanelView; ui: UiState};

/**
 * The step card. Non-modal: no focus trap, no backdrop; the portal stays fully operable. Escape inside the card
 * asks before cancelling (keys are handled only within our shadow root, never the portal's). The cancel question
 * belongs to its step: a new step takes it back, a new status of the same step does not (the portal re-rendering
 * meanwhile, the step waiting and then active again, must not take the question from under the user's pointer
 * between pressing and releasing «yes»). The content script places the card (overlay-client.ts).
 */
export function StepPanel({t, panel: shown, ui}: Props): JSX.Element {
	const confirmingCancel = ui.cancelFor === shown.stepId;
	const askCancel: Action = ['ui', {cancelFor: shown.stepId}];
	const {choice} = shown;
	const diagnosticsButton = (
		<button data-eiam-assist-diagnostics onClick={['diagnostics', true]}>
			{t('panel_diagnostics')}
		</button>
	);

	if (ui.collapsed) {
		return (
			<button class="panel-tab" data-eiam-assist-panel-expand onClick={['ui', {collapsed: false}]}>
				{t('panel_expand')}
			</button>
		);
	}

	return (
		<section
			class="panel"
			data-eiam-assist-panel
			data-guide={shown.guideId}
			data-step={shown.stepId}
			data-status={shown.status}
			aria-label={shown.title}
			tabIndex={-1}
			onKeyDown={[
				'escape',
				shown.status === 'teaching' ? ['teach-cancel'] : shown.status === 'done' ? ['dismiss'] : askCancel,
			]}
		>
			<header class="panel-header">
				<h2>{shown.title}</h2>
				{/* Named by its title, for screen readers too: the dash is hidden from them. */}
				<button class="icon" title={t('panel_collapse')} onClick={['ui', {collapsed: true}]}>
					<span aria-hidden="true">–</span>
				</button>
			</header>
			{shown.status !== 'done' && shown.stepNumber > 0 && (
				<p class="progress">{t('panel_step_of', shown.stepNumber, shown.stepCount)}</p>
			)}
			{choice ? (
				<div class="choice" role="group" aria-label={t(choice.question)}>
					<p class="instruction">{t(choice.question)}</p>
					{choice.options.map((option) => (
						<button
							key={option.value}
							data-eiam-assist-choice={option.value}
							onClick={['choose', choice.name, option.value]}
						>
							{t(option.label)}
						</button>
					))}
				</div>
			) : shown.status === 'done' ? (
				<p class="instruction done">{t('panel_done')}</p>
			) : (
				<p class="instruction">{shown.instruction}</p>
			)}
			{shown.pickedUp && (
				<p class="status" data-eiam-assist-picked-up={shown.stepId}>
					{t('panel_picked_up', shown.stepNumber)}
				</p>
			)}
			{shown.status === 'waiting' && (
				<p class="status">
					{shown.waitingForPage ? t('panel_status_waiting_page') : t('panel_status_waiting')}
				</p>
			)}
			{shown.learnedNotice?.kind === 'dropped' && (
				<p class="status" data-eiam-assist-learned-dropped>
					{t('panel_learned_dropped')}
				</p>
			)}
			{shown.learnedNotice?.kind === 'learned' && shown.status === 'active' && (
				<p class="status" data-eiam-assist-learned>
					{t('panel_teach_learned', shown.learnedNotice.name)}
				</p>
			)}
			{shown.status === 'lost' && (
				<div class="lost" role="alert">
					<p>{t('panel_status_lost', shown.targetLabel ?? '')}</p>
					{shown.hint && <p>{t('panel_lost_where', shown.hint)}</p>}
					<div class="actions">
						{shown.canTeach && (
							<button class="primary" data-eiam-assist-teach onClick={['teach']}>
								{t('panel_teach')}
							</button>
						)}
						<button data-eiam-assist-retry onClick={['retry']}>
							{t('panel_try_again')}
						</button>
						<button data-eiam-assist-skip onClick={['skip']}>
							{t('panel_skip')}
						</button>
						{!shown.diagnostics && diagnosticsButton}
					</div>
				</div>
			)}
			{shown.status === 'teaching' && (
				<div data-eiam-assist-teaching>
					<p class="instruction">{t('panel_teaching', shown.targetLabel ?? '')}</p>
					{shown.teachRetry && (
						<p class="warning" role="alert" data-eiam-assist-teach-retry>
							{t('panel_teach_not_interactive')}
						</p>
					)}
					<button data-eiam-assist-teach-cancel onClick={['teach-cancel']}>
						{t('panel_teach_cancel')}
					</button>
				</div>
			)}
			{shown.diagnostics && <DiagnosticsReport t={t} report={shown.diagnostics} />}
			{shown.privateEmailDomain && (
				<p class="warning" role="alert" data-eiam-assist-warning="private-email">
					{t('warning_private_email', shown.privateEmailDomain)}
				</p>
			)}
			{shown.roles && <RoleHelp roles={shown.roles} open={ui.roles === true} />}
			{shown.templates && shown.templates.length > 0 && shown.status !== 'done' && (
				<JustificationHelper t={t} templates={shown.templates} pending={ui.template} />
			)}
			{shown.templatesLater && (
				<p class="status" data-eiam-assist-templates-later>
					{t('templates_later')}
				</p>
			)}
			<footer class="actions">
				{shown.status === 'done' ? (
					<button class="primary" data-eiam-assist-close onClick={['dismiss']}>
						{t('panel_close')}
					</button>
				) : confirmingCancel ? (
					confirm(
						t('panel_cancel_confirm'),
						t('panel_cancel_yes'),
						'data-eiam-assist-cancel-confirm',
						['cancel'],
						t('panel_cancel_no'),
						['ui', {cancelFor: ''}],
					)
				) : (
					<button data-eiam-assist-cancel onClick={askCancel}>
						{t('panel_cancel')}
					</button>
				)}
				{shown.status !== 'lost' && !shown.diagnostics && (
					<Disclosure
						open={ui.menu === true}
						toggle={['ui', {menu: !ui.menu}]}
						label={t('panel_menu')}
						marker="data-eiam-assist-menu"
						id="eiam-assist-panel-menu"
					>
						{diagnosticsButton}
					</Disclosure>
				)}
			</footer>
		</section>
	);
}
