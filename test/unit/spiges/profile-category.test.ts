import {expect, test} from 'vitest';
import {checkProfileCategory} from '../../../src/spiges/profile-category';

test('an SP_ role on a profile holding a KT_ role needs a second profile', () => {
	expect(checkProfileCategory('SP_ErhV_Unternehmen', ['KT_User'])).toEqual({
		verdict: 'other-category',
		selected: 'hospital',
		onProfile: ['canton'],
	});
});

test('a KT_ role on a profile holding data-recipient roles needs a second profile', () => {
	expect(checkProfileCategory('KT_Read', ['EMPF_BAG', 'EMPF_GD'])).toEqual({
		verdict: 'other-category',
		selected: 'canton',
		onProfile: ['data-recipient'],
	});
});

test('a second role of the same category may join the profile', () => {
	expect(checkProfileCategory('KT_ErhV(stat_Abschlussuser)', ['KT_User', 'KT_Read'])).toEqual({
		verdict: 'same-category',
		category: 'canton',
	});
});

test('any role may go on an empty profile (the new one of add-profile)', () => {
	expect(checkProfileCategory('EMPF_PUE', [])).toEqual({verdict: 'same-category', category: 'data-recipient'});
	expect(checkProfileCategory('SP_Read_Standort', ['', '  '])).toEqual({
		verdict: 'same-category',
		category: 'hospital',
	});
});

test('names as the granted-permissions table shows them count like the list’s', () => {
	expect(checkProfileCategory('sp_read_standort', ['Über Geschäftsrolle KT_Superuser'])).toMatchObject({
		verdict: 'other-category',
	});
	expect(checkProfileCategory('KT_Read', ['Per ruolo aziendale KT_ErhV(stat_…'])).toMatchObject({
		verdict: 'same-category',
	});
});

test('a conflict is reported even beside a role of unknown category', () => {
	expect(checkProfileCategory('SP_User_Standort', ['BFS_Admin', 'KT_Read', 'SP_Read_Standort'])).toEqual({
		verdict: 'other-category',
		selected: 'hospital',
		onProfile: ['canton'],
	});
});

test('a profile holding a role of unknown category gets no reassurance', () => {
	expect(checkProfileCategory('KT_User', ['BFS_Admin', 'KT_Read'])).toEqual({verdict: 'unknown'});
});

test('an unrecognised selected role gets neither warning nor reassurance', () => {
	expect(checkProfileCategory('Superuser', ['KT_User'])).toEqual({verdict: 'unknown'});
	expect(checkProfileCategory('', [])).toEqual({verdict: 'unknown'});
});

test('every category differing from the selected one is named once, in the order seen', () => {
	expect(checkProfileCategory('KT_User', ['EMPF_BAG', 'SP_Read_Standort', 'EMPF_GD', 'KT_Read'])).toEqual({
		verdict: 'other-category',
		selected: 'canton',
		onProfile: ['data-recipient', 'hospital'],
	});
});
