import {z} from 'zod/mini';
import {LANGS} from './lang';
import {PageIdSchema} from './page-id-schema';
import {TargetSchema} from './target-schema';

/** One line of the page outline (src/portal/page-outline.ts `OutlineEntry`). */
const OutlineEntrySchema = z.object({
	role: z.string(),
	name: z.string(),
	disabled: z.boolean(),
	level: z.optional(z.number()),
});

/**
 * What a portal page gathers for the diagnostics report (`bg:diagnostics-report`); the background writes and
 * sanitises the text (src/background/diagnostics-text.ts), so the content script carries neither (issue #14), and
 * adds what it knows itself: the extension's version, the browser (its user agent is the page's) and the settings'
 * support address.
 */
export const DiagnosticsRequestFields = {
	page: PageIdSchema,
	lang: z.enum(LANGS),
	guide: z.optional(
		z.object({
			id: z.string(),
			step: z.optional(z.object({id: z.string(), target: TargetSchema})),
			stepNumber: z.number(),
			stepCount: z.number(),
			status: z.string(),
		}),
	),
	/** Whether a learned target exists for the step (taught or by policy). */
	learned: z.boolean(),
	outline: z.array(OutlineEntrySchema),
	/** What the page shows about people: masked wherever it appears. */
	personal: z.array(z.string()),
};

/** The report, sanitised, and the mail link to the support address when one is set. */
export const DiagnosticsReplySchema = z.object({report: z.string(), mailto: z.optional(z.string())});
