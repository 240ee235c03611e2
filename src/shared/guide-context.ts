import {z} from 'zod/mini';

/**
 * The questions a guide may ask before it can point anywhere, with their answers: the one definition of the
 * choice values (testing contract: `[data-eiam-assist-choice="<value>"]`). Guides say which they ask (`asks`) and
 * which steps belong to which answer (`when`); the panel shows them as buttons.
 */
export const ChoicesSchema = z.object({
	/** resend-code: why the code is sent again. */
	reason: z.enum(['code-expired', 'wrong-email']),
	/** resend-from-list: what to send. */
	send: z.enum(['new-code', 'reminder']),
	/** deactivate-user: the whole user (user list) or one profile (permissions page). */
	deactivate: z.enum(['user', 'profile']),
});
export type Choices = z.infer<typeof ChoicesSchema>;
export type ChoiceName = keyof Choices;
export const ChoiceNameSchema = z.keyof(ChoicesSchema);

/** The answers of some of the questions: a guide's start context, or the answers a step belongs to. */
export const AnswersSchema = z.partial(ChoicesSchema);
export type Answers = z.infer<typeof AnswersSchema>;

/** The answers a question allows, in the order the panel offers them. */
export function choiceValues<N extends ChoiceName>(name: N): readonly Choices[N][] {
	// The schema's own list; TypeScript cannot narrow a shape's entry by a generic key.
	return ChoicesSchema.shape[name].options as unknown as readonly Choices[N][];
}

/** What a guide may be told at start, or asks the user: who it is for and which variant. */
export const GuideContextSchema = z.extend(AnswersSchema, {
	/** ExtID / user id of the person, when the guide was started for a known user (row, wizard). */
	extId: z.optional(z.string().check(z.regex(/^\d{1,20}$/))), // as long as the wizard's user id
});
export type GuideContext = z.infer<typeof GuideContextSchema>;
