import {stripInvisible} from '../shared/visible-text';

/*
 * The SpiGes business roles by category, as the handbook's role pages list them (shared/portal/ROLES.md), and how to
 * recognise one in the text the portal shows: the business-role list (`KT_ErhV(stat_Abschlussuser)`), the granted
 * permissions table (`Über Geschäftsrolle KT_User`), a narrow column that cuts the name (`Per ruolo aziendale
 * SP_ErhV_…`). The handbook also names the BFS as a category but lists none of its roles nor a prefix, so no BFS role
 * can be recognised here: such a name reads as unknown, never as one of the three categories.
 */

export const ROLE_CATEGORIES = ['canton', 'hospital', 'data-recipient'] as const;
export type RoleCategory = (typeof ROLE_CATEGORIES)[number];

/** The prefix every role of a category starts with, as the handbook writes it. */
export const ROLE_PREFIXES = {
	canton: 'KT_',
	hospital: 'SP_',
	'data-recipient': 'EMPF_',
} as const satisfies Readonly<Record<RoleCategory, string>>;

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

const CATEGORY_BY_PREFIX: ReadonlyMap<string, RoleCategory> = new Map(
	ROLE_CATEGORIES.map((category) => [ROLE_PREFIXES[category].slice(0, -1).toLowerCase(), category]),
);

const ROLE_BY_KEY: ReadonlyMap<string, RoleName> = new Map(ROLE_NAMES.map((role) => [role.toLowerCase(), role]));

// A role token: prefix, underscore, name characters, at most one parenthesised part (`KT_ErhV(stat_Abschlussuser)`),
// and the ellipsis of a cut name. Not preceded by a letter, digit or underscore, so `XKT_User` is no KT_ role.
const ROLE_TOKEN = /(?<![\p{L}\p{N}_])(KT|SP|EMPF)_[\p{L}\p{N}_]*(?:\([\p{L}\p{N}_]*\)?)?(…|\.\.\.)?/giu;

/**
 * Reads a role name as the portal shows it, tolerant of case, spacing (`KT_ErhV (stat_Abschlussuser)`), invisible
 * characters and text around it. Undefined when the text names no role, or roles of different categories. The role is
 * undefined (the category still known) when the name is cut (`SP_ErhV_…`), unknown to the handbook, or not one.
 */
export function readRole(shown: string): ReadRole | undefined {
	const text = stripInvisible(shown.normalize('NFKC'))
		.replace(/\s+/g, ' ')
		// Spaces the portal's wrapping or a copy may add inside a name: `KT_ ErhV ( stat_Abschlussuser )`.
		.replace(/\s*([_()])\s*/g, '$1');
	const tokens = [...text.matchAll(ROLE_TOKEN)];
	const categories = new Set(tokens.map((token) => CATEGORY_BY_PREFIX.get((token[1] ?? '').toLowerCase())));
	const [category, ...others] = categories;
	if (category === undefined || others.length > 0) return undefined;

	const names = new Set(tokens.map((token) => (token[2] === undefined ? token[0].toLowerCase() : '…')));
	const [name, ...otherNames] = names;
	const role = name === undefined || otherNames.length > 0 ? undefined : ROLE_BY_KEY.get(name);
	return {category, role};
}

/** The category of a role name as the portal shows it; undefined when the text does not tell (see `readRole`). */
export function roleCategory(shown: string): RoleCategory | undefined {
	return readRole(shown)?.category;
}
