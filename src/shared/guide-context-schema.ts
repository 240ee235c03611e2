import {z} from 'zod/mini';
import {CHOICES, type Answers, type ChoiceName, type GuideContext} from './guide-context';

// The choices and start context of guide-context.ts as schemas, where they arrive from outside (messages, storage)
// and for the unit test of the guides. The compiler holds them to the hand-written types (`satisfies`).

export const ChoicesSchema = z.object({
	reason: z.enum(CHOICES.reason),
	send: z.enum(CHOICES.send),
	deactivate: z.enum(CHOICES.deactivate),
});
export const ChoiceNameSchema = z.keyof(ChoicesSchema) satisfies z.ZodMiniType<ChoiceName>;

export const AnswersSchema = z.partial(ChoicesSchema) satisfies z.ZodMiniType<Answers>;

export const GuideContextSchema = z.extend(AnswersSchema, {
	extId: z.optional(z.string().check(z.regex(/^\d{1,20}$/))), // as long as the wizard's user id
}) satisfies z.ZodMiniType<GuideContext>;
