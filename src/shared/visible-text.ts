/*
 * Text pasted or read from elsewhere (an e-mail, a portal cell) can carry characters nobody sees: zero-width spaces
 * and joiners, soft hyphens, bidi overrides (which can make `moc.liamg@` display as `@gmail.com`), byte-order marks,
 * variation selectors, Unicode tags and C0/C1 control characters. They would make a value differ from the one typed,
 * or hide what it really is, so the readers of such text remove them before looking at it.
 */

// \p{Cf}: format characters (soft hyphen, zero-width space/joiners, LRM/RLM, bidi embeddings, overrides and
// isolates, word joiner, BOM, Unicode tags). \p{Cc} minus tab, LF and CR: control characters. \p{Cs}: lone
// surrogates (not text). Variation selectors and the Hangul fillers render as nothing too.
const INVISIBLE =
	/[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cs}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0]|[\u{E0100}-\u{E01EF}]/gu;

/** The text without invisible, control and bidi characters; tabs and line breaks are kept. */
export function stripInvisible(text: string): string {
	return text.replace(INVISIBLE, '');
}

/** What a reader sees of the text: without invisible characters and surrounding white space ('' = looks empty). */
export function visibleText(text: string): string {
	return stripInvisible(text).trim();
}

/** Text that is not empty yet shows nothing: only invisible characters (and maybe white space). */
export function isOnlyInvisible(text: string): boolean {
	return text.trim() !== '' && visibleText(text) === '';
}
