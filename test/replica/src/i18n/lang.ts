/** The portal's four languages (the replica keeps its own copy: it must not depend on the extension's code). */
export const LANGS = ['de', 'fr', 'it', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string | null | undefined): value is Lang {
	return (LANGS as readonly (string | null | undefined)[]).includes(value);
}

/** A text in the four languages. */
export type Texts = Readonly<Record<Lang, string>>;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so a mistake shows on the page. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = values[name];
		return value === undefined ? whole : String(value);
	});
}
