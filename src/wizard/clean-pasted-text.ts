import {stripInvisible} from '../shared/visible-text';

/*
 * What a superuser's paste of eIAM's e-mail looks like after the mail client, the browser and the clipboard are done
 * with it: CRLF or CR line ends, quoted replies (`> `, `>> `), HTML turned to text (`*bold*`, `_italics_`,
 * `anna@spital.ch <mailto:anna@spital.ch>`, `&nbsp;`, leftover tags, table cells as tabs or pipes, bullets),
 * non-breaking and narrow spaces, invisible and bidi characters. This turns it into plain lines for
 * `parsePastedMail`, each with its quote depth (a change of depth starts another message).
 */

export type PastedLine = {
	/** The line without quote markers, artefacts and surrounding whitespace; tabs and pipes still separate cells. */
	readonly text: string;
	/** How many `>` quoted it: 0 for the superuser's own text. */
	readonly depth: number;
};

// The entities an HTML-to-text step may leave: spaces, markup characters, quotes, and the letters of names in the
// four languages.
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	nbsp: ' ',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	laquo: '«',
	raquo: '»',
	...Object.fromEntries(
		['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'].flatMap((vowel) => [
			[`${vowel}uml`, `${vowel}\u0308`.normalize('NFC')],
			[`${vowel}acute`, `${vowel}\u0301`.normalize('NFC')],
			[`${vowel}grave`, `${vowel}\u0300`.normalize('NFC')],
			[`${vowel}circ`, `${vowel}\u0302`.normalize('NFC')],
		]),
	),
	ccedil: 'ç',
	Ccedil: 'Ç',
	szlig: 'ß',
};
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;

function decodeEntity(whole: string, name: string): string {
	if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
	const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
	// A surrogate or out-of-range code is no character: dropped, like any other invisible junk.
	return code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '' : String.fromCodePoint(code);
}

// HTML that reached the clipboard as text: block ends become line breaks, cell ends tabs, other tags nothing. A tag
// name is followed by a space, `/` or `>`, so `<anna@spital.ch>` and `<mailto:…>` are no tags; a tag never spans
// lines, so a stray `<` in a value does not swallow the lines after it.
const BLOCK_TAG = /<\/?(?:br|p|div|tr|li|ul|ol|table|tbody|thead|h[1-6])(?:[ \t/][^<>\r\n]*)?>/gi;
const CELL_END_TAG = /<\/t[dh][ \t]*>/gi;
const OTHER_TAG = /<\/?[a-z][a-z0-9-]*(?:[ \t/][^<>\r\n]*)?>/gi;

const QUOTE_PREFIX = /^(?:[ \t]*>)+ ?/;
// `anna@spital.ch <mailto:anna@spital.ch>`, `[mailto:…]`, Markdown's `(mailto:…)`, and links in angle brackets.
const MAILTO_ARTEFACT = /[<[(]\s*mailto:[^>\])]*[>\])]/gi;
const LINK_ARTEFACT = /<(?:https?|ftp):[^>]*>/gi;
const MAILTO = /mailto:/gi;
// Markdown-ish emphasis from HTML-to-text: `*Vorname:* Anna`, `**Nachname**`, `_Anna Maria_`. Underscores only in
// pairs around text without an address, so `anna_muster@spital.ch` and `_a_@spital.ch` keep theirs.
const ASTERISKS = /\*+/g;
const UNDERSCORE_PAIR = /(^|[\s|:(])_([^_@\s](?:[^_@]*[^_@\s])?)_(?=$|[\s|:),;.!?])/g;
const BULLET = /^(?:[-•·‣◦▪–—]|\d{1,2}[.)])\s+/;

function cleanLine(line: string): string {
	return (
		line
			.replace(MAILTO_ARTEFACT, '')
			.replace(LINK_ARTEFACT, '')
			.replace(MAILTO, '')
			.replace(ASTERISKS, '')
			.replace(UNDERSCORE_PAIR, '$1$2')
			// Spaces only: a leading or trailing tab is an empty table cell, which keeps the columns aligned.
			.replace(/^ +| +$/g, '')
			.replace(BULLET, '')
	);
}

/** The paste as plain lines with their quote depth (empty lines kept: they separate blocks). */
export function cleanPastedText(pasted: string): PastedLine[] {
	const text = stripInvisible(
		pasted
			.replace(ENTITY, decodeEntity)
			.replace(BLOCK_TAG, '\n')
			.replace(CELL_END_TAG, '\t')
			.replace(OTHER_TAG, ''),
	)
		// Compatibility forms: no-break and narrow spaces become spaces, full-width `：` a colon, `…` three dots.
		.normalize('NFKC');
	return text.split(/\r\n|\r|\n/).map((raw) => {
		const prefix = QUOTE_PREFIX.exec(raw)?.[0] ?? '';
		const depth = prefix.split('>').length - 1;
		return {text: cleanLine(raw.slice(prefix.length)), depth};
	});
}
