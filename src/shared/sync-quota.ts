import {LANGS, type Lang} from './lang';
import type {JustificationTemplate} from './justification-templates';

/*
 * storage.sync takes at most 8,192 bytes per item in Chrome and Firefox (QUOTA_BYTES_PER_ITEM), counted as the
 * key plus the value written as JSON (issue #13). A write over it fails, and waiting never helps: the settings
 * check it before writing and say what to shorten.
 */

export const SYNC_ITEM_BYTES = 8192;

const utf8 = new TextEncoder();

/**
 * The bytes storage.sync counts for one item: key and JSON value in UTF-8, with the characters Chrome's JSON writer
 * escapes as `\uXXXX` (`<`, U+2028, U+2029: six bytes each). Measured in Chromium 156 with the key `k`: 8,189 ×
 * `a`, 4,094 × `é`, 2,729 × `€`, 4,094 × `"` and 1,364 × `<` are the most that fit. Firefox counts the same or less.
 */
export function syncItemBytes(key: string, value: unknown): number {
	const json = JSON.stringify(value);
	// `<` takes 6 bytes instead of 1, U+2028 and U+2029 take 6 instead of 3 (JSON.stringify leaves all three).
	const lessThan = json.match(/</g)?.length ?? 0;
	const separators = json.match(/[\u2028\u2029]/g)?.length ?? 0;
	return utf8.encode(key).length + utf8.encode(json).length + lessThan * 5 + separators * 3;
}

/** A language whose template list does not fit one sync item: its size and the longest template (1-based). */
export type OversizedTemplates = {lang: Lang; bytes: number; longest: number};

/**
 * The first language (in LANGS order) whose list, stored under `keyOf(lang)`, is over the limit, with the template
 * to shorten first; undefined when every list fits.
 */
export function oversizedTemplates(
	templates: Readonly<Record<Lang, readonly JustificationTemplate[]>>,
	keyOf: (lang: Lang) => string,
): OversizedTemplates | undefined {
	for (const lang of LANGS) {
		const list = templates[lang];
		const bytes = syncItemBytes(keyOf(lang), list);
		if (bytes <= SYNC_ITEM_BYTES) continue;
		const sizes = list.map((template) => syncItemBytes('', template.text));
		return {lang, bytes, longest: sizes.indexOf(Math.max(...sizes)) + 1};
	}
	return undefined;
}
