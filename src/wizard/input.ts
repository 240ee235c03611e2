import {z} from 'zod/mini';
import {EMAIL_MAX_LENGTH, isValidEmail} from '../shared/email-address';
import {isOnlyInvisible, stripInvisible} from '../shared/visible-text';

export {isValidEmail};

/*
 * What the superuser types into the popup's first screen: the data entered in the portal and the data of the person
 * who registered, as quoted in eIAM's discrepancy e-mail.
 *
 * Error messages are our own codes (never zod's English texts), so the popup can show them in the user's language
 * with `fieldErrorText` and mark the input named by `FieldError.field`.
 */

export const FIELD_ERROR_CODES = [
	'required',
	'invisible-only',
	'invalid-email',
	'too-long',
	'invalid-user-id',
	'invalid-date',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** The `name` attributes of the popup's inputs (testing contract in shared/DESIGN.md), plus the optional date. */
export const FIELD_NAMES = [
	'entered-first-name',
	'entered-last-name',
	'entered-email',
	'registered-first-name',
	'registered-last-name',
	'registered-email',
	'user-id',
	'mail-date',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export type FieldError = {readonly field: FieldName; readonly code: FieldErrorCode};

const NAME_MAX_LENGTH = 100;
const USER_ID_MAX_LENGTH = 20;

/** The longest value each input accepts (the `too-long` message names it). */
export const FIELD_MAX_LENGTH: Readonly<Record<FieldName, number>> = {
	'entered-first-name': NAME_MAX_LENGTH,
	'entered-last-name': NAME_MAX_LENGTH,
	'entered-email': EMAIL_MAX_LENGTH,
	'registered-first-name': NAME_MAX_LENGTH,
	'registered-last-name': NAME_MAX_LENGTH,
	'registered-email': EMAIL_MAX_LENGTH,
	'user-id': USER_ID_MAX_LENGTH,
	'mail-date': 10,
};

/**
 * Text as the user sees it (issue #13): invisible, control and bidi characters pasted from an e-mail are removed
 * (visible-text.ts), so they can neither make a value differ from what is shown nor fill a field that looks empty.
 * A value made only of them is flagged as such: the field looks filled to the user, who needs to know why it is not.
 */
const visibleString = z.pipe(
	z
		.string({error: 'required'})
		.check(z.refine((raw) => !isOnlyInvisible(raw), {error: 'invisible-only', abort: true})),
	z.transform(stripInvisible),
);

/** Trimmed, then required and bounded (each check says its own code). */
const trimmedText = (max: number) =>
	z.string().check(z.trim(), z.minLength(1, {error: 'required'}), z.maxLength(max, {error: 'too-long'}));

export const EmailSchema = z.pipe(
	visibleString,
	trimmedText(EMAIL_MAX_LENGTH).check(z.refine(isValidEmail, {error: 'invalid-email'})),
);

/** Names are shown in mail bodies: line breaks or tabs pasted from the eIAM mail become single spaces. */
export const NameSchema = z.pipe(
	visibleString,
	z.pipe(
		trimmedText(NAME_MAX_LENGTH),
		z.transform((name: string) => name.replace(/\s+/g, ' ')),
	),
);

/** The popup sends an empty string for an empty optional input; that means "not given", not "invalid". */
function emptyToUndefined(value: unknown): unknown {
	return typeof value === 'string' && stripInvisible(value).trim() === '' ? undefined : value;
}

/** A missing data set is reported field by field, so the popup can mark each of its inputs. */
function objectOrEmpty(value: unknown): unknown {
	return typeof value === 'object' && value !== null ? value : {};
}

export const PersonDataSchema = z.object({
	firstName: NameSchema,
	lastName: NameSchema,
	email: EmailSchema,
});
export type PersonData = z.output<typeof PersonDataSchema>;

/** eIAM user ids are numeric (e.g. 2376660); 20 digits leave room without accepting pasted text. */
const UserIdSchema = z.pipe(
	z.pipe(z.string({error: 'invalid-user-id'}), z.transform(stripInvisible)),
	z
		.string()
		.check(z.trim(), z.regex(new RegExp(`^\\d{1,${String(USER_ID_MAX_LENGTH)}}$`), {error: 'invalid-user-id'})),
);

/** The date of eIAM's e-mail as given by `<input type="date">`: yyyy-mm-dd, a real calendar date. */
const MailDateSchema = z.iso.date({error: 'invalid-date'});

export const WizardInputSchema = z.object({
	entered: z.pipe(z.transform(objectOrEmpty), PersonDataSchema),
	registered: z.pipe(z.transform(objectOrEmpty), PersonDataSchema),
	userId: z.pipe(z.transform(emptyToUndefined), z.optional(UserIdSchema)),
	mailDate: z.pipe(z.transform(emptyToUndefined), z.optional(MailDateSchema)),
});
export type WizardInput = z.output<typeof WizardInputSchema>;

export type WizardInputValidation =
	{readonly ok: true; readonly value: WizardInput} | {readonly ok: false; readonly errors: readonly FieldError[]};

const FIELD_BY_PATH: Readonly<Record<string, FieldName>> = {
	'entered.firstName': 'entered-first-name',
	'entered.lastName': 'entered-last-name',
	'entered.email': 'entered-email',
	'registered.firstName': 'registered-first-name',
	'registered.lastName': 'registered-last-name',
	'registered.email': 'registered-email',
	userId: 'user-id',
	mailDate: 'mail-date',
};

function isFieldErrorCode(message: string): message is FieldErrorCode {
	return (FIELD_ERROR_CODES as readonly string[]).includes(message);
}

/**
 * Validates what the popup collected. Returns at most one error per field (the first one zod reports), in the
 * order of the inputs on screen.
 */
export function validateWizardInput(raw: unknown): WizardInputValidation {
	const result = WizardInputSchema.safeParse(objectOrEmpty(raw));
	if (result.success) {
		return {ok: true, value: result.data};
	}

	const byField = new Map<FieldName, FieldErrorCode>();
	for (const issue of result.error.issues) {
		const field = FIELD_BY_PATH[issue.path.join('.')];
		if (field === undefined || byField.has(field)) {
			continue;
		}

		// Every schema above sets its own code; a wrong type (e.g. a number) shows as "required".
		byField.set(field, isFieldErrorCode(issue.message) ? issue.message : 'required');
	}

	const errors = FIELD_NAMES.flatMap((field): FieldError[] => {
		const code = byField.get(field);
		return code === undefined ? [] : [{field, code}];
	});
	return {ok: false, errors};
}
