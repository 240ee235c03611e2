import type {RoleHelpView} from '../overlay/view';
import {ROLE_TEXTS} from '../overlay/role-texts';
import {LABELS} from '../portal/labels';
import {translator} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import {checkProfileCategory} from '../spiges/profile-category';
import {ROLE_CATEGORY_NAMES} from '../spiges/role-category-names';
import {ROLE_EXPLANATIONS} from '../spiges/role-explanations';
import {ROLE_NAMES, readRole} from '../spiges/roles';

/** What the portal's permissions page shows about roles (src/content/live-portal.ts `roleChoice`; '' = none chosen). */
export type RoleChoice = {readonly chosen: string; readonly granted: readonly string[]};

/**
 * The panel's role help (`bg:overlay`, issue #14: the roles, their explanations and the category rule stay out of
 * the content script): the chosen role and its explanation, every role explained, and the handbook's warning when the
 * chosen role's category differs from the roles already on the profile being edited (`checkProfileCategory`).
 * `lang` is the UI language; the portal's own label «Neues Profil hinzufügen» is quoted in `portalLang`.
 */
export function roleHelp(choice: RoleChoice, lang: Lang, portalLang: Lang): RoleHelpView {
	const t = translator(ROLE_TEXTS[lang]);
	const explanations = ROLE_EXPLANATIONS[lang];
	const names = ROLE_CATEGORY_NAMES[lang];
	const chosen = choice.chosen === '' ? undefined : choice.chosen;
	const check = chosen === undefined ? undefined : checkProfileCategory(chosen, choice.granted);
	const role = chosen === undefined ? undefined : readRole(chosen)?.role;
	return {
		chosen,
		chosenText: chosen === undefined ? undefined : t('role_chosen', chosen),
		explanation: role === undefined ? undefined : explanations[role],
		categoryWarning:
			check?.verdict === 'other-category' && chosen !== undefined
				? t(
						'warning_other_category',
						chosen,
						names[check.selected],
						check.onProfile.map((category) => names[category]).join(', '),
						LABELS.addProfile[portalLang][0],
					)
				: undefined,
		explained: ROLE_NAMES.map((name) => ({role: name, text: explanations[name]})),
		explainedTitle: t('roles_explained'),
	};
}
