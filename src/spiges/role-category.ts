import {stripInvisible} from '../shared/visible-text';

/*
 * The SpiGes role categories and how to tell a role's category from the text the portal shows (the business-role
 * list, the granted permissions table, a cut name). A portal page only asks whether a text names a role at all
 * (`namesRole`, to find the role list and read the granted roles); the rest serves src/spiges/roles.ts in the
 * background (issue #14: the role names, their categories and their help stay there).
 */

export const ROLE_CATEGORIES = ['canton', 'hospital', 'data-recipient'] as const;
export type RoleCategory = (typeof ROLE_CATEGORIES)[number];

/** The prefix every role of a category starts with, as the handbook writes it. */
export const ROLE_PREFIXES = {
	canton: 'KT_',
	hospital: 'SP_',
	'data-recipient': 'EMPF_',
} as const satisfies Readonly<Record<RoleCategory, string>>;

// A role token: prefix, underscore, name characters, at most one parenthesised part (`KT_ErhV(stat_Abschlussuser)`),
// and the ellipsis of a cut name. Not preceded by a letter, digit or underscore, so `XKT_User` is no KT_ role.
const ROLE_TOKEN = /(?<![\p{L}\p{N}_])(KT|SP|EMPF)_[\p{L}\p{N}_]*(?:\([\p{L}\p{N}_]*\)?)?(…|\.\.\.)?/giu;

/**
 * The role tokens in a shown text and the one category they all belong to (undefined when the text names no role,
 * or roles of different categories). Tolerant of case, spacing (`KT_ErhV (stat_Abschlussuser)`), invisible
 * characters and text around the name.
 */
export function roleTokens(shown: string): {category: RoleCategory | undefined; tokens: RegExpMatchArray[]} {
	const text = stripInvisible(shown.normalize('NFKC'))
		.replace(/\s+/g, ' ')
		// Spaces the portal's wrapping or a copy may add inside a name: `KT_ ErhV ( stat_Abschlussuser )`.
		.replace(/\s*([_()])\s*/g, '$1');
	const tokens = [...text.matchAll(ROLE_TOKEN)];
	const [category, ...others] = new Set(
		tokens.map((token) => ROLE_CATEGORIES[['kt', 'sp', 'empf'].indexOf((token[1] ?? '').toLowerCase())]),
	);
	return {category: others.length > 0 ? undefined : category, tokens};
}

/**
 * Whether a text the portal shows names a SpiGes role at all: a role prefix and its underscore, not preceded by a
 * letter, digit or underscore (`XKT_User` is none). What a portal page needs to tell the business-role list and the
 * granted roles from other text; which role and category it is, the background reads (`readRole`, role-help.ts), so
 * the content script carries neither the token grammar nor the invisible-character table (issue #14, size).
 */
export function namesRole(shown: string): boolean {
	return /(?<![\p{L}\p{N}_])(?:KT|SP|EMPF)\s*_/iu.test(shown);
}

/** The category of a role name as the portal shows it; undefined when the text does not tell (see `roleTokens`). */
export function roleCategory(shown: string): RoleCategory | undefined {
	return roleTokens(shown).category;
}
