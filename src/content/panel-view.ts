import type {RunnerView} from '../engine/runner';
import type {Step} from '../guides/schema';
import type {OverlayTextKey} from '../overlay/overlay-texts';
import type {ChoiceView, PanelView} from '../overlay/view';
import {labelText} from '../portal/label-table';
import {translator} from '../shared/catalog';
import {choiceValues, type ChoiceName, type Choices} from '../shared/guide-context';
import type {Lang} from '../shared/lang';
import type {PageTexts} from '../shared/page-texts';

type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;
type AnswerKey = {[N in ChoiceName]: `choice_${N}_${Snake<Choices[N]>}`}[ChoiceName];

/** The overlay's text key for an answer: `choice_send_new_code` for `send: 'new-code'` (the compiler checks it exists). */
function answerKey(name: ChoiceName, value: string): OverlayTextKey {
	const key = `choice_${name}_${value.replaceAll('-', '_')}` as AnswerKey;
	return key;
}

/** A question as the panel asks it: its text and one button per answer (values from shared/guide-context.ts). */
export function choiceView(name: ChoiceName): ChoiceView {
	return {
		name,
		question: `choice_${name}`,
		options: choiceValues(name).map((value) => ({value, label: answerKey(name, value)})),
	};
}

/** How the panel names a target that has no text of its own (icon-only buttons, whole tables). */
const UNLABELLED: Record<Exclude<Step['target']['kind'], 'control'>, OverlayTextKey> = {
	table: 'target_table',
	'user-row': 'target_user_row',
	'row-action': 'target_row_action',
	'profile-menu-toggle': 'target_profile_menu_toggle',
	'role-list': 'target_role_list',
	'granted-roles': 'target_granted_roles',
};

export type PanelInputs = {
	view: RunnerView;
	/** Our texts in the UI language (settings: the portal's, or fixed). */
	texts: PageTexts;
	/** Language the portal shows: its labels are quoted exactly as it shows them. */
	portalLang: Lang;
	waitingForPage: boolean;
	templates?: readonly {id: string; text: string}[];
	privateEmailDomain?: string;
	roles?: PanelView['roles'];
	targetRect?: PanelView['targetRect'];
	/** Teach mode is on for this step; `retry` after a pick that was not a control. */
	teaching?: {retry: boolean};
	learnedNotice?: PanelView['learnedNotice'];
	diagnostics?: PanelView['diagnostics'];
};

/** Turns the runner's state into the words and numbers the step panel shows. */
export function panelView(inputs: PanelInputs): PanelView {
	const {view, texts, portalLang} = inputs;
	const step = view.step;
	const target = step?.target;
	const portalLabel = target?.kind === 'control' ? labelText(target.label, portalLang) : undefined;
	const say = translator(texts.steps);
	const t = translator(texts.overlay);
	return {
		guideId: view.guide.id,
		stepId: view.choice ? `choose-${view.choice}` : view.status === 'done' ? 'done' : (step?.id ?? 'start'),
		status: inputs.teaching && view.status === 'lost' ? 'teaching' : view.status,
		title: texts.guideTitles[view.guide.id],
		stepNumber: view.stepNumber,
		stepCount: view.stepCount,
		instruction: step ? say(step.text, portalLabel ?? '') : undefined,
		targetLabel: target
			? (portalLabel ?? t(UNLABELLED[target.kind === 'control' ? 'table' : target.kind]))
			: undefined,
		hint: step ? say(step.hint) : undefined,
		waitingForPage: inputs.waitingForPage,
		pickedUp: view.pickedUp === true && view.status !== 'done' ? true : undefined,
		choice: view.choice ? choiceView(view.choice) : undefined,
		// A template acts on the marked field: offered only while the step is active (the field is there and
		// marked); while waiting or lost a click would do nothing, so the panel says when they will come.
		templates: step?.offerTemplates && view.status === 'active' ? inputs.templates : undefined,
		templatesLater: step?.offerTemplates === true && (view.status === 'waiting' || view.status === 'lost'),
		privateEmailDomain: inputs.privateEmailDomain,
		roles: step?.explainRoles && view.status !== 'done' ? inputs.roles : undefined,
		targetRect: view.status === 'active' ? inputs.targetRect : undefined,
		canTeach: view.status === 'lost' && step !== undefined,
		...(inputs.teaching && view.status === 'lost' ? {teachRetry: inputs.teaching.retry} : {}),
		...(inputs.learnedNotice ? {learnedNotice: inputs.learnedNotice} : {}),
		...(inputs.diagnostics ? {diagnostics: inputs.diagnostics} : {}),
	};
}
