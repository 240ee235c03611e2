import {describe, expect, test} from 'vitest';
import {LANGS} from '../../../src/shared/lang';
import {SETTING_KEYS} from '../../../src/shared/settings';
import {OPTIONS_TEXTS} from '../../../src/options/options-texts';

const keys = Object.keys(OPTIONS_TEXTS.de) as (keyof (typeof OPTIONS_TEXTS)['de'])[];

// The rules every catalog follows are checked in test/unit/meta/catalogs.test.ts; these are the options page's own.
describe('the options page’s texts', () => {
	test('every setting has a label (problem reports name settings by it)', () => {
		for (const key of SETTING_KEYS) expect(keys).toContain(`label_${key}`);
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
