/*
 * Name normalisation for comparing the portal's data with eIAM's. Swiss names come with umlauts, French and Italian
 * accents and double names, typed by different people on different keyboards: "Müller" is also written "Mueller"
 * (transliterated) or "Muller" (umlaut dropped), "Anna-Lena" also "Anna Lena", "D'Amico" also "DAmico".
 */

/** One part of a name in two comparison forms. */
export type NameToken = {
	/** Lower case, accents and umlauts dropped: "Müller" → "muller", "Frédéric" → "frederic", "Nicolò" → "nicolo". */
	readonly plain: string;
	/**
	 * `plain` with German transliterations folded as well (ae/oe/ue → a/o/u, ß → ss), so "Müller", "Mueller" and
	 * "Muller" share one skeleton "muller". Only for comparison: it can merge unrelated spellings ("Joel" / "Jol"),
	 * which is harmless because both would be small differences anyway.
	 */
	readonly skeleton: string;
};

/** Letters that Unicode decomposition does not reduce to a base letter plus marks. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	ł: 'l',
	ı: 'i',
	þ: 'th',
};

/** Apostrophes join ("D'Amico" = "DAmico"); every other non-letter separates ("Anna-Lena" = "Anna Lena"). */
const APOSTROPHES = /['’ʼ‘`´]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}/gu;

function toPlain(text: string): string {
	return text
		.normalize('NFKC') // Compatibility forms first: full-width letters, ligatures (ﬁ → fi).
		.toLowerCase()
		.replace(APOSTROPHES, '')
		.replace(/[æœøđðłıþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
		.normalize('NFD')
		.replace(MARKS, '');
}

function toSkeleton(plain: string): string {
	return plain.replace(/ß/g, 'ss').replace(/([aou])e/g, '$1');
}

/** Splits a name (one input field) into tokens; an empty list when it holds no letters or digits. */
export function normalizeName(name: string): NameToken[] {
	return toPlain(name)
		.split(SEPARATORS)
		.filter((part) => part !== '')
		.map((plain) => ({plain, skeleton: toSkeleton(plain)}));
}
