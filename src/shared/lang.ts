/** The four languages of the portal and of everything we show. */
export const LANGS = ['de', 'fr', 'it', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Whether `value` is one of our languages (zod-free: the content script uses it, issue #14). */
export function isLang(value: unknown): value is Lang {
	return (LANGS as readonly unknown[]).includes(value);
}

/** Each language named in itself, as language pickers show it whatever the UI language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
	de: 'Deutsch',
	fr: 'Français',
	it: 'Italiano',
	en: 'English',
};

/** Maps any BCP 47 tag (`de-CH`, `fr`, `it_IT`, `EN`) to one of our languages, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
	const primary = tag?.trim().slice(0, 2).toLowerCase();
	return isLang(primary) ? primary : undefined;
}
