import {z} from 'zod/mini';
import {LANGS, type Lang} from '../../shared/lang';
import {boundText, type PortalPerson} from '../../shared/portal-data';
import {QUESTION_IDS, type QuestionId} from '../../wizard/classify';
import {fillFromPaste} from '../../wizard/fill-from-paste';
import {FIELD_NAMES, type FieldName} from '../../wizard/input';
import {PASTE_FIELDS, type PasteField, type PasteProblem, type PasteResult} from '../../wizard/parse-pasted-mail';
import {CHECKLIST_ITEM_IDS, OUTCOMES, type ChecklistItemId, type Outcome} from '../../wizard/outcome-checklist';

/*
 * The wizard's whole state, kept in browser.storage.session under one key: the popup closes whenever focus leaves
 * it (the superuser switches to the portal or their mail), and must reopen where they left off (issue 6). Session
 * storage is cleared when the browser closes, so no personal data stays on disk.
 */

export const WIZARD_STATE_KEY = 'popup-wizard';

/** What the superuser typed, by the inputs' `name` (testing contract); raw strings, validated on every render. */
export type WizardFields = Record<FieldName, string>;

export type WizardState = {
	readonly fields: WizardFields;
	/** Fields the user left with something in them: their errors are shown (never while typing into a fresh one). */
	readonly touched: readonly FieldName[];
	/** The user tried to continue: all errors are shown. */
	readonly submitted: boolean;
	/** Yes/no answers to the questions of an `unsure` suggestion; yes = same person. */
	readonly answers: Readonly<Partial<Record<QuestionId, boolean>>>;
	/** The confirmed outcome; null while on the input screen. */
	readonly outcome: Outcome | null;
	readonly ticked: readonly ChecklistItemId[];
	/** Language of the e-mail to the person; null = the UI language. */
	readonly contactLang: Lang | null;
	/** Fields whose value came from a pasted e-mail and was not edited since (marked `data-filled-from="paste"`). */
	readonly pasted: readonly PasteField[];
	/** What the last paste did, for the status line; null before any paste or after the text area was emptied. */
	readonly paste: PasteReport | null;
};

/** The outcome of one paste as the popup reports it (shared/DESIGN.md "Wizard input by pasting"). */
export type PasteReport = {
	readonly filled: readonly PasteField[];
	/** Found, but the user had typed something else there: left as typed. */
	readonly kept: readonly PasteField[];
	readonly unresolved: readonly {readonly field: PasteField; readonly problem: PasteProblem}[];
	readonly truncated: boolean;
};

/*
 * Read back field by field (issue #13): one value that does not fit (too long, of the wrong type, from a bug) costs
 * that value alone, never what else the superuser typed. A text longer than the wizard keeps is cut to it, as
 * typing and prefilling cut it, so the too-long message shows again instead of the text disappearing.
 */

/** A stored text, bounded like a typed one; anything that is not a string reads as empty. */
const StoredTextSchema = z.catch(z.pipe(z.string(), z.transform(boundText)), '');

/** A stored list keeps its valid items; a value that is not a list reads as empty. */
function itemsOf<T>(item: z.ZodMiniType<T>): z.ZodMiniType<T[]> {
	return z.catch(
		z.pipe(
			z.array(z.unknown()),
			z.transform((items: unknown[]) =>
				items.flatMap((value) => {
					const parsed = item.safeParse(value);
					return parsed.success ? [parsed.data] : [];
				}),
			),
		),
		[],
	);
}

const FieldsSchema = z.catch(
	z.object(
		Object.fromEntries(FIELD_NAMES.map((name) => [name, StoredTextSchema])) as Record<
			FieldName,
			typeof StoredTextSchema
		>,
	),
	() => ({...EMPTY_FIELDS}),
);

const AnswersSchema = z.catch(
	z.pipe(
		z.record(z.string(), z.unknown()),
		z.transform((stored: Record<string, unknown>) => {
			const answers: Partial<Record<QuestionId, boolean>> = {};
			for (const question of QUESTION_IDS) {
				const answer = stored[question];
				if (typeof answer === 'boolean') answers[question] = answer;
			}
			return answers;
		}),
	),
	{},
);

const PasteFieldSchema = z.enum(PASTE_FIELDS);

const PasteReportSchema = z.object({
	filled: z.array(PasteFieldSchema),
	kept: z.array(PasteFieldSchema),
	unresolved: z.array(z.object({field: PasteFieldSchema, problem: z.enum(['not-found', 'ambiguous', 'invalid'])})),
	truncated: z.boolean(),
});

const StoredStateSchema = z.object({
	version: z.literal(1),
	fields: FieldsSchema,
	touched: itemsOf(z.enum(FIELD_NAMES)),
	submitted: z.catch(z.boolean(), false),
	answers: AnswersSchema,
	outcome: z.catch(z.nullable(z.enum(OUTCOMES)), null),
	ticked: itemsOf(z.enum(CHECKLIST_ITEM_IDS)),
	contactLang: z.catch(z.nullable(z.enum(LANGS)), null),
	// A state saved before pasting existed reads as «nothing pasted».
	pasted: itemsOf(PasteFieldSchema),
	paste: z.catch(z.nullable(PasteReportSchema), null),
});
type StoredState = z.output<typeof StoredStateSchema>;

const EMPTY_FIELDS: WizardFields = Object.freeze(
	Object.fromEntries(FIELD_NAMES.map((name) => [name, ''])) as WizardFields,
);

export const FRESH_STATE: WizardState = Object.freeze({
	fields: EMPTY_FIELDS,
	touched: [],
	submitted: false,
	answers: {},
	outcome: null,
	ticked: [],
	contactLang: null,
	pasted: [],
	paste: null,
});

/** What storage.session held, value by value; the fresh state when nothing of this version is there. */
export function parseWizardState(raw: unknown): WizardState {
	const parsed = StoredStateSchema.safeParse(raw);
	if (!parsed.success) return FRESH_STATE;
	const {fields, touched, submitted, answers, outcome, ticked, contactLang} = parsed.data;
	return {
		fields,
		touched,
		submitted,
		answers,
		outcome,
		ticked,
		contactLang,
		pasted: parsed.data.pasted,
		paste: parsed.data.paste,
	};
}

export function serializeWizardState(state: WizardState): StoredState {
	return {
		version: 1,
		fields: {...state.fields},
		touched: [...state.touched],
		submitted: state.submitted,
		answers: {...state.answers},
		outcome: state.outcome,
		ticked: [...state.ticked],
		contactLang: state.contactLang,
		pasted: [...state.pasted],
		paste:
			state.paste === null
				? null
				: {
						filled: [...state.paste.filled],
						kept: [...state.paste.kept],
						unresolved: state.paste.unresolved.map(({field, problem}) => ({field, problem})),
						truncated: state.paste.truncated,
					},
	};
}

export function isFresh(state: WizardState): boolean {
	return JSON.stringify(serializeWizardState(state)) === JSON.stringify(serializeWizardState(FRESH_STATE));
}

const ENTERED_FIELDS = ['entered-first-name', 'entered-last-name', 'entered-email'] as const;

/** The portal's data set is still empty (so prefilling it from the portal overwrites nothing). */
export function isEnteredEmpty(state: WizardState): boolean {
	return ENTERED_FIELDS.every((name) => state.fields[name].trim() === '') && state.fields['user-id'].trim() === '';
}

export type WizardAction =
	| {readonly type: 'edit'; readonly field: FieldName; readonly value: string}
	| {readonly type: 'touch'; readonly field: FieldName}
	| {readonly type: 'submit'}
	| {readonly type: 'prefill'; readonly person: PortalPerson}
	| {readonly type: 'paste'; readonly result: PasteResult}
	| {readonly type: 'paste-cleared'}
	| {readonly type: 'answer'; readonly question: QuestionId; readonly value: boolean}
	| {readonly type: 'confirm'; readonly outcome: Outcome}
	| {readonly type: 'back'}
	| {readonly type: 'tick'; readonly item: ChecklistItemId; readonly ticked: boolean}
	| {readonly type: 'contact-lang'; readonly lang: Lang}
	| {readonly type: 'reset'};

/** The user id and the date do not change the suggestion; answers about the names or addresses no longer apply. */
function isPersonField(field: FieldName): boolean {
	return field !== 'user-id' && field !== 'mail-date';
}

/**
 * Fills the empty fields from a paste (`fillFromPaste`). A field that still holds an earlier paste's value counts as
 * empty when this paste found one: pasting the right mail after the wrong one (or the whole mail after a part)
 * replaces what the first paste filled, never what the user typed.
 */
function applyPaste(state: WizardState, result: PasteResult): WizardState {
	const base: Record<FieldName, string> = {...state.fields};
	for (const field of state.pasted) if (result.found[field] !== undefined) base[field] = '';
	const {fields, filled, kept} = fillFromPaste(base, result.found);
	const changed = FIELD_NAMES.filter((name) => fields[name] !== state.fields[name]);
	return {
		...state,
		fields,
		answers: changed.some(isPersonField) ? {} : state.answers,
		pasted: [...new Set([...state.pasted, ...filled])],
		paste: {filled, kept, unresolved: result.unresolved, truncated: result.truncated},
	};
}

export function reduceWizard(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'edit': {
			// A paste far beyond any field's limit is cut to what the wizard keeps: saved, and flagged too long.
			const value = boundText(action.value);
			if (state.fields[action.field] === value) return state;
			return {
				...state,
				fields: {...state.fields, [action.field]: value},
				answers: isPersonField(action.field) ? {} : state.answers,
				// Edited by hand: now it is what the user typed, which a later paste must not overwrite.
				pasted: state.pasted.filter((field) => field !== action.field),
			};
		}
		case 'touch':
			// Leaving a field that is still empty (tabbing or clicking through, the autofocused first field) says
			// nothing yet: "required" waits for an attempt to continue. Showing it on such a blur would also shift
			// the layout under the pointer between mousedown and click.
			if (state.touched.includes(action.field) || state.fields[action.field].trim() === '') return state;
			return {...state, touched: [...state.touched, action.field]};
		case 'submit':
			return state.submitted ? state : {...state, submitted: true};
		case 'prefill': {
			const {person} = action;
			// Bounded like typing: the portal page is text from elsewhere too.
			const userId = boundText(person.userId?.trim() ?? ''); // missing when the portal page shows no ExtID
			return {
				...state,
				fields: {
					...state.fields,
					'entered-first-name': boundText(person.firstName.trim()),
					'entered-last-name': boundText(person.lastName.trim()),
					'entered-email': boundText(person.email.trim()),
					'user-id': userId === '' ? state.fields['user-id'] : userId,
				},
				answers: {},
				pasted: state.pasted.filter(
					(field) => !ENTERED_FIELDS.some((name) => name === field) && (field !== 'user-id' || userId === ''),
				),
			};
		}
		case 'paste':
			return applyPaste(state, action.result);
		case 'paste-cleared':
			return state.paste === null ? state : {...state, paste: null};
		case 'answer':
			return {...state, answers: {...state.answers, [action.question]: action.value}};
		case 'confirm':
			return {...state, outcome: action.outcome};
		case 'back':
			return {...state, outcome: null};
		case 'tick': {
			const others = state.ticked.filter((item) => item !== action.item);
			return {...state, ticked: action.ticked ? [...others, action.item] : others};
		}
		case 'contact-lang':
			return {...state, contactLang: action.lang};
		case 'reset':
			return FRESH_STATE;
	}
}
