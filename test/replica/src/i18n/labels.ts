import catalog from '../../labels.json';
import type {Lang} from './lang';

/**
 * The portal's own labels, read from `test/replica/labels.json` (a copy of `shared/portal/labels.json`; DE/FR/IT as
 * seen in the handbook screenshots, EN = `en_proposed`). Pages render labels only through `label()`, so the labels
 * test (test/unit/replica/labels.test.ts) can hold every page to the catalog.
 */
export type LabelPage =
	'home' | 'termsOfUse' | 'unitSelection' | 'userSelection' | 'createUser' | 'permissions' | 'overview' | 'completed';

type Catalog = typeof catalog;
export type LabelKey<P extends LabelPage> = Exclude<keyof Catalog[P] & string, `_${string}` | 'sampleData'>;

/**
 * Texts the screenshots never show in one language (null in labels.json), so the replica has to say something.
 * Keyed `page.key`. FR shows the country select empty, hence ''.
 */
const FILL_INS: Readonly<Partial<Record<Lang, Readonly<Record<string, string>>>>> = {
	it: {
		'termsOfUse.intro': "Per poter gestire altri utenti, legga e accetti le condizioni d'uso prima di continuare.",
		'termsOfUse.checkboxLabelBefore': 'Ho letto e accetto le ',
		'termsOfUse.checkboxLabelLink': "condizioni d'uso",
		'termsOfUse.checkboxLabelAfter': '.',
		'termsOfUse.checkboxLabelFull': "Ho letto e accetto le condizioni d'uso.",
		'termsOfUse.continueButton': 'Avanti',
		'userSelection.userStatusInactive': 'Inattivo',
		'userSelection.userStatusToArchive': 'Da archiviare',
		'userSelection.menuResetOnboarding': 'Reimposta la registrazione',
		'permissions.delegationSubUnits': 'Gestione delegata delle (sotto)unità',
		'permissions.delegationUsers': 'Gestione delegata degli utenti',
		'permissions.delegationPermissions': 'Gestione delegata delle autorizzazioni',
		'permissions.delegationInclDeputy':
			'incl. supplenza (possibilità di delegare ulteriormente i diritti di gestione ai supplenti)',
	},
	fr: {
		'createUser.countryPlaceholder': '',
	},
};

type RawEntry = Partial<Record<'de' | 'fr' | 'it' | 'en_proposed', unknown>>;

function rawEntry(page: LabelPage, key: string): RawEntry {
	const pageEntries: Readonly<Record<string, unknown>> = catalog[page];
	const entry = pageEntries[key];
	if (typeof entry !== 'object' || entry === null) throw new Error(`labels.json has no ${page}.${key}`);
	return entry;
}

function rawValue(lang: Lang, page: LabelPage, key: string): unknown {
	const entry = rawEntry(page, key);
	return entry[lang === 'en' ? 'en_proposed' : lang];
}

/** The label `page.key` in `lang`, as the portal shows it (templates keep their `{placeholders}`). */
export function label<P extends LabelPage>(lang: Lang, page: P, key: LabelKey<P>): string {
	const value = rawValue(lang, page, key);
	if (typeof value === 'string') return value;
	const fillIn = FILL_INS[lang]?.[`${page}.${key}`];
	if (fillIn !== undefined) return fillIn;
	throw new Error(`labels.json has no ${lang} text for ${page}.${key}`);
}

/** A label that is a list (the correspondence languages DE FR IT EN). */
export function labelList<P extends LabelPage>(lang: Lang, page: P, key: LabelKey<P>): readonly string[] {
	const value = rawValue(lang, page, key);
	if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
	throw new Error(`labels.json has no ${lang} list for ${page}.${key}`);
}

/** Sample values the doc authors left visible (client name per language, onboarding link). */
export function clientName(lang: Lang): string {
	const names: Readonly<Record<Lang, string>> = {
		de: catalog.unitSelection.sampleData.clientValue.de,
		fr: catalog.unitSelection.sampleData.clientValue.fr,
		it: catalog.unitSelection.sampleData.clientValue.it,
		en: 'FSO - Federal Statistical Office',
	};
	return names[lang];
}

export const ONBOARDING_LINK = catalog.completed.sampleData.onboardingLinkValue;
