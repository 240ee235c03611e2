import {existsSync, readdirSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {guides} from '../../../src/guides';
import {GuideSchema} from '../../../src/guides/schema';
import {STEP_TEXTS} from '../../../src/guides/step-texts';
import {LABELS} from '../../../src/portal/labels';
import {GUIDE_IDS} from '../../../src/shared/guide-ids';
import {LANGS} from '../../../src/shared/lang';

const guideFiles = readdirSync(new URL('../../../src/guides/', import.meta.url)).filter(
	(file) =>
		!['index.ts', 'schema.ts', 'define-guide.ts', 'step-texts.ts', 'guide-titles.ts', 'fragments.ts'].includes(
			file,
		),
);

describe('the guide registry', () => {
	test('lists every guide file once, in the ids of the testing contract', () => {
		expect(guides.map((guide) => `${guide.id}.ts`).sort()).toEqual([...guideFiles].sort());
		// The launcher lists GUIDE_IDS (the content script gets the definitions later, from the background, #14).
		expect(guides.map((guide) => guide.id)).toEqual([...GUIDE_IDS]);
	});

	// Guides are not parsed at run time (no zod in the content script, issue #14): this is where a malformed one,
	// e.g. an `observed-changed` step without `observe`, is caught.
	test.each(guides.map((guide) => [guide.id, guide] as const))('%s is a valid guide', (_id, guide) => {
		expect(() => GuideSchema.parse(guide)).not.toThrow();
	});

	test.each(guides.map((guide) => [guide.id, guide] as const))('%s has unique kebab-case step ids', (_id, guide) => {
		const ids = guide.steps.map((step) => step.id);
		// A step id may repeat only for alternative branches (different `when`), never within one plan.
		const byBranch = new Map<string, string[]>();
		for (const step of guide.steps) {
			const branch = JSON.stringify(step.when ?? {});
			byBranch.set(branch, [...(byBranch.get(branch) ?? []), step.id]);
		}
		for (const list of byBranch.values()) expect(new Set(list).size).toBe(list.length);
		for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
	});

	test.each(guides.map((guide) => [guide.id, guide] as const))(
		'%s names portal labels that exist in all four languages',
		(_id, guide) => {
			for (const step of guide.steps) {
				if (step.target.kind !== 'control') continue;
				for (const lang of LANGS)
					expect(LABELS[step.target.label][lang][0].trim(), `${step.id} ${lang}`).not.toBe('');
			}
		},
	);

	test.each(guides.map((guide) => [guide.id] as const))('%s has an end-to-end spec', (id) => {
		expect(existsSync(new URL(`../../e2e/${id}.e2e.ts`, import.meta.url)), `test/e2e/${id}.e2e.ts`).toBe(true);
	});

	test('every step text and hint exists in every language', () => {
		for (const guide of guides) {
			for (const step of guide.steps) {
				for (const lang of LANGS) {
					expect(STEP_TEXTS[lang][step.text].trim()).not.toBe('');
					expect(STEP_TEXTS[lang][step.hint].trim()).not.toBe('');
				}
			}
		}
	});
});
