import {z} from 'zod/mini';
import {cleanPastedText} from './clean-pasted-text';
import {PASTE_FIELDS, type PasteField, type PasteProblem} from './paste-fields';
import {MailReader} from './pasted-mail-reader';
import {resolveField} from './pasted-mail-resolution';

export {PASTE_FIELDS, type PasteField, type PasteProblem} from './paste-fields';

/*
 * Reads eIAM's discrepancy e-mail as the superuser pastes it into the wizard (shared/DESIGN.md "Wizard input by
 * pasting"), in any of the four languages, for the wizard's fields. Nobody on the team has seen that e-mail, so the
 * reading is tolerant of layout (label lines in any order, headings or labels that name the data set, two-column
 * tables, quoted replies, HTML-to-text artefacts) and strict about meaning: a value is returned only when the mail
 * places it in its data set and nothing in the mail contradicts it. Whatever is missing, contradictory or unusable is
 * reported per field, never guessed:
 * - a field label with no heading (or label word) telling the portal's data from the registered person's is
 *   ambiguous for both data sets;
 * - two different values for one field (two addresses on one line, a forwarded copy that differs) are ambiguous;
 * - other text after a labelled block closes it, and a closing formula starts the signature, so a footer's
 *   `E-Mail: support@…` is not read as the person's (test/unit/wizard/parse-pasted-mail-properties.test.ts checks
 *   that such lines, wherever they stand, only ever take values away, never give a wrong one);
 * - a value the wizard would refuse (too long, not an address, not digits) is invalid.
 */

export type PasteResult = {
	/** The recognised values, as the wizard's inputs take them. */
	readonly found: Readonly<Partial<Record<PasteField, string>>>;
	/** Every other field with the reason, in the order of `PASTE_FIELDS`. */
	readonly unresolved: readonly {readonly field: PasteField; readonly problem: PasteProblem}[];
	/** The paste was longer than `PASTE_MAX_LENGTH`; only its beginning was read. */
	readonly truncated: boolean;
};

/** Far beyond any mail thread worth pasting, small enough to read in a blink. */
export const PASTE_MAX_LENGTH = 100_000;

// The paste comes from the clipboard via the popup: anything but text reads as an empty paste.
const PastedTextSchema = z.string();

/** Reads the pasted text of eIAM's e-mail: the values it recognised and, for every other field, why not. */
export function parsePastedMail(pasted: unknown): PasteResult {
	const parsed = PastedTextSchema.safeParse(pasted);
	const text = parsed.success ? parsed.data : '';
	const reader = new MailReader(cleanPastedText(text.slice(0, PASTE_MAX_LENGTH)));
	reader.read();

	const found: Partial<Record<PasteField, string>> = {};
	const unresolved: {field: PasteField; problem: PasteProblem}[] = [];
	for (const field of PASTE_FIELDS) {
		const resolution = resolveField(field, reader.candidates);
		if ('value' in resolution) found[field] = resolution.value;
		else unresolved.push({field, problem: resolution.problem});
	}
	return {found, unresolved, truncated: text.length > PASTE_MAX_LENGTH};
}
