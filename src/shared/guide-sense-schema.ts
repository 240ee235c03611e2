import {z} from 'zod/mini';
import {ChoiceNameSchema, GuideContextSchema} from './guide-context-schema';
import {GuideIdSchema} from './guide-id-schema';
import type {GuideDirective, GuideSnapshot} from './guide-sense';
import {PageIdSchema} from './page-id-schema';

// The schemas of guide-sense.ts, for the background (a snapshot comes from a portal page) and for the reply it
// sends. The compiler holds them to the hand-written types (`satisfies`).

const TargetStateSchema = z.enum(['ready', 'present', 'missing']);

export const GuideSnapshotSchema = z.object({
	guide: GuideIdSchema,
	extId: z.optional(z.string()),
	page: PageIdSchema,
	steps: z.record(
		z.string(),
		z.object({target: TargetStateSchema, value: z.string(), observed: z.optional(z.string())}),
	),
	confirmations: z.array(z.string()),
	selected: z.optional(z.string()),
}) satisfies z.ZodMiniType<GuideSnapshot>;

export const GuideDirectiveSchema = z.object({
	guide: GuideIdSchema,
	context: GuideContextSchema,
	choice: z.optional(ChoiceNameSchema),
	stepId: z.optional(z.string()),
	stepNumber: z.number(),
	stepCount: z.number(),
	status: z.enum(['active', 'waiting', 'lost', 'done']),
	pickedUp: z.optional(z.boolean()),
	watch: z.array(z.string()),
	finalClick: z.optional(z.boolean()),
	resense: z.optional(z.boolean()),
}) satisfies z.ZodMiniType<GuideDirective>;

/** What a portal page asks of its tab's guide runner (`bg:guide`); every act but `resume` carries a fresh look. */
export const GuideActSchema = z.discriminatedUnion('do', [
	/** The page changed: evaluate what it sees. */
	z.object({do: z.literal('sense'), snapshot: GuideSnapshotSchema}),
	/** Start a guide (the launcher, a row helper, the review). */
	z.object({
		do: z.literal('start'),
		guide: GuideIdSchema,
		context: GuideContextSchema,
		page: PageIdSchema,
		snapshot: GuideSnapshotSchema,
	}),
	/** The page loaded, or the popup started a guide for it: take up the tab's stored session. */
	z.object({do: z.literal('resume'), page: PageIdSchema}),
	z.object({do: z.literal('choose'), name: z.string(), value: z.string(), snapshot: GuideSnapshotSchema}),
	z.object({do: z.enum(['retry', 'skip']), snapshot: GuideSnapshotSchema}),
	z.object({do: z.enum(['cancel', 'dismiss'])}),
]);
export type GuideAct = z.infer<typeof GuideActSchema>;
