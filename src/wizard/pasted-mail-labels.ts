import {
	FOLDED_LABELS,
	foldWords,
	isQualifierWord,
	sectionOfWords,
	type LabelKind,
	type Section,
} from './pasted-mail-vocabulary';

/*
 * Reading labels in one line of a pasted mail: `Vorname: Anna`, `Prénom : Anna`, `E-Mail der registrierten Person:
 * a@b.ch`, `Vorname / Prénom / Nome: Anna`, `Vorname: Anna Nachname: Muster` (two fields flattened onto one line),
 * table cells (`Vorname | Anna`, `Vorname:<tab>Anna`).
 */

export type Label = {
	readonly kind: LabelKind;
	/**
	 * The section the label itself names (`Registrierter Vorname`), `unknown` when it names both, undefined when it
	 * names none (the section comes from the heading above).
	 */
	readonly section: Section | 'unknown' | undefined;
};

export type LabelledValue = {readonly label: Label; readonly value: string};

// Labels with their section words are short; a longer text before a colon is a sentence.
const LABEL_MAX_WORDS = 8;
// How many words before a colon inside a value may form the next label (`… Muster E-Mail im Portal: …`).
const INNER_LABEL_MAX_WORDS = 6;

function indexOfWords(words: readonly string[], part: readonly string[]): number {
	for (let start = 0; start + part.length <= words.length; start++) {
		if (part.every((word, offset) => words[start + offset] === word)) return start;
	}
	return -1;
}

function readLabelPart(text: string): Label | undefined {
	const words = foldWords(text);
	if (words.length === 0 || words.length > LABEL_MAX_WORDS) return undefined;
	for (const {kind, words: label} of FOLDED_LABELS) {
		const start = indexOfWords(words, label);
		if (start < 0) continue;
		const rest = [...words.slice(0, start), ...words.slice(start + label.length)];
		// Everything around the label must be section words or fillers: `Hinweis zur E-Mail` is no label.
		if (!rest.every(isQualifierWord)) return undefined;
		const section = sectionOfWords(rest);
		return {kind, section: section === 'conflict' ? 'unknown' : section};
	}
	return undefined;
}

/**
 * The label a text is (without its colon), or undefined. Alternatives in several languages (`Vorname / Prénom`) must
 * name the same field; sections they disagree on make the section unknown.
 */
export function readLabel(text: string): Label | undefined {
	const parts = text.split('/').map(readLabelPart);
	const [first] = parts;
	if (first === undefined || parts.some((part) => part === undefined || part.kind !== first.kind)) return undefined;
	const sections = new Set(parts.map((part) => part?.section).filter((section) => section !== undefined));
	const [section, ...others] = sections;
	return {kind: first.kind, section: others.length > 0 ? 'unknown' : section};
}

/** A label standing alone in a cell or line (`Vorname`, `Vorname:`), its value on the next line or in the next cell. */
export function readLabelOnly(text: string): Label | undefined {
	return readLabel(text.replace(/\s*:\s*$/, ''));
}

// A colon that ends a label: not inside a time (`10:15`) nor a URL scheme (`https://`).
const LABEL_COLON = /:(?!\/\/)/g;

function isTimeColon(text: string, index: number): boolean {
	return /\d/.test(text.charAt(index - 1)) && /\d/.test(text.charAt(index + 1));
}

/** Word starts (offsets) in a text, for cutting a label off the value before it. */
function wordStarts(text: string): number[] {
	return [...text.matchAll(/\S+/g)].map((match) => match.index);
}

/**
 * The labelled values of a cell that starts with a label and a colon, in order: `Vorname: Anna Nachname: Muster` gives
 * two. A value may be empty (`Vorname:` with its value elsewhere). Undefined when the cell does not start with a label.
 */
export function readLabelledValues(cell: string): LabelledValue[] | undefined {
	const colons = [...cell.matchAll(LABEL_COLON)]
		.map((match) => match.index)
		.filter((index) => !isTimeColon(cell, index));
	const [first, ...rest] = colons;
	if (first === undefined) return undefined;
	const firstLabel = readLabel(cell.slice(0, first));
	if (firstLabel === undefined) return undefined;

	const found: {label: Label; start: number; valueStart: number}[] = [
		{label: firstLabel, start: 0, valueStart: first + 1},
	];
	for (const colon of rest) {
		const previous = found[found.length - 1];
		if (previous === undefined) break; // never: `found` starts with one entry
		const before = cell.slice(previous.valueStart, colon);
		const starts = wordStarts(before);
		// The longest run of last words that reads as a label; shorter ones would leave label words in the value.
		for (let count = Math.min(INNER_LABEL_MAX_WORDS, starts.length - 1); count >= 1; count--) {
			const start = starts[starts.length - count];
			if (start === undefined) continue;
			const label = readLabel(before.slice(start));
			if (label) {
				found.push({label, start: previous.valueStart + start, valueStart: colon + 1});
				break;
			}
		}
	}
	return found.map(({label, valueStart}, index) => ({
		label,
		value: cell.slice(valueStart, found[index + 1]?.start ?? cell.length).trim(),
	}));
}

// Table cells: tabs (HTML tables copied as text), pipes (Markdown or text tables), or runs of three or more spaces
// (aligned columns). Two spaces are not enough: a double space inside a name is a common typo.
const CELL_SEPARATOR = /\s*[\t|]\s*|\s{3,}/;

/** The cells of a line; a line without separators is one cell. Outer pipes (`| a | b |`) add no empty cells. */
export function splitCells(text: string): string[] {
	const cells = text.split(CELL_SEPARATOR);
	if (text.startsWith('|')) cells.shift();
	if (text.endsWith('|')) cells.pop();
	return cells.map((cell) => cell.trim());
}
