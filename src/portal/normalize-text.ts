/**
 * Text folding for matching portal labels. The portal renders the same label with different whitespace
 * (`&nbsp;`, line breaks inside narrow buttons), apostrophes (`'` vs `’`, shared/portal/labels.json notes both),
 * trailing colons/periods (`Nachname:`, `… via e-mail.`). Everything here is pure string work and allocation-light:
 * it runs on every candidate control of a 10,000-row page. Reading the text off elements: element-text.ts.
 */

// Zero-width and soft-hyphen characters, plus the Unicode private-use area where icon fonts put their glyphs.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\uE000-\uF8FF]/g;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2014\u2212]/g;
const COMBINING_MARKS = /[\u0300-\u036F]/g;
const WHITESPACE = /\s+/g;
// Decoration around a label that does not change its meaning: mandatory `*`, trailing `:` / `.` / `…`.
const TRAILING_DECORATION = /[\s.:*…]+$/;
const LEADING_DECORATION = /^[\s*]+/;
// Text that needs more than trimming: invisible characters, runs of whitespace, whitespace other than a space.
const NEEDS_CLEANING = /[\u00AD\u200B-\u200D\u2060\uFEFF\uE000-\uF8FF]|\s\s|[^\S ]/;

/** Whitespace-normalised text, case and accents kept: for reading data (names, e-mails, ids) off the page. */
export function cleanText(text: string | null | undefined): string {
	if (!text) return '';
	const trimmed = text.trim();
	// Most cells are already clean: one test instead of two replacements (10,000 rows × 6 cells).
	if (!NEEDS_CLEANING.test(trimmed)) return trimmed;
	return trimmed.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

/**
 * Folded text for comparing labels: compatibility-normalised (nbsp → space), accents and case removed,
 * typographic apostrophes and dashes unified, decoration trimmed. `fold(' Mehr&nbsp;anzeigen ')` ===
 * `fold('mehr anzeigen')`.
 */
export function foldText(text: string | null | undefined): string {
	if (!text) return '';
	return text
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.replace(INVISIBLE, '')
		.replace(APOSTROPHES, "'")
		.replace(DASHES, '-')
		.replace(WHITESPACE, ' ')
		.replace(TRAILING_DECORATION, '')
		.replace(LEADING_DECORATION, '')
		.toLowerCase();
}

// Pages repeat the same texts thousands of times (a status word per row, a menu per row); folding each once
// saves most of the work on a 10,000-row list.
const MEMO_LIMIT = 4096;
const keyMemo = new Map<string, string>();

/**
 * The key two label texts are compared by: folded and without any spaces. Text split across elements can lose
 * its spaces (`<span>Neuen</span><span>Benutzer</span>`) or gain some (block children, wrapped buttons);
 * none of the portal's labels differ only by spacing, so ignoring spaces costs no precision.
 */
export function matchKey(text: string | null | undefined): string {
	if (!text) return '';
	let key = keyMemo.get(text);
	if (key === undefined) {
		key = foldText(text).replace(WHITESPACE, '');
		// Bounded: a page repeats a few hundred distinct texts (labels, status words); data must not pile up.
		if (keyMemo.size >= MEMO_LIMIT) keyMemo.clear();
		keyMemo.set(text, key);
	}
	return key;
}
