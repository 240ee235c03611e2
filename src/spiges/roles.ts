import {ROLE_CATEGORIES, roleTokens, type RoleCategory} from './role-category';

/*
 * The SpiGes business roles by category, as the handbook's role pages list them (shared/portal/ROLES.md), and how to
 * recognise one in the text the portal shows: the business-role list (`KT_ErhV(stat_Abschlussuser)`), the granted
 * permissions table (`Über Geschäftsrolle KT_User`), a narrow column that cuts the name (`Per ruolo aziendale
 * SP_ErhV_…`). The handbook also names the BFS as a category but lists none of its roles nor a prefix, so no BFS role
 * can be recognised here: such a name reads as unknown, never as one of the three categories.
 */

export {ROLE_CATEGORIES, ROLE_PREFIXES, roleCategory, type RoleCategory} from './role-category';

/** The roles of each category, spelled as the handbook and the portal's business-role list spell them. */
export const ROLES_BY_CATEGORY = {
	canton: ['KT_Superuser', 'KT_ErhV(stat_Abschlussuser)', 'KT_Admin_Abschlussuser', 'KT_User', 'KT_Read'],
	hospital: [
		'SP_ErhV_Unternehmen',
		'SP_ErhV_Standort',
		'SP_User_Unternehmen',
		'SP_User_Standort',
		'SP_Read_Unternehmen',
		'SP_Read_Standort',
	],
	'data-recipient': [
		'EMPF_BAG',
		'EMPF_GD',
		'EMPF_PUE',
		'EMPF_Versicherer',
		'EMPF_kantonale_Daten',
		'EMPF_ZMT',
		'EMPF_HPlus',
	],
} as const satisfies Readonly<Record<RoleCategory, readonly string[]>>;

export type RoleName = (typeof ROLES_BY_CATEGORY)[RoleCategory][number];

export const ROLE_NAMES: readonly RoleName[] = ROLE_CATEGORIES.flatMap(
	(category): readonly RoleName[] => ROLES_BY_CATEGORY[category],
);

/** What a shown role name tells: always its category; the role itself when the text names exactly one known role. */
export type ReadRole = {readonly category: RoleCategory; readonly role: RoleName | undefined};

const ROLE_BY_KEY: ReadonlyMap<string, RoleName> = new Map(ROLE_NAMES.map((role) => [role.toLowerCase(), role]));

/**
 * Reads a role name as the portal shows it, tolerant of case, spacing (`KT_ErhV (stat_Abschlussuser)`), invisible
 * characters and text around it. Undefined when the text names no role, or roles of different categories. The role is
 * undefined (the category still known) when the name is cut (`SP_ErhV_…`), unknown to the handbook, or not one.
 */
export function readRole(shown: string): ReadRole | undefined {
	const {category, tokens} = roleTokens(shown);
	if (category === undefined) return undefined;

	const names = new Set(tokens.map((token) => (token[2] === undefined ? token[0].toLowerCase() : '…')));
	const [name, ...otherNames] = names;
	const role = name === undefined || otherNames.length > 0 ? undefined : ROLE_BY_KEY.get(name);
	return {category, role};
}
