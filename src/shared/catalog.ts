import type {Lang} from './lang';

/**
 * A typed string catalog: the same keys in all four languages, enforced by the compiler.
 * Texts may contain `$1` … `$9`, replaced by `format`.
 * Each UI area keeps its own catalog (one concept per file); `test/unit/meta/catalogs.test.ts` checks that no
 * text is empty and that every language uses the same placeholders.
 */
export type Catalog<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

export function defineCatalog<K extends string>(catalog: Catalog<K>): Catalog<K> {
	return catalog;
}

/** Replaces `$1` … `$9` with the given values; a missing value leaves the placeholder visible, never `undefined`. */
export function format(text: string, ...values: readonly (string | number)[]): string {
	return text.replace(/\$([1-9])/g, (whole, digit: string) => {
		const value = values[Number(digit) - 1];
		return value === undefined ? whole : String(value);
	});
}

/** A translator bound to one language: `translator(catalog, 'fr')('wizard_title')`. */
export function translator<K extends string>(catalog: Catalog<K>, lang: Lang) {
	return (key: K, ...values: readonly (string | number)[]): string => format(catalog[lang][key], ...values);
}
