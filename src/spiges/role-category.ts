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

// ROLE_PREFIXES without their underscores as one alternation, written out so that a page asking only `namesRole`
// carries no table (a unit test keeps the two equal).
export const PREFIX_ALTERNATION = 'KT|SP|EMPF';
// A role name starts where no letter, digit or underscore is before it, so `XKT_User` is no KT_ role.
const NOT_AFTER_NAME = '(?<![\\p{L}\\p{N}_])';
// Whether a text names a role: a prefix and its underscore, maybe with spaces between (`KT _User`).
const NAMES_ROLE = new RegExp(`${NOT_AFTER_NAME}(?:${PREFIX_ALTERNATION})\\s*_`, 'iu');

// A role token: prefix, underscore, name characters, at most one parenthesised part (`KT_ErhV(stat_Abschlussuser)`),
// and the ellipsis of a cut name. Built on use: the content script, which only asks `namesRole`, keeps out the token
// grammar (issue #14, size).
function roleTokenPattern(): RegExp {
	return new RegExp(
		`${NOT_AFTER_NAME}(${PREFIX_ALTERNATION})_[\\p{L}\\p{N}_]*(?:\\([\\p{L}\\p{N}_]*\\)?)?(…|\\.\\.\\.)?`,
		'giu',
	);
}

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
	const tokens = [...text.matchAll(roleTokenPattern())];
	const [category, ...others] = new Set(
		tokens.map((token) =>
			ROLE_CATEGORIES.find((category) => ROLE_PREFIXES[category] === `${token[1] ?? ''}_`.toUpperCase()),
		),
	);
	return {category: others.length > 0 ? undefined : category, tokens};
}

/**
 * Whether a text the portal shows names a SpiGes role at all: a role prefix and its underscore, not preceded by a
 * letter, digit or underscore (`XKT_User` is none). What a portal page needs to tell the business-role list and the
 * granted roles from other text; which role and category it is, the background reads (`readRole`, role-help.ts), so
 * the content script carries neither the token grammar nor the invisible-character table (issue #14, size). Reads
 * invisible format characters and compatibility forms like `roleTokens`, so both agree on whether a role is named.
 */
export function namesRole(shown: string): boolean {
	// Format characters (zero-width, bidi marks, soft hyphen) and compatibility forms (`ＫＴ＿`) as `roleTokens` reads
	// them; \p{Cf} instead of the full invisible table keeps that table out of the content script.
	return NAMES_ROLE.test(shown.normalize('NFKC').replace(/\p{Cf}/gu, ''));
}

/** The category of a role name as the portal shows it; undefined when the text does not tell (see `roleTokens`). */
export function roleCategory(shown: string): RoleCategory | undefined {
	return roleTokens(shown).category;
}
