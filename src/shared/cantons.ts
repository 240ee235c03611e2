import {z} from 'zod/mini';
import type {Lang} from './lang';

/** The 26 cantons by their official two-letter codes (the codes SpiGes and the BFS use), alphabetical. */
// A table of codes reads best in rows (two, like the cantons' table on the federal site).
// prettier-ignore
export const CANTONS = [
	'AG', 'AI', 'AR', 'BE', 'BL', 'BS', 'FR', 'GE', 'GL', 'GR', 'JU', 'LU', 'NE',
	'NW', 'OW', 'SG', 'SH', 'SO', 'SZ', 'TG', 'TI', 'UR', 'VD', 'VS', 'ZG', 'ZH',
] as const;
export const CantonSchema = z.enum(CANTONS);
export type Canton = z.infer<typeof CantonSchema>;

/** Official names in the four languages (English: the names the federal administration uses in English texts). */
const NAMES: Readonly<Record<Canton, Readonly<Record<Lang, string>>>> = {
	AG: {de: 'Aargau', fr: 'Argovie', it: 'Argovia', en: 'Aargau'},
	AI: {
		de: 'Appenzell Innerrhoden',
		fr: 'Appenzell Rhodes-Intérieures',
		it: 'Appenzello Interno',
		en: 'Appenzell Innerrhoden',
	},
	AR: {
		de: 'Appenzell Ausserrhoden',
		fr: 'Appenzell Rhodes-Extérieures',
		it: 'Appenzello Esterno',
		en: 'Appenzell Ausserrhoden',
	},
	BE: {de: 'Bern', fr: 'Berne', it: 'Berna', en: 'Bern'},
	BL: {de: 'Basel-Landschaft', fr: 'Bâle-Campagne', it: 'Basilea Campagna', en: 'Basel-Landschaft'},
	BS: {de: 'Basel-Stadt', fr: 'Bâle-Ville', it: 'Basilea Città', en: 'Basel-Stadt'},
	FR: {de: 'Freiburg', fr: 'Fribourg', it: 'Friburgo', en: 'Fribourg'},
	GE: {de: 'Genf', fr: 'Genève', it: 'Ginevra', en: 'Geneva'},
	GL: {de: 'Glarus', fr: 'Glaris', it: 'Glarona', en: 'Glarus'},
	GR: {de: 'Graubünden', fr: 'Grisons', it: 'Grigioni', en: 'Graubünden'},
	JU: {de: 'Jura', fr: 'Jura', it: 'Giura', en: 'Jura'},
	LU: {de: 'Luzern', fr: 'Lucerne', it: 'Lucerna', en: 'Lucerne'},
	NE: {de: 'Neuenburg', fr: 'Neuchâtel', it: 'Neuchâtel', en: 'Neuchâtel'},
	NW: {de: 'Nidwalden', fr: 'Nidwald', it: 'Nidvaldo', en: 'Nidwalden'},
	OW: {de: 'Obwalden', fr: 'Obwald', it: 'Obvaldo', en: 'Obwalden'},
	SG: {de: 'St. Gallen', fr: 'Saint-Gall', it: 'San Gallo', en: 'St. Gallen'},
	SH: {de: 'Schaffhausen', fr: 'Schaffhouse', it: 'Sciaffusa', en: 'Schaffhausen'},
	SO: {de: 'Solothurn', fr: 'Soleure', it: 'Soletta', en: 'Solothurn'},
	SZ: {de: 'Schwyz', fr: 'Schwytz', it: 'Svitto', en: 'Schwyz'},
	TG: {de: 'Thurgau', fr: 'Thurgovie', it: 'Turgovia', en: 'Thurgau'},
	TI: {de: 'Tessin', fr: 'Tessin', it: 'Ticino', en: 'Ticino'},
	UR: {de: 'Uri', fr: 'Uri', it: 'Uri', en: 'Uri'},
	VD: {de: 'Waadt', fr: 'Vaud', it: 'Vaud', en: 'Vaud'},
	VS: {de: 'Wallis', fr: 'Valais', it: 'Vallese', en: 'Valais'},
	ZG: {de: 'Zug', fr: 'Zoug', it: 'Zugo', en: 'Zug'},
	ZH: {de: 'Zürich', fr: 'Zurich', it: 'Zurigo', en: 'Zurich'},
};

export function cantonName(canton: Canton, lang: Lang): string {
	return NAMES[canton][lang];
}

/** The cantons sorted by their name in `lang` (for a select the user scans by name, not by code). */
export function cantonsByName(lang: Lang): Canton[] {
	const collator = new Intl.Collator(lang);
	return [...CANTONS].sort((a, b) => collator.compare(NAMES[a][lang], NAMES[b][lang]));
}

const fold = (text: string): string =>
	text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/[\s.-]+/g, ' ')
		.trim()
		.toLowerCase();

/**
 * Reads a canton typed by a person: a code (`be`, `BE`) or a name in any of the four languages (`Berne`,
 * `Zurigo`, `St Gallen`). Used for stored data from before the canton was a select (migrations.ts).
 */
export function cantonFromText(text: string): Canton | undefined {
	const code = CantonSchema.safeParse(text.trim().toUpperCase());
	if (code.success) return code.data;
	const wanted = fold(text);
	if (wanted === '') return undefined;
	return CANTONS.find((canton) => Object.values(NAMES[canton]).some((name) => fold(name) === wanted));
}
