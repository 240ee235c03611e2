import {guideById} from '../guides';
import type {OverlayView} from '../overlay/view';
import {resolveUiLanguage} from '../shared/ui-language';
import type {OverlayRequest} from '../shared/overlay-request-schema';
import type {Settings} from '../shared/settings-schema';
import {pageTexts} from '../shared/page-texts';
import {panelView} from './panel-view';
import {reviewView} from './review-view';

/**
 * The overlay's view model for what a portal page sent (`bg:overlay`): what the launcher lists, what the panel says,
 * which row helpers it draws, all in the UI language. `settings` (the background's copy, issue #14: the page carries
 * none) give the UI language and the user's own templates; `browserLang` decides 'auto' where the portal's does not.
 */
export function overlayView(
	request: OverlayRequest,
	settings: Pick<Settings, 'uiLanguage' | 'customTemplates'>,
	browserLang?: string,
): OverlayView {
	const {guide, page} = request;
	const lang = resolveUiLanguage(settings, page.lang, browserLang);
	const texts = pageTexts(lang);
	const step = guide?.stepId === undefined ? undefined : guideById(guide.id).steps.find((s) => s.id === guide.stepId);
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
			request.review && !guide ? reviewView({...request.review, total: request.review.total}, lang) : undefined,
		panel:
			guide &&
			panelView({
				request,
				customTemplates: settings.customTemplates,
				guide,
				step,
				texts,
				portalTexts: pageTexts(page.lang),
			}),
		rowActions: request.rowActions,
	};
}
