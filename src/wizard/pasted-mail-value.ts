import {validateWizardInput, type FieldName} from './input';

/*
 * Turning what stands after a label in a pasted mail into a value for the wizard, and telling whether the wizard would
 * accept it. The limits are the wizard's own (`validateWizardInput`: name length, e-mail shape and length, digits of
 * a user id), so the paste never fills a field the wizard then marks as invalid.
 */

// Wrappers around a whole value: «Anna», "Anna", 'Anna', <anna@spital.ch>, [anna@spital.ch], (Anna).
const WRAPPERS: readonly (readonly [string, string])[] = [
	['«', '»'],
	['"', '"'],
	['“', '”'],
	['„', '“'],
	["'", "'"],
	['‘', '’'],
	['<', '>'],
	['[', ']'],
	['(', ')'],
];

/** The text inside a wrapper that encloses all of it (`(Anna) (Muster)` is not one), else undefined. */
function unwrap(value: string): string | undefined {
	for (const [open, close] of WRAPPERS) {
		if (value.length < 2 || !value.startsWith(open) || !value.endsWith(close)) continue;
		const inner = value.slice(open.length, -close.length);
		if (!inner.includes(open) && !inner.includes(close)) return inner.trim();
	}
	return undefined;
}

// What a mail writes for "no value".
const PLACEHOLDER =
	/^(?:[-–—?./\s]+|n[./]?\s?a\.?|k\.?\s?a\.?|keine angaben?|leer|unbekannt|aucune?|vide|inconnue?|nessuno|vuoto|sconosciuto|none|empty|unknown)$/i;

/** The value without wrappers, surrounding punctuation and repeated spaces; empty when it says "no value". */
export function cleanValue(raw: string): string {
	let value = raw.replace(/\s+/g, ' ').trim();
	for (let inner = unwrap(value); inner !== undefined; inner = unwrap(value)) value = inner;
	value = value.replace(/[,;]+$/, '').trim();
	return PLACEHOLDER.test(value) ? '' : value;
}

// Anything shaped like an address; `isValidEmail` (through the wizard) decides. No quotes or brackets in it, and
// the domain has no apostrophe, so `'anna@spital.ch'` and `<anna@spital.ch>` give the bare address.
const EMAIL_SHAPED = /[^\s<>()[\]{}"«»,;:@]+@[^\s<>()[\]{}"«»',;:@]+/g;

/** The addresses in a text, as written, in order (each once, compared without case). */
export function findEmails(text: string): string[] {
	const seen = new Map<string, string>();
	for (const match of text.matchAll(EMAIL_SHAPED)) {
		const address = match[0].replace(/^['.]+/, '').replace(/\.+$/, '');
		if (!seen.has(address.toLowerCase())) seen.set(address.toLowerCase(), address);
	}
	return [...seen.values()];
}

/** The wizard's data sets as `validateWizardInput` takes them, with only this field filled. */
function inputWith(field: FieldName, value: string): Record<string, unknown> {
	const [set, ...rest] = field.split('-');
	const key = {'first-name': 'firstName', 'last-name': 'lastName', email: 'email'}[rest.join('-')];
	if (field === 'user-id') return {userId: value};
	if (field === 'mail-date') return {mailDate: value};
	return set === undefined || key === undefined ? {} : {[set]: {[key]: value}};
}

// A name with an address, a colon or a cell separator in it was cut wrongly from its line.
const NOT_IN_A_NAME = /[@:|<>\t]/;

/** True when the wizard accepts the value in that field (and, for names, nothing suggests a mis-read line). */
export function isAcceptedValue(field: FieldName, value: string): boolean {
	if (field.endsWith('-name') && NOT_IN_A_NAME.test(value)) return false;
	const result = validateWizardInput(inputWith(field, value));
	return result.ok || !result.errors.some((error) => error.field === field);
}

/** A user id as mails may group it (`2 376 660`, `2'376'660`): the digits; anything else stays for the wizard to refuse. */
export function cleanUserId(value: string): string {
	const digits = value.replace(/(?<=\d)[\s'’.](?=\d{3}(?!\d))/g, '');
	return digits.replace(/\.$/, '');
}
