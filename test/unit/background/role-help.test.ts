import {describe, expect, test} from 'vitest';
import {roleHelp} from '../../../src/background/role-help';
import {ROLE_NAMES} from '../../../src/spiges/roles';

describe('the panel’s role help', () => {
	test('an SP_ role chosen on a profile holding a KT_ role: the warning names both categories and the way out', () => {
		const help = roleHelp({chosen: 'SP_User_Standort', granted: ['Über Geschäftsrolle KT_Superuser']}, 'de', 'de');
		expect(help.chosenText).toBe('Gewählt: SP_User_Standort');
		expect(help.categoryWarning).toContain('«Spitäler»');
		expect(help.categoryWarning).toContain('«Kantone»');
		expect(help.categoryWarning).toContain('«Neues Profil hinzufügen»');
	});

	test('the same category, an empty profile, or nothing chosen: no warning', () => {
		expect(
			roleHelp({chosen: 'KT_User', granted: ['Über Geschäftsrolle KT_Superuser']}, 'fr', 'fr').categoryWarning,
		).toBeUndefined();
		expect(roleHelp({chosen: 'EMPF_BAG', granted: []}, 'it', 'it').categoryWarning).toBeUndefined();
		const none = roleHelp({chosen: '', granted: ['KT_User']}, 'en', 'en');
		expect(none.chosen).toBeUndefined();
		expect(none.categoryWarning).toBeUndefined();
	});

	test('the warning is in the UI language and quotes the portal’s label in the portal’s language', () => {
		const help = roleHelp({chosen: 'EMPF_BAG', granted: ['Par rôles d’entreprise SP_User_Standort']}, 'en', 'fr');
		expect(help.categoryWarning).toContain('“Data recipients”');
		expect(help.categoryWarning).toContain('“Ajouter un nouveau profil”');
	});

	test('every SpiGes role is explained, the chosen one in one line', () => {
		const help = roleHelp({chosen: 'KT_Read', granted: []}, 'it', 'it');
		expect(help.explained.map(({role}) => role)).toEqual(ROLE_NAMES);
		expect(help.explanation).toContain('solo');
	});
});
