import {answerQuestions, classifyDiscrepancy, type Classification, type Suggestion} from '../../wizard/classify';
import {validateWizardInput, type FieldErrorCode, type FieldName, type WizardInput} from '../../wizard/input';
import type {WizardFields, WizardState} from './wizard-state';

/** What the screens show, derived from the state on every render (pure; cheap for a handful of fields). */
export type WizardView = {
	/** Every field's first error, whether shown yet or not. */
	readonly errors: ReadonlyMap<FieldName, FieldErrorCode>;
	/** The validated input once every field is valid (the e-mails need it); undefined otherwise. */
	readonly input: WizardInput | undefined;
	/** Present as soon as both data sets are valid, even while the user id or the date are still wrong. */
	readonly classification: Classification | undefined;
	/** The suggestion after the superuser's answers. */
	readonly suggestion: Suggestion | undefined;
};

type RawInput = {
	entered: {firstName: string; lastName: string; email: string};
	registered: {firstName: string; lastName: string; email: string};
	userId: string;
	mailDate: string;
};

export function toRawInput(fields: WizardFields): RawInput {
	return {
		entered: {
			firstName: fields['entered-first-name'],
			lastName: fields['entered-last-name'],
			email: fields['entered-email'],
		},
		registered: {
			firstName: fields['registered-first-name'],
			lastName: fields['registered-last-name'],
			email: fields['registered-email'],
		},
		userId: fields['user-id'],
		mailDate: fields['mail-date'],
	};
}

export function deriveWizardView(state: WizardState): WizardView {
	const raw = toRawInput(state.fields);
	const full = validateWizardInput(raw);
	const errors = new Map<FieldName, FieldErrorCode>(full.ok ? [] : full.errors.map(({field, code}) => [field, code]));
	// The suggestion needs only the two data sets: a half-typed user id must not hide it.
	const persons = full.ok ? full : validateWizardInput({...raw, userId: '', mailDate: ''});
	const classification = persons.ok
		? classifyDiscrepancy(persons.value.entered, persons.value.registered)
		: undefined;
	return {
		errors,
		input: full.ok ? full.value : undefined,
		classification,
		suggestion: classification === undefined ? undefined : answerQuestions(classification, state.answers),
	};
}

/** The error to show beside a field: only once the user left it or tried to continue. */
export function visibleError(state: WizardState, view: WizardView, field: FieldName): FieldErrorCode | undefined {
	if (!state.submitted && !state.touched.includes(field)) return undefined;
	return view.errors.get(field);
}
