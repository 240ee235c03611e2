import type {Step} from '../guides/schema';
import type {OverlayTextKey} from '../overlay/overlay-texts';
import type {ChoiceView, PanelView} from '../overlay/view';
import {labelText} from '../portal/labels';
import {translator} from '../shared/catalog';
import {choiceValues, type ChoiceName, type Choices} from '../shared/guide-context';
import type {OverlayRequest} from '../shared/overlay-request-schema';
import type {PageTexts} from '../shared/page-texts';
import type {CustomTemplates} from '../shared/settings-schema';
import {privateDomainOf} from '../wizard/private-domains';
import {roleHelp} from './role-help';

type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;
type AnswerKey = {[N in ChoiceName]: `choice_${N}_${Snake<Choices[N]>}`}[ChoiceName];

/** The overlay's text key for an answer: `choice_send_new_code` for `send: 'new-code'` (the compiler checks it). */
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

type Templates = {id: string; text: string}[];

/** Justification templates in the portal's language (the text is stored in the portal), the user's own first. */
function templatesFor(custom: CustomTemplates, portalTexts: PageTexts, reason?: string): Templates {
	const all = [...custom[portalTexts.lang], ...portalTexts.templates];
	const matching = all.filter((template) => template.reason === (reason ?? 'other'));
	return matching.length > 0 ? matching : all;
}

/** For a change of roles: ours first (they fit the job), then the user's own templates for other reasons. */
function roleChangeTemplates(custom: CustomTemplates, portalTexts: PageTexts): Templates {
	const own = custom[portalTexts.lang].filter((template) => template.reason === 'other');
	return [...portalTexts.roleChangeTemplates, ...own];
}

/**
 * What the panel view is made of: the page's request, the running guide's step, the user's own justification
 * templates (the settings, as the background knows them), our texts in both languages.
 */
export type PanelInputs = {
	request: OverlayRequest;
	customTemplates: CustomTemplates;
	guide: NonNullable<OverlayRequest['guide']>;
	step: Step | undefined;
	/** Our texts in the UI language, and in the portal's (its templates: the portal stores them). */
	texts: PageTexts;
	portalTexts: PageTexts;
};

/** Turns the running guide's state into the words and numbers the step panel shows, in the UI language. */
export function panelView({request, customTemplates, guide, step, texts, portalTexts}: PanelInputs): PanelView {
	const {page, lang: portalLang} = request.page;
	const {lang} = texts;
	const {status} = guide;
	const target = step?.target;
	const portalLabel = target?.kind === 'control' ? labelText(target.label, portalLang) : undefined;
	const say = translator(texts.steps);
	const t = translator(texts.overlay);
	const lost = status === 'lost';
	const teaching = lost ? request.teaching : undefined;
	const email = step?.checkEmail === true && page === 'create-user' ? (request.typedEmail ?? '') : '';
	return {
		guideId: guide.id,
		stepId: guide.choice ? `choose-${guide.choice}` : status === 'done' ? 'done' : (step?.id ?? 'start'),
		status: teaching ? 'teaching' : status,
		title: texts.guideTitles[guide.id],
		stepNumber: guide.stepNumber,
		stepCount: guide.stepCount,
		instruction: step ? say(step.text, portalLabel ?? '') : undefined,
		targetLabel: target
			? (portalLabel ?? t(unlabelledKey(target.kind === 'control' ? 'table' : target.kind)))
			: undefined,
		hint: step ? say(step.hint) : undefined,
		waitingForPage: step !== undefined && step.page !== page,
		pickedUp: guide.pickedUp === true && status !== 'done',
		choice: guide.choice ? choiceView(guide.choice) : undefined,
		// A template acts on the marked field: offered only while the step is active (the field is there and
		// marked); while waiting or lost a click would do nothing, so the panel says when they will come.
		templates:
			step?.offerTemplates && status === 'active'
				? step.templateSet === 'role-change'
					? roleChangeTemplates(customTemplates, portalTexts)
					: templatesFor(customTemplates, portalTexts, request.reason)
				: undefined,
		templatesLater: step?.offerTemplates === true && (status === 'waiting' || lost),
		privateEmailDomain: email.includes('@') ? privateDomainOf(email) : undefined,
		roles:
			step?.explainRoles && status !== 'done'
				? roleHelp(request.roleChoice ?? {chosen: '', granted: []}, lang, portalLang)
				: undefined,
		canTeach: lost && step !== undefined,
		teachRetry: teaching?.retry,
		learnedNotice: request.learnedNotice,
		diagnostics: request.diagnostics,
	};
}
