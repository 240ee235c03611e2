import {expect, test} from 'vitest';
import {JustificationTemplateSchema} from '../../../src/shared/justification-template-schema';
import {BUILT_IN_TEMPLATES, TEMPLATE_REASONS} from '../../../src/shared/justification-templates';
import {LANGS} from '../../../src/shared/lang';

test.each(LANGS)('the built-in %s templates are valid and offer two or three texts per reason', (lang) => {
	const templates = BUILT_IN_TEMPLATES[lang];
	for (const template of templates) expect(JustificationTemplateSchema.parse(template)).toEqual(template);
	for (const reason of TEMPLATE_REASONS) {
		const count = templates.filter((template) => template.reason === reason).length;
		expect(count, reason).toBeGreaterThanOrEqual(2);
		expect(count, reason).toBeLessThanOrEqual(3);
	}
});

test('built-in template ids are unique and say their language and reason', () => {
	const all = LANGS.flatMap((lang) => BUILT_IN_TEMPLATES[lang].map((template) => ({lang, ...template})));
	expect(new Set(all.map(({id}) => id)).size).toBe(all.length);
	for (const {lang, id, reason} of all) expect(id).toMatch(new RegExp(`^${lang}-${reason}-\\d$`));
});

test('the German templates follow Swiss spelling (no ß)', () => {
	for (const {text} of BUILT_IN_TEMPLATES.de) expect(text).not.toContain('ß');
});

test('the French templates put a no-break space before a colon or semicolon', () => {
	for (const {text} of BUILT_IN_TEMPLATES.fr) expect(text).not.toMatch(/[^\u00A0][:;]/);
});
