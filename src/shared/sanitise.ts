/*
 * The diagnostics report's privacy filter (issue #12): whatever text it gets, what comes out holds no e-mail
 * address, no run of 4+ digits (ids, ExtIDs, profile numbers, phone numbers) and none of the personal values the
 * page shows (its table cells, the shown person's data). Pure, so its guarantees are property-tested.
 */

/** What replaces a removed personal value, an e-mail address or an id: none of these characters can form one. */
export const MASK = '…';

const EMAIL = /[^\s<>()[\]"',;:]*@[^\s<>()[\]"',;:]*/g;
const ID = /\d{4,}/g;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The personal values worth removing, longest first (so "Anna Müller" goes before "Anna"); trimmed, 2+ chars. */
export function personalPatterns(values: readonly string[]): RegExp | undefined {
	const unique = [...new Set(values.map((value) => value.replace(/\s+/g, ' ').trim()))].filter(
		(value) => value.length >= 2,
	);
	if (unique.length === 0) return undefined;
	unique.sort((a, b) => b.length - a.length);
	// Whitespace in a value matches any run of whitespace in the text (cells and headings wrap differently).
	return new RegExp(unique.map((value) => escapeRegExp(value).replace(/ /g, '\\s+')).join('|'), 'giu');
}

/**
 * `text` without personal values, e-mail addresses and ids. Removing a value can join its neighbours into a new
 * occurrence ("AnAnnana" → "An…na" does not, but masks are repeated until nothing changes to be sure).
 */
export function sanitise(text: string, personal: RegExp | undefined): string {
	let out = text;
	for (let pass = 0; pass < 10; pass++) {
		const before = out;
		if (personal) out = out.replace(personal, MASK);
		out = out.replace(EMAIL, MASK).replace(ID, MASK);
		if (out === before) break;
	}
	// Anything left that could still start an address (a lone "@") goes too.
	return out.replaceAll('@', MASK);
}
