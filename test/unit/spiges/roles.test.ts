import {describe, expect, test} from 'vitest';
import {
	ROLE_CATEGORIES,
	ROLE_NAMES,
	ROLE_PREFIXES,
	ROLES_BY_CATEGORY,
	readRole,
	roleCategory,
} from '../../../src/spiges/roles';
import {namesRole, PREFIX_ALTERNATION, roleTokens} from '../../../src/spiges/role-category';
import {BUSINESS_ROLE_NAMES} from '../../replica/src/data/roles';

describe('the handbook’s roles', () => {
	test.each(ROLE_CATEGORIES)('every %s role starts with its category’s prefix', (category) => {
		for (const role of ROLES_BY_CATEGORY[category]) expect(role.startsWith(ROLE_PREFIXES[category])).toBe(true);
	});

	test('the eighteen roles of ROLES.md, each once', () => {
		expect(ROLE_NAMES).toHaveLength(18);
		expect(new Set(ROLE_NAMES).size).toBe(ROLE_NAMES.length);
	});

	test('every business role the replica’s permissions page lists is a known role', () => {
		for (const shown of BUSINESS_ROLE_NAMES) expect(readRole(shown)?.role, shown).toBe(shown);
	});
});

describe('reading a role name as the portal shows it', () => {
	test.each(ROLE_NAMES)('%s is recognised as itself', (role) => {
		expect(readRole(role)?.role).toBe(role);
	});

	test.each([
		['KT_ErhV(stat_Abschlussuser)', 'canton', 'KT_ErhV(stat_Abschlussuser)'],
		['  KT_ErhV (stat_Abschlussuser) ', 'canton', 'KT_ErhV(stat_Abschlussuser)'],
		['KT_ ErhV ( stat_Abschlussuser )', 'canton', 'KT_ErhV(stat_Abschlussuser)'],
		['kt_erhv(STAT_ABSCHLUSSUSER)', 'canton', 'KT_ErhV(stat_Abschlussuser)'],
		['kt_superuser', 'canton', 'KT_Superuser'],
		['KT_\u200BUser', 'canton', 'KT_User'],
		['\u00A0KT_Read\n', 'canton', 'KT_Read'],
		['Über Geschäftsrolle KT_User', 'canton', 'KT_User'],
		['Par rôle métier SP_Read_Standort', 'hospital', 'SP_Read_Standort'],
		['(SP_User_Unternehmen)', 'hospital', 'SP_User_Unternehmen'],
		['EMPF_kantonale_Daten', 'data-recipient', 'EMPF_kantonale_Daten'],
		['empf_hplus', 'data-recipient', 'EMPF_HPlus'],
	] as const)('%j is a %s role: %s', (shown, category, role) => {
		expect(readRole(shown)).toEqual({category, role});
	});

	test.each([
		['Per ruolo aziendale SP_ErhV_…', 'hospital'],
		['SP_ErhV_...', 'hospital'],
		['KT_Kantonsarzt', 'canton'],
		['EMPF_Neu', 'data-recipient'],
	] as const)('%j tells the category %s but names no known role', (shown, category) => {
		expect(readRole(shown)).toEqual({category, role: undefined});
	});

	test.each(['', 'Superuser', 'BFS_Admin', 'XKT_User', 'Kanton', 'SPITAL_User', 'KT_User und SP_Read_Standort'])(
		'%j tells no category',
		(shown) => {
			expect(readRole(shown)).toBeUndefined();
			expect(roleCategory(shown)).toBeUndefined();
		},
	);

	test('two roles of one category tell the category, not which role', () => {
		expect(readRole('KT_User, KT_Read')).toEqual({category: 'canton', role: undefined});
	});

	test('the same role written twice is that role', () => {
		expect(readRole('KT_User / kt_user')).toEqual({category: 'canton', role: 'KT_User'});
	});
});

describe('whether a shown text names a role (what a portal page asks)', () => {
	test.each(['KT_User', 'Über Geschäftsrolle KT_User', 'Per ruolo aziendale SP_ErhV_…', 'empf_bag', 'KT _User'])(
		'%j names a role',
		(shown) => {
			expect(namesRole(shown)).toBe(true);
		},
	);

	test.each(['', 'Superuser', 'BFS_Admin', 'XKT_User', 'Kanton', 'SPITAL_User', 'KT User'])(
		'%j names none',
		(shown) => {
			expect(namesRole(shown)).toBe(false);
		},
	);

	test('every role of the handbook is recognised', () => {
		for (const role of ROLE_NAMES) expect(namesRole(role)).toBe(true);
	});

	// Text copied or rendered with characters nobody sees, or in full-width forms: the page and the background must
	// agree on whether a role is named, or the role list is missed while the background could read its roles.
	test.each([
		'KT\u200B_User',
		'K\u00ADT_User',
		'\u202EKT_User',
		'SP\u200E_ErhV',
		'ＫＴ＿User',
		'\uFEFFEMPF_BAG',
		'XKT\u200B_User',
		'KT\u200BUser',
	])('%j: named exactly when the background reads a role token in it', (shown) => {
		expect(namesRole(shown)).toBe(roleTokens(shown).tokens.length > 0);
	});

	test('the prefix alternation both readers use is the handbook prefixes', () => {
		expect(PREFIX_ALTERNATION).toBe(
			Object.values(ROLE_PREFIXES)
				.map((prefix) => prefix.replace(/_$/, ''))
				.join('|'),
		);
	});

	test('a zero-width character between prefix and underscore still names the role', () => {
		expect(namesRole('Über Geschäftsrolle KT\u200B_User')).toBe(true);
		expect(roleCategory('Über Geschäftsrolle KT\u200B_User')).toBe('canton');
	});
});
