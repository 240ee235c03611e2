import type {FieldName} from './input';
import {PASTE_FIELDS, type PasteField, type PasteResult} from './parse-pasted-mail';

/*
 * Pasting fills only empty fields (shared/DESIGN.md "Wizard input by pasting"): what the superuser typed always
 * wins. The popup marks the filled fields (`data-filled-from="paste"`) and can say which found values it kept out
 * because the field already held something else.
 */

export type PasteFill<Fields extends Readonly<Record<FieldName, string>>> = {
	/** The fields after the paste. */
	readonly fields: Fields;
	/** Fields that were empty and now hold a pasted value, in the order of `PASTE_FIELDS`. */
	readonly filled: readonly PasteField[];
	/** Fields whose pasted value differs from what the user had typed (left unchanged), in the same order. */
	readonly kept: readonly PasteField[];
};

export function fillFromPaste<Fields extends Readonly<Record<FieldName, string>>>(
	fields: Fields,
	found: PasteResult['found'],
): PasteFill<Fields> {
	const next: Record<FieldName, string> = {...fields};
	const filled: PasteField[] = [];
	const kept: PasteField[] = [];
	for (const field of PASTE_FIELDS) {
		const value = found[field];
		if (value === undefined) continue;
		const current = fields[field].trim();
		if (current === '') {
			next[field] = value;
			filled.push(field);
		} else if (current !== value) {
			kept.push(field);
		}
	}
	return {fields: {...fields, ...next}, filled, kept};
}
