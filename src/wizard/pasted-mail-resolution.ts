import type {PasteField, PasteProblem} from './paste-fields';
import type {Candidate, Place} from './pasted-mail-reader';
import {isAcceptedValue} from './pasted-mail-value';
import type {LabelKind, Section} from './pasted-mail-vocabulary';

// How the candidates the reader collected become one value per field, or the reason there is none.

const FIELD_OF: Readonly<Record<Section, Readonly<Record<Exclude<LabelKind, 'user-id'>, PasteField>>>> = {
	entered: {'first-name': 'entered-first-name', 'last-name': 'entered-last-name', email: 'entered-email'},
	registered: {'first-name': 'registered-first-name', 'last-name': 'registered-last-name', email: 'registered-email'},
};

type Resolution = {readonly value: string} | {readonly problem: PasteProblem};

/** The values the wizard accepts, each once: values that differ only in case or spacing are one (the first). */
function acceptedValues(field: PasteField, candidates: readonly Candidate[]): string[] {
	const byKey = new Map<string, string>();
	for (const {value} of candidates) {
		const key = value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
		if (!byKey.has(key) && isAcceptedValue(field, value)) byKey.set(key, value);
	}
	return [...byKey.values()];
}

/**
 * A person's field. Its value must come from its own section, and nothing may contradict it:
 * - a labelled value there is strong: it must agree with every other value in the section (labelled or a lone
 *   address) and with every value labelled for this field where no section covers it (such a line may belong to
 *   either data set, e.g. the rest of a block after a line that interrupted it);
 * - a lone address is weak: it must in addition agree with addresses labelled in a signature (the true one may
 *   stand after a closing formula that interrupted the block).
 * Contradictions make the field ambiguous; only refused values, invalid; nothing, not found.
 */
function resolvePersonField(
	field: PasteField,
	kind: LabelKind,
	section: Section,
	candidates: readonly Candidate[],
): Resolution {
	const ofKind = candidates.filter((candidate) => candidate.kind === kind);
	const own = ofKind.filter(({place}) => place === section);
	const elsewhere = (place: Place): Candidate[] => ofKind.filter((other) => other.place === place && !other.bare);
	const strong = acceptedValues(
		field,
		own.filter(({bare}) => !bare),
	);
	const pool =
		strong.length > 0
			? [...own, ...elsewhere('unknown')]
			: [...own, ...elsewhere('unknown'), ...elsewhere('signature')];
	const values = acceptedValues(field, pool);
	const ownValues = acceptedValues(field, own);
	if (values.length > 1 || (ownValues.length === 0 && acceptedValues(field, elsewhere('unknown')).length > 0))
		return {problem: 'ambiguous'};
	const [value] = ownValues;
	if (value !== undefined) return {value};
	return own.length > 0 ? {problem: 'invalid'} : {problem: 'not-found'};
}

export function resolveField(field: PasteField, candidates: readonly Candidate[]): Resolution {
	if (field === 'user-id') {
		// One person, one id: wherever the mail gives it, all mentions must agree.
		const ids = candidates.filter(({kind}) => kind === 'user-id');
		const [value, ...others] = acceptedValues(field, ids);
		if (others.length > 0) return {problem: 'ambiguous'};
		if (value !== undefined) return {value};
		return ids.length > 0 ? {problem: 'invalid'} : {problem: 'not-found'};
	}
	for (const section of ['entered', 'registered'] as const) {
		for (const [kind, name] of Object.entries(FIELD_OF[section]) as [LabelKind, PasteField][]) {
			if (name === field) return resolvePersonField(field, kind, section, candidates);
		}
	}
	return {problem: 'not-found'};
}
