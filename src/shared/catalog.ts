import type {Lang} from './lang';

/**
 * The one text API. Every user-visible string lives in a typed catalog: one `Texts` object per language with the
 * same keys, enforced by the compiler. Texts may contain `$1` … `$9`, filled in by the translator.
 * A translator is built from *one* language's texts (`translator(OVERLAY_TEXTS[lang])`), so a page can be given
 * only the language it shows. `test/unit/meta/catalogs.test.ts` checks every catalog in src/ with the same rules.
 */
export type Texts<K extends string> = Readonly<Record<K, string>>;
export type Catalog<K extends string> = Readonly<Record<Lang, Texts<K>>>;
/** The keys of a catalog: `TextKey<typeof POPUP_TEXTS>`. */
export type TextKey<C extends Catalog<string>> = keyof C['de'] & string;
export type Translate<K extends string> = (key: K, ...values: readonly (string | number)[]) => string;

export function defineCatalog<K extends string>(catalog: Catalog<K>): Catalog<K> {
	return catalog;
}

/**
 * `translator(texts)('panel_step_of', 2, 7)`: the text for the key with `$1` … `$9` replaced by the values in
 * order; a missing value leaves its placeholder visible, never `undefined`.
 */
export function translator<K extends string>(texts: Texts<K>): Translate<K> {
	return (key, ...values) =>
		texts[key].replace(/\$([1-9])/g, (whole, digit: string) => {
			const value = values[Number(digit) - 1];
			return value === undefined ? whole : String(value);
		});
}
