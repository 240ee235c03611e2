import type {RoleHelpView} from '../overlay/view';
import {labelText} from '../portal/label-table';
import {translator} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import type {PageTexts} from '../shared/page-texts';
import {checkProfileCategory} from '../spiges/profile-category';
import {ROLE_NAMES, readRole} from '../spiges/roles';

/** What the portal's permissions page shows about roles (src/content/live-portal.ts `roleChoice`). */
export type RoleChoice = {readonly chosen: string; readonly granted: readonly string[]};

/**
 * The panel's role help: the chosen role and its explanation, every role explained, and the handbook's warning when
 * the chosen role's category differs from the roles already on the profile being edited (`checkProfileCategory`).
 */
export function roleHelp(choice: RoleChoice | undefined, texts: PageTexts, portalLang: Lang): RoleHelpView {
	const t = translator(texts.roles);
	const chosen = choice?.chosen === '' ? undefined : choice?.chosen;
	const check = chosen === undefined ? undefined : checkProfileCategory(chosen, choice?.granted ?? []);
	const names = texts.roleCategories;
	const role = chosen === undefined ? undefined : readRole(chosen)?.role;
	return {
		chosen,
		chosenText: chosen === undefined ? undefined : t('role_chosen', chosen),
		explanation: role === undefined ? undefined : texts.roleExplanations[role],
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
		explained: ROLE_NAMES.map((name) => ({role: name, text: texts.roleExplanations[name]})),
		explainedTitle: t('roles_explained'),
	};
}
