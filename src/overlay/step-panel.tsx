/** @jsxImportSource ./dom */
import type {Translate} from '../shared/catalog';
import {confirm} from './confirm';
import {diagnosticsReport} from './diagnostics-report';
import type {JSX} from './dom/jsx-runtime';
import type {Ref} from './dom/render';
import {justificationHelper} from './justification-helper';
import type {OverlayTextKey} from './overlay-texts';
import type {Placement} from './place';
import {RoleHelp} from './role-help';
import type {OverlayActions, PanelView} from './view';

type Props = {
	t: Translate<OverlayTextKey>;
	panel: PanelView;
	position: Placement;
	actions: OverlayActions;
};

export type StepPanel = {
	/** The card while it is shown (not collapsed): the overlay measures and focuses it. */
	readonly panel: Ref<HTMLElement>;
	view(props: Props): JSX.Element;
	/** After a pass: the report copies, a new question gets the keyboard; a card that is gone starts afresh. */
	settle(choice: string | undefined): void;
};

/**
 * The step card. Non-modal: no focus trap, no backdrop; the portal stays fully operable. Escape inside the card
 * asks before cancelling (keys are handled only within our shadow root, never the portal's).
 */
export function stepPanel(redraw: () => void): StepPanel {
	const panel: Ref<HTMLElement> = {current: null};
	const tab: Ref<HTMLButtonElement> = {current: null};
	const firstChoice: Ref<HTMLButtonElement> = {current: null};
	const report = diagnosticsReport();
	const templates = justificationHelper(redraw);
	let confirmingCancel = false;
	let collapsed = false;
	/** The step the cancel question belongs to, and the guide's question shown last (a new one takes the focus). */
	let shownStep: string | undefined;
	let shownChoice: string | undefined;
	const askCancel = (ask: boolean): void => {
		confirmingCancel = ask;
		redraw();
	};
	const collapse = (fold: boolean): void => {
		collapsed = fold;
		redraw();
	};

	const view = ({t, panel: shown, position, actions}: Props): JSX.Element => {
		// A new step takes back an open cancel question. A new status of the same step does not: the portal
		// re-rendering meanwhile (the step waiting, then active again) must not take the question from under the
		// user's pointer between pressing and releasing «yes».
		if (shown.stepId !== shownStep) [shownStep, confirmingCancel] = [shown.stepId, false];
		const onKeyDown = (event: KeyboardEvent): void => {
			if (event.key !== 'Escape') return;
			if (shown.status === 'teaching') actions.teachCancel();
			else if (shown.status === 'done') actions.dismiss();
			else askCancel(true);
		};
		const diagnosticsButton = (
			<button data-eiam-assist-diagnostics onClick={() => actions.diagnostics(true)}>
				{t('panel_diagnostics')}
			</button>
		);

		if (collapsed) {
			return (
				<button ref={tab} class="panel-tab" data-eiam-assist-panel-expand onClick={() => collapse(false)}>
					{t('panel_expand')}
				</button>
			);
		}

		return (
			<section
				ref={panel}
				class="panel"
				style={{
					left: `${position.left}px`,
					top: `${position.top}px`,
					// Unset (''), the style sheet's max-height applies.
					maxHeight: position.maxHeight ? `${position.maxHeight}px` : '',
				}}
				data-eiam-assist-panel
				data-guide={shown.guideId}
				data-step={shown.stepId}
				data-status={shown.status}
				aria-label={shown.title}
				tabIndex={-1}
				onKeyDown={onKeyDown}
			>
				<header class="panel-header">
					<h2>{shown.title}</h2>
					{/* Named by its title, for screen readers too: the dash is hidden from them. */}
					<button class="icon" title={t('panel_collapse')} onClick={() => collapse(true)}>
						<span aria-hidden="true">–</span>
					</button>
				</header>
				{shown.status !== 'done' && shown.stepNumber > 0 && (
					<p class="progress">{t('panel_step_of', shown.stepNumber, shown.stepCount)}</p>
				)}
				{shown.choice ? (
					<div class="choice" role="group" aria-label={t(shown.choice.question)}>
						<p class="instruction">{t(shown.choice.question)}</p>
						{shown.choice.options.map((option, index) => (
							<button
								key={option.value}
								ref={index === 0 ? firstChoice : undefined}
								data-eiam-assist-choice={option.value}
								onClick={() => shown.choice && actions.choose(shown.choice.name, option.value)}
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
								<button class="primary" data-eiam-assist-teach onClick={actions.teach}>
									{t('panel_teach')}
								</button>
							)}
							<button data-eiam-assist-retry onClick={actions.retry}>
								{t('panel_try_again')}
							</button>
							<button data-eiam-assist-skip onClick={actions.skip}>
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
						<button data-eiam-assist-teach-cancel onClick={actions.teachCancel}>
							{t('panel_teach_cancel')}
						</button>
					</div>
				)}
				{shown.diagnostics &&
					report.view({t, report: shown.diagnostics, onClose: () => actions.diagnostics(false)})}
				{shown.privateEmailDomain && (
					<p class="warning" role="alert" data-eiam-assist-warning="private-email">
						{t('warning_private_email', shown.privateEmailDomain)}
					</p>
				)}
				{shown.roles && <RoleHelp roles={shown.roles} />}
				{shown.templates &&
					shown.templates.length > 0 &&
					shown.status !== 'done' &&
					templates.view({t, templates: shown.templates, onUse: actions.useTemplate})}
				{shown.templatesLater && (
					<p class="status" data-eiam-assist-templates-later>
						{t('templates_later')}
					</p>
				)}
				<footer class="actions">
					{shown.status === 'done' ? (
						<button class="primary" data-eiam-assist-close onClick={actions.dismiss}>
							{t('panel_close')}
						</button>
					) : confirmingCancel ? (
						confirm(
							t('panel_cancel_confirm'),
							t('panel_cancel_yes'),
							'data-eiam-assist-cancel-confirm',
							actions.cancel,
							t('panel_cancel_no'),
							() => askCancel(false),
						)
					) : (
						<button data-eiam-assist-cancel onClick={() => askCancel(true)}>
							{t('panel_cancel')}
						</button>
					)}
					{shown.status !== 'lost' && !shown.diagnostics && (
						<details>
							<summary data-eiam-assist-menu>{t('panel_menu')}</summary>
							{diagnosticsButton}
						</details>
					)}
				</footer>
			</section>
		);
	};

	return {
		panel,
		view,
		settle: (choice) => {
			report.settle();
			templates.settle();
			if (!panel.current && !tab.current) {
				[confirmingCancel, collapsed, shownStep, shownChoice] = [false, false, undefined, undefined];
				return;
			}
			// A question needs an answer before anything else: put the keyboard on its first option.
			if (choice !== shownChoice && choice !== undefined) firstChoice.current?.focus();
			shownChoice = choice;
		},
	};
}
