import {z} from 'zod/mini';
import {AnswersSchema, ChoiceNameSchema} from '../shared/guide-context-schema';
import {GuideIdSchema} from '../shared/guide-id-schema';
import {PageIdSchema} from '../shared/page-id-schema';
import {TargetSchema} from '../shared/target-schema';
import {STEP_TEXTS} from './step-texts';

const kebab = z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/));
const TextKeySchema = z.enum(
	Object.keys(STEP_TEXTS.en) as [keyof typeof STEP_TEXTS.en, ...(keyof typeof STEP_TEXTS.en)[]],
);
export type StepTextKey = z.infer<typeof TextKeySchema>;

/**
 * How the engine knows a step is done, by what it observes (never by a click alone):
 * - `next-target`: the next step's target is there and usable (a menu opened, a row selection enabled Weiter);
 * - `field-filled`: the target field holds text; `field-changed`: its text differs from when the step began;
 * - `page-change`: the portal shows another page (the last step of a guide ends it);
 * - `confirmation`: the portal shows a new success message (ends the guide);
 * - `observed-changed`: what the step's `observe` target shows differs from when the step began (a grant adds a
 *   row to the granted permissions, a new profile empties them). Such a step, once done, also counts the steps
 *   before it on the page as done, even if what they left behind is gone (the role list clears after a grant).
 */
export const DoneWhenSchema = z.enum([
	'next-target',
	'field-filled',
	'field-changed',
	'page-change',
	'confirmation',
	'observed-changed',
]);
export type DoneWhen = z.infer<typeof DoneWhenSchema>;

export const StepSchema = z
	.object({
		id: kebab,
		page: PageIdSchema,
		target: TargetSchema,
		/** Pointed at instead when the target needs a person the guide does not know, or that is not on this page. */
		fallback: z.optional(TargetSchema),
		text: TextKeySchema,
		/** Where the control usually is, shown when it cannot be found. */
		hint: TextKeySchema,
		doneWhen: DoneWhenSchema,
		/** The step belongs to the guide only for these choices (e.g. the e-mail fix only when the address was wrong). */
		when: z.optional(AnswersSchema),
		/** Offer justification templates (the overview's traceability field). */
		offerTemplates: z.optional(z.boolean()),
		/** Warn when the typed e-mail address looks private. */
		checkEmail: z.optional(z.boolean()),
		/** What `observed-changed` watches (required with it). */
		observe: z.optional(TargetSchema),
		/** Name the chosen business role, explain the roles and check the profile's role category (issue #16). */
		explainRoles: z.optional(z.boolean()),
		/** Which justification templates to offer: the reason's (default) or those for a change of roles. */
		templateSet: z.optional(z.enum(['by-reason', 'role-change'])),
	})
	.check(
		z.refine(
			(step) => step.doneWhen !== 'observed-changed' || step.observe !== undefined,
			'observed-changed needs observe',
		),
	);
export type Step = z.infer<typeof StepSchema>;

export const GuideSchema = z.object({
	/** Also names the guide's title (guide-titles.ts) and its E2E spec (test/e2e/<id>.e2e.ts). */
	id: GuideIdSchema,
	/** Choices the guide needs before it can start; each is asked unless the start context or the page answers it. */
	asks: z.array(ChoiceNameSchema),
	steps: z.array(StepSchema).check(z.minLength(1)),
});
export type Guide = z.infer<typeof GuideSchema>;
