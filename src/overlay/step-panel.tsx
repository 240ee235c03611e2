/** @jsxImportSource ./dom */
import type {Translate} from '../shared/catalog';
import {DiagnosticsReport} from './diagnostics-report';
import type {JSX} from './dom/jsx-runtime';
import type {Ref} from './dom/render';
import {JustificationHelper} from './justification-helper';
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

/** Opens the diagnostics report: among the lost step's buttons, else under *More*. */
function diagnosticsButton(t: Translate<OverlayTextKey>, actions: OverlayActions): JSX.Element {
	return (
		<button type="button" data-eiam-assist-diagnostics onClick={() => actions.diagnostics(true)}>
			{t('panel_diagnostics')}
		</button>
	);
}

/**
 * The step card. Non-modal: no focus trap, no backdrop; the portal stays fully operable. Escape inside the card
 * asks before cancelling (keys are handled only within our shadow root, never the portal's).
 */
export class StepPanel {
	/** The card while it is shown (not collapsed): the overlay measures and focuses it. */
	readonly panel: Ref<HTMLElement> = {current: null};
	readonly #tab: Ref<HTMLButtonElement> = {current: null};
	readonly #firstChoice: Ref<HTMLButtonElement> = {current: null};
	readonly #redraw: () => void;
	readonly #report = new DiagnosticsReport();
	readonly #templates: JustificationHelper;
	#confirmingCancel = false;
	#collapsed = false;
	/** The step and status the cancel question belongs to; the question of the question focused last. */
	#step: string | undefined;
	#choice: string | undefined;

	constructor(redraw: () => void) {
		this.#redraw = redraw;
		this.#templates = new JustificationHelper(redraw);
	}

	#set(state: {confirmingCancel?: boolean; collapsed?: boolean}): void {
		this.#confirmingCancel = state.confirmingCancel ?? this.#confirmingCancel;
		this.#collapsed = state.collapsed ?? this.#collapsed;
		this.#redraw();
	}

	view({t, panel, position, actions}: Props): JSX.Element {
		// A new step or status takes back an open cancel question.
		const step = `${panel.stepId} ${panel.status}`;
		if (step !== this.#step) [this.#step, this.#confirmingCancel] = [step, false];
		const confirmingCancel = this.#confirmingCancel;
		const onKeyDown = (event: KeyboardEvent): void => {
			if (event.key !== 'Escape') return;
			if (panel.status === 'teaching') actions.teachCancel();
			else if (panel.status === 'done') actions.dismiss();
			else this.#set({confirmingCancel: true});
		};

		if (this.#collapsed) {
			return (
				<button
					ref={this.#tab}
					type="button"
					class="panel-tab"
					data-eiam-assist-panel-expand
					onClick={() => this.#set({collapsed: false})}
				>
					{t('panel_expand')}
				</button>
			);
		}

		return (
			<section
				ref={this.panel}
				class="panel"
				style={{
					left: `${position.left}px`,
					top: `${position.top}px`,
					...(position.maxHeight === undefined ? {} : {maxHeight: `${position.maxHeight}px`}),
				}}
				data-eiam-assist-panel
				data-guide={panel.guideId}
				data-step={panel.stepId}
				data-status={panel.status}
				aria-label={panel.title}
				tabIndex={-1}
				onKeyDown={onKeyDown}
			>
				<header class="panel-header">
					<h2>{panel.title}</h2>
					<button
						type="button"
						class="icon"
						title={t('panel_collapse')}
						aria-label={t('panel_collapse')}
						onClick={() => this.#set({collapsed: true})}
					>
						<span aria-hidden="true">–</span>
					</button>
				</header>
				{panel.status !== 'done' && panel.stepNumber > 0 && (
					<p class="progress">{t('panel_step_of', panel.stepNumber, panel.stepCount)}</p>
				)}
				{panel.choice ? (
					<div class="choice" role="group" aria-label={t(panel.choice.question)}>
						<p class="instruction">{t(panel.choice.question)}</p>
						{panel.choice.options.map((option, index) => (
							<button
								type="button"
								key={option.value}
								ref={index === 0 ? this.#firstChoice : undefined}
								data-eiam-assist-choice={option.value}
								onClick={() => panel.choice && actions.choose(panel.choice.name, option.value)}
							>
								{t(option.label)}
							</button>
						))}
					</div>
				) : panel.status === 'done' ? (
					<p class="instruction done">{t('panel_done')}</p>
				) : (
					<p class="instruction">{panel.instruction}</p>
				)}
				{panel.pickedUp && (
					<p class="status" data-eiam-assist-picked-up={panel.stepId}>
						{t('panel_picked_up', panel.stepNumber)}
					</p>
				)}
				{panel.status === 'waiting' && (
					<p class="status">
						{panel.waitingForPage ? t('panel_status_waiting_page') : t('panel_status_waiting')}
					</p>
				)}
				{panel.learnedNotice?.kind === 'dropped' && (
					<p class="status" data-eiam-assist-learned-dropped>
						{t('panel_learned_dropped')}
					</p>
				)}
				{panel.learnedNotice?.kind === 'learned' && panel.status === 'active' && (
					<p class="status" data-eiam-assist-learned>
						{t('panel_teach_learned', panel.learnedNotice.name)}
					</p>
				)}
				{panel.status === 'lost' && (
					<div class="lost" role="alert">
						<p>{t('panel_status_lost', panel.targetLabel ?? '')}</p>
						{panel.hint && <p>{t('panel_lost_where', panel.hint)}</p>}
						<div class="actions">
							{panel.canTeach && (
								<button type="button" class="primary" data-eiam-assist-teach onClick={actions.teach}>
									{t('panel_teach')}
								</button>
							)}
							<button type="button" data-eiam-assist-retry onClick={actions.retry}>
								{t('panel_try_again')}
							</button>
							<button type="button" data-eiam-assist-skip onClick={actions.skip}>
								{t('panel_skip')}
							</button>
							{!panel.diagnostics && diagnosticsButton(t, actions)}
						</div>
					</div>
				)}
				{panel.status === 'teaching' && (
					<div class="teaching" data-eiam-assist-teaching>
						<p class="instruction">{t('panel_teaching', panel.targetLabel ?? '')}</p>
						{panel.teachRetry && (
							<p class="warning" role="alert" data-eiam-assist-teach-retry>
								{t('panel_teach_not_interactive')}
							</p>
						)}
						<button type="button" data-eiam-assist-teach-cancel onClick={actions.teachCancel}>
							{t('panel_teach_cancel')}
						</button>
					</div>
				)}
				{panel.diagnostics &&
					this.#report.view({t, report: panel.diagnostics, onClose: () => actions.diagnostics(false)})}
				{panel.privateEmailDomain && (
					<p class="warning" role="alert" data-eiam-assist-warning="private-email">
						{t('warning_private_email', panel.privateEmailDomain)}
					</p>
				)}
				{panel.roles && <RoleHelp roles={panel.roles} />}
				{panel.templates &&
					panel.templates.length > 0 &&
					panel.status !== 'done' &&
					this.#templates.view({t, templates: panel.templates, onUse: actions.useTemplate})}
				{panel.templatesLater === true && (
					<p class="status" data-eiam-assist-templates-later>
						{t('templates_later')}
					</p>
				)}
				<footer class="actions">
					{panel.status === 'done' ? (
						<button type="button" class="primary" data-eiam-assist-close onClick={actions.dismiss}>
							{t('panel_close')}
						</button>
					) : confirmingCancel ? (
						<div class="confirm" role="group">
							<p>{t('panel_cancel_confirm')}</p>
							<button
								type="button"
								class="primary"
								data-eiam-assist-cancel-confirm
								onClick={actions.cancel}
							>
								{t('panel_cancel_yes')}
							</button>
							<button type="button" onClick={() => this.#set({confirmingCancel: false})}>
								{t('panel_cancel_no')}
							</button>
						</div>
					) : (
						<button
							type="button"
							data-eiam-assist-cancel
							onClick={() => this.#set({confirmingCancel: true})}
						>
							{t('panel_cancel')}
						</button>
					)}
					{panel.status !== 'lost' && !panel.diagnostics && (
						<details class="panel-menu">
							<summary data-eiam-assist-menu>{t('panel_menu')}</summary>
							{diagnosticsButton(t, actions)}
						</details>
					)}
				</footer>
			</section>
		);
	}

	/** After a pass: the report copies, a new question gets the keyboard; a card that is gone starts afresh. */
	settle(choice: string | undefined): void {
		this.#report.settle();
		this.#templates.settle();
		if (!this.panel.current && !this.#tab.current) {
			[this.#confirmingCancel, this.#collapsed, this.#step, this.#choice] = [false, false, undefined, undefined];
			return;
		}
		// A question needs an answer before anything else: put the keyboard on its first option.
		if (choice !== this.#choice && choice !== undefined) this.#firstChoice.current?.focus();
		this.#choice = choice;
	}
}
