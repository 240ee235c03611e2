import {z} from 'zod/mini';

/** The four languages of the portal and of everything we show. */
export const LANGS = ['de', 'fr', 'it', 'en'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

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
	const parsed = LangSchema.safeParse(primary);
	return parsed.success ? parsed.data : undefined;
}
