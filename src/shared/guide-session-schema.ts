import {z} from 'zod/mini';
import {GuideContextSchema} from './guide-context-schema';
import {GuideIdSchema} from './guide-id-schema';

/**
 * A guide in progress in one tab, as kept in storage.session (through the background) so it survives a reload,
 * SPA navigation and a round-trip through the CH-LOGIN sign-in page. Everything else is derived from the page.
 */
export const GuideSessionSchema = z.object({
	guide: GuideIdSchema,
	context: GuideContextSchema,
	stepIndex: z.number().check(z.int(), z.nonnegative()),
	/** Field values when a "change this field" step began, by step id. */
	baselines: z.record(z.string(), z.string()),
	/**
	 * Success messages already on the page when a "wait for the confirmation" step began (the step's id), taken
	 * again when the user clicks its control (`clicked`): only a message that appears after that click confirms it.
	 */
	confirmationsBefore: z.optional(
		z.object({step: z.string(), texts: z.array(z.string()), clicked: z.optional(z.boolean())}),
	),
	/** Steps the user chose to skip after the target could not be found. */
	skipped: z.array(z.string()),
	done: z.boolean(),
});
export type GuideSession = z.infer<typeof GuideSessionSchema>;
