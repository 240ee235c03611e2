import type {RunnerView} from '../engine/runner';
import type {OverlayView, Rect, RowActionView, Viewport} from '../overlay/view';
import type {PageState} from '../portal/pages';
import type {GuideContext} from '../shared/guide-context';
import type {ContentSettings} from '../shared/content-settings';
import {GUIDE_IDS} from '../shared/guide-ids';
import type {PageTexts} from '../shared/page-texts';
import type {Ask} from './background-answers';
import {panelView, type PanelInputs} from './panel-view';
import type {ReviewSession} from './review-session';

/** What the portal's permissions page shows about roles (live-portal.ts `roleChoice`; '' while none is chosen). */
export type RoleChoice = {readonly chosen: string; readonly granted: readonly string[]};

/** Everything the overlay shows, as read once per frame by the assistant (the page is read elsewhere). */
export type OverlayInputs = {
	settings: ContentSettings;
	page: PageState;
	/** Our texts in the UI language (resolveUiLanguage), which is the overlay's language. */
	texts: PageTexts;
	/** The texts of the portal's language: the justification templates are written in it (the portal keeps them). */
	portalTexts: PageTexts;
	/** The running guide, null while none runs. */
	guide: RunnerView | null;
	context: GuideContext | undefined;
	rowActions: readonly RowActionView[];
	/** The marked element's box, measured only while a guide points at it. */
	targetRect: Rect | undefined;
	/** What the user typed as e-mail address on the create-user page; read only for steps that check it. */
	typedEmail: () => string;
	/** The permissions page's chosen role and granted roles; read only for steps that explain roles. */
	roleChoice: () => RoleChoice | undefined;
	/** The access review while it is open: what the list showed and the portal's total. */
	review?: ReviewSession | undefined;
	/** The background's answers: the role help, the review panel, whether a typed address is private. */
	ask: Ask;
	viewport: Viewport;
	focusRequest: number;
	/** Teach mode and learned targets of the current step; the diagnostics report while open. */
	teaching?: PanelInputs['teaching'];
	learnedNotice?: PanelInputs['learnedNotice'];
	diagnostics?: PanelInputs['diagnostics'];
};

/** Justification templates in the portal's language (the text is stored in the portal), the user's own first. */
export function templatesFor(
	custom: ContentSettings['customTemplates'],
	portalTexts: PageTexts,
	reason: GuideContext['reason'],
): {id: string; text: string}[] {
	const all = [...custom[portalTexts.lang], ...portalTexts.templates];
	const matching = all.filter((template) => template.reason === (reason ?? 'other'));
	return (matching.length > 0 ? matching : all).map(({id, text}) => ({id, text}));
}

/** For a change of roles: ours first (they fit the job), then the user's own templates for other reasons. */
export function roleChangeTemplates(
	custom: ContentSettings['customTemplates'],
	portalTexts: PageTexts,
): {id: string; text: string}[] {
	const own = custom[portalTexts.lang].filter((template) => template.reason === 'other');
	return [...portalTexts.roleChangeTemplates, ...own.map(({id, text}) => ({id, text}))];
}

/** The overlay's view model: what the launcher lists, what the panel says, which row helpers it draws. Pure. */
export function overlayView(inputs: OverlayInputs): OverlayView {
	const {guide, page, texts, portalTexts, ask} = inputs;
	const {lang} = texts;
	const step = guide?.step;
	const checksEmail = step?.checkEmail === true && page.page === 'create-user';
	// The role help and the private-address warning belong to the step they were asked for.
	const scope = `${guide?.guide.id} ${step?.id}`;
	const email = checksEmail ? inputs.typedEmail() : '';
	return {
		lang,
		texts,
		guides: [
			...GUIDE_IDS.map((id) => ({id, title: texts.guideTitles[id]})),
			// The review reads the user list: offered where it is shown.
			...(page.page === 'user-selection'
				? [{id: 'access-review', title: texts.reviewPanel.review_launcher}]
				: []),
		],
		review:
			inputs.review && !guide
				? ask({type: 'bg:access-review', lang, ...inputs.review.read}, inputs.review.id)
				: undefined,
		panel: guide
			? panelView({
					view: guide,
					texts,
					portalLang: page.lang,
					waitingForPage: step !== undefined && step.page !== page.page,
					templates: step?.offerTemplates
						? step.templateSet === 'role-change'
							? roleChangeTemplates(inputs.settings.customTemplates, portalTexts)
							: templatesFor(inputs.settings.customTemplates, portalTexts, inputs.context?.reason)
						: undefined,
					roles: step?.explainRoles
						? ask(
								{
									type: 'bg:role-help',
									lang,
									portalLang: page.lang,
									...(inputs.roleChoice() ?? {chosen: '', granted: []}),
								},
								scope,
							)
						: undefined,
					privateEmailDomain: email.includes('@')
						? (ask({type: 'bg:private-domain', email}, scope) ?? undefined)
						: undefined,
					targetRect: inputs.targetRect,
					teaching: inputs.teaching,
					learnedNotice: inputs.learnedNotice,
					diagnostics: inputs.diagnostics,
				})
			: undefined,
		rowActions: inputs.rowActions,
		viewport: inputs.viewport,
		focusRequest: inputs.focusRequest,
	};
}
