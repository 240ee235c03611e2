import {GUIDE_TITLES} from '../guides/guide-titles';
import type {StepTextKey} from '../guides/schema';
import {STEP_TEXTS} from '../guides/step-texts';
import {OVERLAY_TEXTS, type OverlayTextKey} from '../overlay/overlay-texts';
import {REVIEW_PANEL_TEXTS, type ReviewPanelTextKey} from '../overlay/review-panel-texts';
import {ROLE_TEXTS, type RoleTextKey} from '../overlay/role-texts';
import {REVIEW_TEXTS, type ReviewTextKey} from '../review/review-texts';
import {ROLE_CATEGORY_NAMES} from '../spiges/role-category-names';
import {ROLE_EXPLANATIONS} from '../spiges/role-explanations';
import type {RoleCategory, RoleName} from '../spiges/roles';
import type {Texts} from './catalog';
import type {GuideId} from './guide-ids';
import {BUILT_IN_TEMPLATES, type JustificationTemplate} from './justification-templates';
import type {Lang} from './lang';
import {ROLE_CHANGE_TEMPLATES} from './role-change-templates';

/**
 * Everything a portal page shows in one language: the overlay's words, the steps, the guides' titles, the review,
 * the role help, and the justification templates (those in the portal's language, the portal stores them).
 * The background sends a page the languages it shows (`bg:page-texts`), once each; the content script imports only
 * the type, so it carries none of the four catalogs (issue #14: texts of one language at a time).
 */
export type PageTexts = {
	readonly lang: Lang;
	readonly overlay: Texts<OverlayTextKey>;
	readonly steps: Texts<StepTextKey>;
	readonly guideTitles: Texts<GuideId>;
	readonly reviewPanel: Texts<ReviewPanelTextKey>;
	readonly review: Texts<ReviewTextKey>;
	readonly roles: Texts<RoleTextKey>;
	readonly roleCategories: Texts<RoleCategory>;
	readonly roleExplanations: Texts<RoleName>;
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
		review: REVIEW_TEXTS[lang],
		roles: ROLE_TEXTS[lang],
		roleCategories: ROLE_CATEGORY_NAMES[lang],
		roleExplanations: ROLE_EXPLANATIONS[lang],
		templates: BUILT_IN_TEMPLATES[lang],
		roleChangeTemplates: ROLE_CHANGE_TEMPLATES[lang],
	};
}
