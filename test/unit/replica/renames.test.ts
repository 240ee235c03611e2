import {describe, expect, test} from 'vitest';
import catalog from '../../replica/labels.json';
import {LANGS} from '../../replica/src/i18n/lang';
import {label} from '../../replica/src/i18n/labels';
import {portalLabel, RENAMED_CONTROLS, RENAMES} from '../../replica/src/i18n/renames';

/** Every string anywhere in a nested catalogue. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
	return [];
}

describe('rename= scenario', () => {
	test('send-code replaces the completed page button in every language, nothing else', () => {
		for (const lang of LANGS) {
			const renamed = portalLabel(lang, 'completed', 'sendOnboardingCodeButton', ['send-code']);
			expect(renamed).toBe(RENAMES['send-code'].texts[lang]);
			expect(renamed).not.toBe(label(lang, 'completed', 'sendOnboardingCodeButton'));
			expect(portalLabel(lang, 'completed', 'sendOnboardingCodeButton', [])).toBe(
				label(lang, 'completed', 'sendOnboardingCodeButton'),
			);
			expect(portalLabel(lang, 'completed', 'printButton', ['send-code'])).toBe(
				label(lang, 'completed', 'printButton'),
			);
		}
	});

	test("no replacement text is in the portal catalogue (labels.json, which the extension's labels follow)", () => {
		const known = new Set(strings(catalog).map((text) => text.trim().toLowerCase()));
		const replacements = RENAMED_CONTROLS.flatMap((control) => LANGS.map((lang) => RENAMES[control].texts[lang]));
		expect(replacements.length).toBeGreaterThan(0);
		expect(replacements.filter((text) => known.has(text.toLowerCase()))).toEqual([]);
	});
});
