import {FIELD_NAMES, type FieldName} from './input';

/** The wizard's fields a paste can fill: every input but the mail's date, which the paste does not read. */
export type PasteField = Exclude<FieldName, 'mail-date'>;
export const PASTE_FIELDS: readonly PasteField[] = FIELD_NAMES.filter(
	(name): name is PasteField => name !== 'mail-date',
);

/** Why a field was not filled: nothing found, contradicting candidates, or a value the wizard would refuse. */
export type PasteProblem = 'not-found' | 'ambiguous' | 'invalid';
