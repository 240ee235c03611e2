import {z} from 'zod/mini';
import {GuideIdSchema} from './guide-id-schema';
import {PageIdSchema} from './page-id-schema';

/*
 * A learned target (issue #12): the control a superuser showed the extension for a step that went `lost`, kept as
 * a description by meaning — never a CSS path, never personal data. One JSON shape for storage.local, the options
 * page's export/import file and the administrator's `learnedTargets` policy. The content script receives these
 * already validated (by the background) and never parses them itself.
 */

/** The accessible roles a taught control may have (what a user can click or type into). */
export const LearnedRoleSchema = z.enum([
	'button',
	'link',
	'menuitem',
	'tab',
	'textbox',
	'checkbox',
	'radio',
	'option',
	'combobox',
	'row',
]);
export type LearnedRole = z.infer<typeof LearnedRoleSchema>;

// Accessible names and headings are short; digit runs of 4+ (ids) and `@` (e-mail addresses) are personal data.
const meaningText = z.string().check(
	z.maxLength(120),
	z.refine((text) => !/\d{4}/.test(text) && !text.includes('@'), 'no ids or e-mail addresses'),
);

export const LearnedTargetSchema = z.object({
	guide: GuideIdSchema,
	step: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)),
	page: PageIdSchema,
	role: LearnedRoleSchema,
	/** The control's accessible name as the portal showed it ('' for an icon-only control without a name). */
	name: meaningText,
	/** The heading of the region it sits in (a dialog's title, the page's section heading), '' when none. */
	region: meaningText,
	/** For a control in a table row: its place among the row's actions (0-based) and how many there were. */
	rowAction: z.optional(
		z.object({index: z.number().check(z.int(), z.minimum(0)), of: z.number().check(z.int(), z.minimum(1))}),
	),
	/** The language the page was in when it was taught (the name is in that language). */
	lang: z.enum(['de', 'fr', 'it', 'en']),
	/** When it was taught (ISO date-time), for the options page. */
	learnedAt: z.optional(z.string().check(z.maxLength(40))),
});
export type LearnedTarget = z.infer<typeof LearnedTargetSchema>;

/** The export file and the policy value: `{"version": 1, "targets": [...]}`. */
export const LearnedTargetsFileSchema = z.object({
	version: z.literal(1),
	targets: z.array(LearnedTargetSchema).check(z.maxLength(200)),
});
export type LearnedTargetsFile = z.infer<typeof LearnedTargetsFileSchema>;

/** What storage.local holds, each entry validated on its own (a broken entry never costs the others). */
export function parseStoredLearned(raw: unknown): LearnedTarget[] {
	if (!Array.isArray(raw)) return [];
	return raw.flatMap((entry) => {
		const parsed = LearnedTargetSchema.safeParse(entry);
		return parsed.success ? [parsed.data] : [];
	});
}

/** An imported file or a policy value: all or nothing (a bad file changes nothing). */
export function parseLearnedFile(raw: unknown): LearnedTarget[] | undefined {
	const parsed = LearnedTargetsFileSchema.safeParse(raw);
	return parsed.success ? parsed.data.targets : undefined;
}

export function learnedFile(targets: readonly LearnedTarget[]): LearnedTargetsFile {
	return {version: 1, targets: [...targets]};
}
