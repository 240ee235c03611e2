import type {RunnerView} from '../engine/runner';
import type {Step} from '../guides/schema';
import {STEP_TEXTS} from '../guides/step-texts';
import type {ChoiceView, PanelView} from '../overlay/view';
import {labelText} from '../portal/labels';
import {format} from '../shared/catalog';
import type {ChoiceName, GuideContext} from '../shared/guide-ids';
import type {Lang} from '../shared/lang';
import type {OverlayTextKey} from '../overlay/overlay-texts';
import {overlayTranslator} from '../overlay/translate';

const CHOICES: Record<ChoiceName, ChoiceView> = {
	reason: {
		name: 'reason',
		question: 'choice_reason',
		options: [
			{value: 'code-expired', label: 'choice_reason_code_expired'},
			{value: 'wrong-email', label: 'choice_reason_wrong_email'},
		],
	},
	send: {
		name: 'send',
		question: 'choice_send',
		options: [
			{value: 'new-code', label: 'choice_send_new_code'},
			{value: 'reminder', label: 'choice_send_reminder'},
		],
	},
	deactivate: {
		name: 'deactivate',
		question: 'choice_deactivate',
		options: [
			{value: 'user', label: 'choice_deactivate_user'},
			{value: 'profile', label: 'choice_deactivate_profile'},
		],
	},
};

/** How the panel names a target that has no text of its own (icon-only buttons, whole tables). */
const UNLABELLED: Record<Exclude<Step['target']['kind'], 'control'>, OverlayTextKey> = {
	table: 'target_table',
	'user-row': 'target_user_row',
	'row-action': 'target_row_action',
	'profile-menu-toggle': 'target_profile_menu_toggle',
};

export type PanelInputs = {
	view: RunnerView;
	context: GuideContext | undefined;
	/** Language of our texts (settings: the portal's, or fixed). */
	uiLang: Lang;
	/** Language the portal shows: its labels are quoted exactly as it shows them. */
	portalLang: Lang;
	waitingForPage: boolean;
	templates?: readonly {id: string; text: string}[];
	privateEmailDomain?: string;
	targetRect?: PanelView['targetRect'];
};

/** Turns the runner's state into the words and numbers the step panel shows. */
export function panelView(inputs: PanelInputs): PanelView {
	const {view, uiLang, portalLang} = inputs;
	const texts = STEP_TEXTS[uiLang];
	const step = view.step;
	const target = step?.target;
	const portalLabel = target?.kind === 'control' ? labelText(target.label, portalLang) : undefined;
	const t = overlayTranslator(uiLang);
	const targetLabel = target
		? (portalLabel ?? t(UNLABELLED[target.kind === 'control' ? 'table' : target.kind]))
		: undefined;
	return {
		guideId: view.guide.id,
		stepId: view.choice ? `choose-${view.choice}` : view.status === 'done' ? 'done' : (step?.id ?? 'start'),
		status: view.status,
		title: texts[view.guide.title],
		stepNumber: view.stepNumber,
		stepCount: view.stepCount,
		instruction: step ? format(texts[step.text], portalLabel ?? '') : undefined,
		targetLabel,
		hint: step ? texts[step.hint] : undefined,
		waitingForPage: inputs.waitingForPage,
		choice: view.choice ? CHOICES[view.choice] : undefined,
		templates: step?.offerTemplates ? inputs.templates : undefined,
		privateEmailDomain: inputs.privateEmailDomain,
		targetRect: view.status === 'active' ? inputs.targetRect : undefined,
	};
}
