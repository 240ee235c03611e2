import type {RoleHelpView} from '../overlay/view';
import {ROLE_TEXTS} from '../overlay/role-texts';
import {labelText} from '../portal/labels';
import {translator} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import {checkProfileCategory} from '../spiges/profile-category';
import {ROLE_CATEGORY_NAMES} from '../spiges/role-category-names';
import {ROLE_EXPLANATIONS, explainRole} from '../spiges/role-explanations';
import {ROLE_NAMES} from '../spiges/roles';

/** What the portal's permissions page shows about roles (src/content/live-portal.ts `roleChoice`). */
export type RoleChoice = {readonly chosen: string; readonly granted: readonly string[]};

/**
 * The panel's role help: the chosen role and its explanation, every role explained, and the handbook's warning when
 * the chosen role's category differs from the roles already on the profile being edited (`checkProfileCategory`).
 */
export function roleHelp(choice: RoleChoice | undefined, uiLang: Lang, portalLang: Lang): RoleHelpView {
	const t = translator(ROLE_TEXTS[uiLang]);
	const chosen = choice?.chosen === '' ? undefined : choice?.chosen;
	const check = chosen === undefined ? undefined : checkProfileCategory(chosen, choice?.granted ?? []);
	const names = ROLE_CATEGORY_NAMES[uiLang];
	return {
		chosen,
		chosenText: chosen === undefined ? undefined : t('role_chosen', chosen),
		explanation: chosen === undefined ? undefined : explainRole(chosen, uiLang),
		categoryWarning:
			check?.verdict === 'other-category' && chosen !== undefined
				? t(
						'warning_other_category',
						chosen,
						names[check.selected],
						check.onProfile.map((category) => names[category]).join(', '),
						labelText('addProfile', portalLang),
					)
				: undefined,
		explained: ROLE_NAMES.map((role) => ({role, text: ROLE_EXPLANATIONS[uiLang][role]})),
		explainedTitle: t('roles_explained'),
	};
}
