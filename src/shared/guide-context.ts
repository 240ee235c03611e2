/**
 * The questions a guide may ask before it can point anywhere, with their answers: the one definition of the
 * choice values (testing contract: `[data-eiam-assist-choice="<value>"]`). Guides say which they ask (`asks`) and
 * which steps belong to which answer (`when`); the panel shows them as buttons. No zod here (the content script
 * asks the questions, issue #14); the schemas are in guide-context-schema.ts.
 */
export const CHOICES = {
	/** resend-code: why the code is sent again. */
	reason: ['code-expired', 'wrong-email'],
	/** resend-from-list: what to send. */
	send: ['new-code', 'reminder'],
	/** deactivate-user: the whole user (user list) or one profile (permissions page). */
	deactivate: ['user', 'profile'],
} as const;
export type Choices = {-readonly [N in keyof typeof CHOICES]: (typeof CHOICES)[N][number]};
export type ChoiceName = keyof Choices;

/** The answers of some of the questions: a guide's start context, or the answers a step belongs to. */
export type Answers = Partial<Choices>;

/** What a guide may be told at start, or asks the user: who it is for and which variant. */
export type GuideContext = Answers & {
	/** ExtID / user id of the person, when the guide was started for a known user (row, wizard). */
	extId?: string | undefined;
};

/** The answers a question allows, in the order the panel offers them. */
export function choiceValues<N extends ChoiceName>(name: N): readonly Choices[N][] {
	// TypeScript cannot narrow an entry of CHOICES by a generic key; Choices is derived from CHOICES entry by entry.
	return CHOICES[name] as unknown as readonly Choices[N][];
}

/** Whether `value` answers the question `name` (a button's value, read back from the page). */
export function isAnswer(name: string, value: string): name is ChoiceName {
	return Object.hasOwn(CHOICES, name) && (CHOICES[name as ChoiceName] as readonly string[]).includes(value);
}
