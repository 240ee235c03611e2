import {pattern} from './label-table';
import {cleanText} from './normalize-text';
import {outsideTableBodies} from './page-scan';
import {mainRegion} from './regions';

/*
 * The user list's own count of its users (labels.json userSelection.paginationResults / resultCount): DE
 * «4 von 4 Resultat(e)», FR «4 de 4 Résultat(s)», IT «4 di 4 Risultati», EN (proposed) «4 of 4 result(s)», or only
 * «4 Resultat(e)». In «X von Y», Y is the list's total and X the users matching its filters. Swiss thousands
 * separators (1’000, 1'000, 1 000) are read as part of the number.
 */

export type ResultCount = {
	/** The users the list's filters let through (the first number; the only one in the short form). */
	readonly matching: number;
	/** The users in the list (the second number; equal to `matching` in the short form). */
	readonly total: number;
};

const toNumber = (text: string): number => Number(text.replace(/\D/g, ''));

/** Reads a count text; undefined for anything else (also «von Resultat(e)» before the list has loaded). */
export function parseResultCount(text: string | null | undefined): ResultCount | undefined {
	const clean = cleanText(text);
	const full = pattern('resultCountFull', 'iu').exec(clean);
	if (full) return {matching: toNumber(full[1] ?? ''), total: toNumber(full[2] ?? '')};
	const short = pattern('resultCountShort', 'iu').exec(clean);
	if (short) {
		const count = toNumber(short[1] ?? '');
		return {matching: count, total: count};
	}
	return undefined;
}

/** The count the page shows: the innermost element whose whole text is one. */
export function findResultCount(doc: Document): ResultCount | undefined {
	for (const element of outsideTableBodies(mainRegion(doc) ?? doc)) {
		if (element.childElementCount > 3) continue;
		const text = element.textContent;
		if (text.length > 80) continue;
		const count = parseResultCount(text);
		if (count) return count;
	}
	return undefined;
}

/**
 * The rows-per-page choices the paginator offers, where the page shows them without a click (a native select, or a
 * dropdown's open list): only whole numbers. Empty when they cannot be read.
 */
export function readRowsPerPageOptions(doc: Document): number[] {
	const region = mainRegion(doc) ?? doc;
	const choices = new Set<number>();
	for (const select of region.querySelectorAll('select')) {
		const values = [...select.options].map((option) => cleanText(option.textContent));
		if (values.length > 0 && values.every((value) => /^\d+$/.test(value))) {
			for (const value of values) choices.add(Number(value));
		}
	}
	return [...choices].sort((a, b) => a - b);
}
