import type {RunnerView} from '../engine/runner';
import type {Step} from '../guides/schema';
import type {OverlayTextKey} from '../overlay/overlay-texts';
import type {ChoiceView, PanelView} from '../overlay/view';
import {labelText} from '../portal/label-table';
import {translator} from '../shared/catalog';
import {choiceValues, type ChoiceName, type Choices} from '../shared/guide-context';
import type {OverlayInputs} from './overlay-view';
import type {ContentSettings} from '../shared/content-settings';
import type {GuideContext} from '../shared/guide-context';
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

type UnlabelledKind = Exclude<Step['target']['kind'], 'control'>;

/**
 * How the panel names a target that has no text of its own (icon-only buttons, whole tables): `target_user_row`
 * for `user-row` (the compiler checks every key exists).
 */
function unlabelledKey(kind: UnlabelledKind): OverlayTextKey {
	const key = `target_${kind.replaceAll('-', '_')}` as `target_${Snake<UnlabelledKind>}`;
	return key;
}

/** Justification templates in the portal's language (the text is stored in the portal), the user's own first. */
function templatesFor(
	custom: ContentSettings['customTemplates'],
	portalTexts: PageTexts,
	reason: GuideContext['reason'],
): {id: string; text: string}[] {
	const all = [...custom[portalTexts.lang], ...portalTexts.templates];
	const matching = all.filter((template) => template.reason === (reason ?? 'other'));
	return matching.length > 0 ? matching : all;
}

/** For a change of roles: ours first (they fit the job), then the user's own templates for other reasons. */
function roleChangeTemplates(
	custom: ContentSettings['customTemplates'],
	portalTexts: PageTexts,
): {id: string; text: string}[] {
	const own = custom[portalTexts.lang].filter((template) => template.reason === 'other');
	return [...portalTexts.roleChangeTemplates, ...own];
}

/**
 * Turns the running guide's state into the words and numbers the step panel shows; asks the background what only
 * it knows (the role help, whether a typed address is private), each answer kept for the step it was asked for.
 */
export function panelView(view: RunnerView, inputs: OverlayInputs): PanelView {
	const {texts, ask} = inputs;
	const {page, lang: portalLang} = inputs.page;
	const {lang} = texts;
	const {step, status} = view;
	const target = step?.target;
	const portalLabel = target?.kind === 'control' ? labelText(target.label, portalLang) : undefined;
	const say = translator(texts.steps);
	const t = translator(texts.overlay);
	const lost = status === 'lost';
	const teaching = lost ? inputs.teaching : undefined;
	// The role help and the private-address warning belong to the step they were asked for.
	const scope = `${view.guide.id} ${step?.id}`;
	const email = step?.checkEmail === true && page === 'create-user' ? inputs.typedEmail() : '';
	const {customTemplates} = inputs.settings;
	return {
		guideId: view.guide.id,
		stepId: view.choice ? `choose-${view.choice}` : status === 'done' ? 'done' : (step?.id ?? 'start'),
		status: teaching ? 'teaching' : status,
		title: texts.guideTitles[view.guide.id],
		stepNumber: view.stepNumber,
		stepCount: view.stepCount,
		instruction: step ? say(step.text, portalLabel ?? '') : undefined,
		targetLabel: target
			? (portalLabel ?? t(unlabelledKey(target.kind === 'control' ? 'table' : target.kind)))
			: undefined,
		hint: step ? say(step.hint) : undefined,
		waitingForPage: step !== undefined && step.page !== page,
		pickedUp: view.pickedUp && status !== 'done',
		choice: view.choice ? choiceView(view.choice) : undefined,
		// A template acts on the marked field: offered only while the step is active (the field is there and
		// marked); while waiting or lost a click would do nothing, so the panel says when they will come.
		templates:
			step?.offerTemplates && status === 'active'
				? step.templateSet === 'role-change'
					? roleChangeTemplates(customTemplates, inputs.portalTexts)
					: templatesFor(customTemplates, inputs.portalTexts, inputs.context?.reason)
				: undefined,
		templatesLater: step?.offerTemplates === true && (status === 'waiting' || lost),
		privateEmailDomain: email.includes('@')
			? (ask({type: 'bg:private-domain', email}, scope) ?? undefined)
			: undefined,
		roles:
			step?.explainRoles && status !== 'done'
				? ask(
						{
							type: 'bg:role-help',
							lang,
							portalLang,
							...(inputs.roleChoice() ?? {chosen: '', granted: []}),
						},
						scope,
					)
				: undefined,
		targetRect: status === 'active' ? inputs.targetRect : undefined,
		canTeach: lost && step !== undefined,
		teachRetry: teaching?.retry,
		learnedNotice: inputs.learnedNotice,
		diagnostics: inputs.diagnostics,
	};
}
