import {readRole, type RoleCategory} from './roles';

/*
 * The handbook's rule (shared/portal/ROLES.md, all languages): roles can be assigned within one user profile or in
 * different profiles, but roles of different categories (cantons KT_, hospitals SP_, data recipients EMPF_) must be
 * assigned in different profiles. The add-profile and grant-role panels check the role the user selects against the
 * roles already on the profile being edited, and warn (suggesting a second profile) on `other-category`.
 */

export type ProfileCategoryCheck =
	/** The selected role may join the profile: it is empty or holds roles of the same category only. */
	| {readonly verdict: 'same-category'; readonly category: RoleCategory}
	/** The profile holds a role of another category: the selected role belongs in a second profile. */
	| {
			readonly verdict: 'other-category';
			readonly selected: RoleCategory;
			/** The categories of the profile's roles that differ from the selected one, in the order first seen. */
			readonly onProfile: readonly RoleCategory[];
	  }
	/**
	 * The rule cannot be applied: the selected role's category is not recognised, or the profile holds a role of
	 * unknown category and nothing else conflicts. The panel says nothing rather than warn or reassure wrongly.
	 */
	| {readonly verdict: 'unknown'};

/**
 * Applies the handbook's category rule. Both arguments are role names as the portal shows them (see `readRole`):
 * `selected` is the role chosen in the business-role list, `profileRoles` the roles already granted on the profile.
 */
export function checkProfileCategory(selected: string, profileRoles: readonly string[]): ProfileCategoryCheck {
	const category = readRole(selected)?.category;
	if (category === undefined) return {verdict: 'unknown'};

	// A blank entry (an empty table cell) is no role at all, not a role of unknown category.
	const onProfile = profileRoles.filter((role) => role.trim() !== '').map((role) => readRole(role)?.category);
	const others = [
		...new Set(onProfile.filter((other): other is RoleCategory => other !== undefined && other !== category)),
	];
	if (others.length > 0) return {verdict: 'other-category', selected: category, onProfile: others};
	if (onProfile.includes(undefined)) return {verdict: 'unknown'};
	return {verdict: 'same-category', category};
}
