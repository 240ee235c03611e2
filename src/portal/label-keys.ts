import {LANGS, type Lang} from '../shared/lang';
import {matchKey} from './normalize-text';

/**
 * What the portal writes for one control or text, per language: the first entry exactly as the portal shows it,
 * further entries are variants (labels.ts). The data lives in labels.ts (the background, the options page and the
 * tests); a portal page gets its copy by message (label-table.ts).
 */
export type LabelVariants = Readonly<Record<Lang, readonly [string, ...string[]]>>;

type EntryKeys = {all: ReadonlySet<string>; byLang: Readonly<Record<Lang, ReadonlySet<string>>>};

// Match keys per entry, computed once: locators compare against them for every candidate element.
const keyCache = new WeakMap<LabelVariants, EntryKeys>();

function keysOf(entry: LabelVariants): EntryKeys {
	let cached = keyCache.get(entry);
	if (!cached) {
		const byLang = {} as Record<Lang, ReadonlySet<string>>;
		const all = new Set<string>();
		for (const lang of LANGS) {
			const keys = new Set(entry[lang].map(matchKey));
			byLang[lang] = keys;
			for (const key of keys) all.add(key);
		}
		cached = {all, byLang};
		keyCache.set(entry, cached);
	}
	return cached;
}

/** All match keys of an entry, in every language. */
export function entryKeys(entry: LabelVariants): ReadonlySet<string> {
	return keysOf(entry).all;
}

/** The match keys of an entry in one language. */
export function entryKeysIn(entry: LabelVariants, lang: Lang): ReadonlySet<string> {
	return keysOf(entry).byLang[lang];
}

/** True if `text` is one of the entry's variants in any language (or in `lang` only, when given). */
export function matchesLabel(text: string | null | undefined, entry: LabelVariants, lang?: Lang): boolean {
	const key = matchKey(text);
	if (key === '') return false;
	return (lang ? entryKeysIn(entry, lang) : entryKeys(entry)).has(key);
}

/**
 * Which of `entries` `text` is a label of, in any language: its name (the first, in the record's order), or
 * undefined. `labelIn('Aktiv', {active: …, inactive: …})` → `'active'`.
 */
export function labelIn<K extends string>(
	text: string | null | undefined,
	entries: Readonly<Record<K, LabelVariants>>,
): K | undefined {
	const key = matchKey(text);
	return (Object.keys(entries) as K[]).find((name) => entryKeys(entries[name]).has(key));
}
