import {describe, expect, test} from 'vitest';
import {LANGS} from '../../../src/shared/lang';
import {SETTING_KEYS} from '../../../src/shared/settings';
import {OPTIONS_TEXTS} from '../../../src/options/options-texts';

const placeholders = (text: string): string[] => [...new Set(text.match(/\$\d/g) ?? [])].sort();
const keys = Object.keys(OPTIONS_TEXTS.de) as (keyof (typeof OPTIONS_TEXTS)['de'])[];

describe('the options page’s texts', () => {
	test.each(keys)('%s is filled in every language with the same placeholders', (key) => {
		for (const lang of LANGS) {
			expect(OPTIONS_TEXTS[lang][key].trim(), `${lang}: ${key}`).not.toBe('');
			expect(placeholders(OPTIONS_TEXTS[lang][key]), `${lang}: ${key}`).toEqual(
				placeholders(OPTIONS_TEXTS.de[key]),
			);
		}
	});

	test('every setting has a label (problem reports name settings by it)', () => {
		for (const key of SETTING_KEYS) expect(keys).toContain(`label_${key}`);
	});

	test('Swiss German never uses ß', () => {
		expect(Object.values(OPTIONS_TEXTS.de).join('\n')).not.toContain('ß');
	});

	test('German, French and Italian quote with «…», never with English quotes', () => {
		for (const lang of ['de', 'fr', 'it'] as const)
			expect(Object.values(OPTIONS_TEXTS[lang]).join('\n')).not.toMatch(/["“”]/);
	});

	test('French guillemets, colons and question marks take a no-break space', () => {
		expect(Object.values(OPTIONS_TEXTS.fr).join('\n')).not.toMatch(/«(?!\u00A0)|(?<!\u00A0)»| [:?;]/);
	});

	test('the portal’s justification label is quoted exactly as the portal shows it', () => {
		expect(OPTIONS_TEXTS.de.templates_intro).toContain('«Begründung für Berechtigung (Nachvollziehbarkeit)»');
		expect(OPTIONS_TEXTS.fr.templates_intro).toContain(
			"«\u00A0Justification de l'autorisation (traçabilité)\u00A0»",
		);
		expect(OPTIONS_TEXTS.it.templates_intro).toContain("«Motivazione dell'autorizzazione (rintracciabilità)»");
		expect(OPTIONS_TEXTS.en.templates_intro).toContain('“Reason for authorisation (traceability)”');
	});

	test('a locked field says so in the user’s language', () => {
		expect(LANGS.map((lang) => OPTIONS_TEXTS[lang].locked_note)).toEqual([
			'Von Ihrer IT vorgegeben',
			'Défini par votre service informatique',
			'Impostato dal vostro servizio informatico',
			'Set by your IT department',
		]);
	});
});
