import {GUIDE_TITLES} from '../guides/guide-titles';
import type {StepTextKey} from '../guides/schema';
import {STEP_TEXTS} from '../guides/step-texts';
import {OVERLAY_TEXTS, type OverlayTextKey} from '../overlay/overlay-texts';
import {REVIEW_PANEL_TEXTS, type ReviewPanelTextKey} from '../overlay/review-panel-texts';
import type {Texts} from './catalog';
import type {GuideId} from './guide-ids';
import {BUILT_IN_TEMPLATES, type JustificationTemplate} from './justification-templates';
import type {Lang} from './lang';
import {ROLE_CHANGE_TEMPLATES} from './role-change-templates';

/**
 * Everything a portal page shows in one language: the overlay's words, the steps, the guides' titles, the review
 * panel's words, and the justification templates (those in the portal's language, the portal stores them).
 * The background words the overlay of a portal page in them (`bg:overlay`, src/background/overlay-view.ts); the
 * content script carries none of the four catalogs (issue #14).
 */
export type PageTexts = {
	readonly lang: Lang;
	readonly overlay: Texts<OverlayTextKey>;
	readonly steps: Texts<StepTextKey>;
	readonly guideTitles: Texts<GuideId>;
	readonly reviewPanel: Texts<ReviewPanelTextKey>;
	readonly templates: readonly JustificationTemplate[];
	readonly roleChangeTemplates: readonly {readonly id: string; readonly text: string}[];
};

export function pageTexts(lang: Lang): PageTexts {
	return {
		lang,
		overlay: OVERLAY_TEXTS[lang],
		steps: STEP_TEXTS[lang],
		guideTitles: GUIDE_TITLES[lang],
		reviewPanel: REVIEW_PANEL_TEXTS[lang],
		templates: BUILT_IN_TEMPLATES[lang],
		roleChangeTemplates: ROLE_CHANGE_TEMPLATES[lang],
	};
}
