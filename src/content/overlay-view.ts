import type {RunnerView} from '../engine/runner';
import type {OverlayView, PanelView, Rect, RowActionView, Viewport} from '../overlay/view';
import type {PageState} from '../portal/pages';
import type {GuideContext} from '../shared/guide-context';
import type {ContentSettings} from '../shared/content-settings';
import type {PageTexts} from '../shared/page-texts';
import type {Ask} from './background-answers';
import {panelView} from './panel-view';
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
	teaching?: {retry: boolean} | undefined;
	learnedNotice?: PanelView['learnedNotice'];
	diagnostics?: PanelView['diagnostics'];
};

/** The overlay's view model: what the launcher lists, what the panel says, which row helpers it draws. Pure. */
export function overlayView(inputs: OverlayInputs): OverlayView {
	const {guide, page, texts, ask} = inputs;
	const {lang} = texts;
	return {
		lang,
		texts,
		guides: [
			// In the order of the titles' catalog, which is the guides' (src/guides/guide-titles.ts).
			...Object.entries(texts.guideTitles).map(([id, title]) => ({id, title})),
			// The review reads the user list: offered where it is shown.
			...(page.page === 'user-selection'
				? [{id: 'access-review', title: texts.reviewPanel.review_launcher}]
				: []),
		],
		review:
			inputs.review && !guide
				? ask({type: 'bg:access-review', lang, ...inputs.review.read}, inputs.review.id)
				: undefined,
		panel: guide ? panelView(guide, inputs) : undefined,
		rowActions: inputs.rowActions,
		viewport: inputs.viewport,
		focusRequest: inputs.focusRequest,
	};
}
