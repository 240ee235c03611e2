import type {RunnerView} from '../engine/runner';
import {guides} from '../guides';
import {GUIDE_TITLES} from '../guides/guide-titles';
import type {OverlayView, Rect, RowActionView, Viewport} from '../overlay/view';
import type {PageState} from '../portal/pages';
import type {GuideContext} from '../shared/guide-context';
import {BUILT_IN_TEMPLATES} from '../shared/justification-templates';
import type {Lang} from '../shared/lang';
import {resolveUiLanguage, type ContentSettings} from '../shared/content-settings';
import {isPrivateEmailDomain} from '../wizard/private-domains';
import {panelView, type PanelInputs} from './panel-view';
import {reviewView} from './review-view';
import {REVIEW_PANEL_TEXTS} from '../overlay/review-panel-texts';
import type {AccessReview} from '../review/access-review';
import {roleHelp, type RoleChoice} from './role-help';
import {ROLE_CHANGE_TEMPLATES} from '../shared/role-change-templates';

/** Everything the overlay shows, as read once per frame by the assistant (the page is read elsewhere). */
export type OverlayInputs = {
	settings: ContentSettings;
	page: PageState;
	browserLanguage: string | undefined;
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
	review?: {readonly review: AccessReview; readonly total: number | undefined} | undefined;
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
	portalLang: Lang,
	reason: GuideContext['reason'],
): {id: string; text: string}[] {
	const all = [...custom[portalLang], ...BUILT_IN_TEMPLATES[portalLang]];
	const matching = all.filter((template) => template.reason === (reason ?? 'other'));
	return (matching.length > 0 ? matching : all).map(({id, text}) => ({id, text}));
}

/** For a change of roles: ours first (they fit the job), then the user's own templates for other reasons. */
export function roleChangeTemplates(
	custom: ContentSettings['customTemplates'],
	portalLang: Lang,
): {id: string; text: string}[] {
	const own = custom[portalLang].filter((template) => template.reason === 'other');
	return [...ROLE_CHANGE_TEMPLATES[portalLang], ...own.map(({id, text}) => ({id, text}))];
}

/** The domain of a typed address that looks private (the person must use their professional one), else undefined. */
export function privateDomainOf(email: string): string | undefined {
	return email.includes('@') && isPrivateEmailDomain(email) ? email.slice(email.lastIndexOf('@') + 1) : undefined;
}

/** The overlay's view model: what the launcher lists, what the panel says, which row helpers it draws. Pure. */
export function overlayView(inputs: OverlayInputs): OverlayView {
	const {guide, page} = inputs;
	const lang = resolveUiLanguage(inputs.settings, page.lang, inputs.browserLanguage);
	const step = guide?.step;
	const checksEmail = step?.checkEmail === true && page.page === 'create-user';
	return {
		lang,
		guides: [
			...guides.map(({id}) => ({id, title: GUIDE_TITLES[lang][id]})),
			// The review reads the user list: offered where it is shown.
			...(page.page === 'user-selection'
				? [{id: 'access-review', title: REVIEW_PANEL_TEXTS[lang].review_launcher}]
				: []),
		],
		review: inputs.review && !guide ? reviewView(inputs.review.review, inputs.review.total, lang) : undefined,
		panel: guide
			? panelView({
					view: guide,
					uiLang: lang,
					portalLang: page.lang,
					waitingForPage: step !== undefined && step.page !== page.page,
					templates: step?.offerTemplates
						? step.templateSet === 'role-change'
							? roleChangeTemplates(inputs.settings.customTemplates, page.lang)
							: templatesFor(inputs.settings.customTemplates, page.lang, inputs.context?.reason)
						: undefined,
					roles: step?.explainRoles ? roleHelp(inputs.roleChoice(), lang, page.lang) : undefined,
					privateEmailDomain: checksEmail ? privateDomainOf(inputs.typedEmail()) : undefined,
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
