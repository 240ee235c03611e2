import {describe, expect, test} from 'vitest';
import {LANGS} from '../../../src/shared/lang';
import {ROLE_CATEGORY_NAMES} from '../../../src/spiges/role-category-names';
import {ROLE_EXPLANATIONS, explainRole} from '../../../src/spiges/role-explanations';
import {ROLE_CATEGORIES, ROLE_NAMES} from '../../../src/spiges/roles';

describe('ROLE_EXPLANATIONS', () => {
	test.each(LANGS)('every role of the handbook is explained in %s, and nothing else', (lang) => {
		expect(Object.keys(ROLE_EXPLANATIONS[lang]).sort()).toEqual([...ROLE_NAMES].sort());
	});

	test.each(LANGS)('each %s explanation is one short line', (lang) => {
		for (const text of Object.values(ROLE_EXPLANATIONS[lang])) {
			expect(text).not.toMatch(/[\r\n]/);
			expect(text.length, text).toBeLessThanOrEqual(220);
		}
	});

	test('no two roles share an explanation', () => {
		for (const lang of LANGS) {
			const texts = Object.values(ROLE_EXPLANATIONS[lang]);
			expect(new Set(texts).size, lang).toBe(texts.length);
		}
	});

	test('the explanation follows the role as the portal shows it, in the UI language', () => {
		expect(explainRole('Über Geschäftsrolle KT_Read', 'de')).toBe(ROLE_EXPLANATIONS.de.KT_Read);
		expect(explainRole('kt_erhv (stat_abschlussuser)', 'fr')).toBe(
			ROLE_EXPLANATIONS.fr['KT_ErhV(stat_Abschlussuser)'],
		);
		expect(explainRole('SP_ErhV_…', 'it')).toBeUndefined();
		expect(explainRole('Superuser', 'en')).toBeUndefined();
	});
});

describe('ROLE_CATEGORY_NAMES', () => {
	test.each(LANGS)('names every category in %s', (lang) => {
		expect(Object.keys(ROLE_CATEGORY_NAMES[lang]).sort()).toEqual([...ROLE_CATEGORIES].sort());
	});
});
