import type {Lang} from '../shared/lang';
import type {LabelKey} from '../shared/target';
import type {LabelGroups} from './label-groups';
import type {LabelVariants} from './label-keys';
import type {PageLabelKey} from './labels';
import type {Vocabulary} from './vocabulary';

export type {LabelVariants} from './label-keys';
export {entryKeys, entryKeysIn, labelIn, matchesLabel} from './label-keys';

/**
 * The portal's words as a portal page knows them (issue #14, size): labels.ts is not in the content script; the
 * background sends its two tables once per page (`bg:page-labels`, src/content/labels-link.ts), in all four
 * languages, because language detection and page recognition compare the page with every language; with them the
 * entries grouped by name (label-groups.ts) and which language each label belongs to (portal-labels.ts).
 *
 * Like the vocabulary, the tables are filled in place once, before the assistant starts (main.ts): modules read
 * an entry when they search (`PAGE_LABELS.titleCreateUser`), never when they load; nothing reads a label earlier
 * (match keys are cached per entry, label-keys.ts).
 */
export type PortalLabels = {
	labels: Readonly<Record<LabelKey, LabelVariants>>;
	/** labels.ts `PAGE_LABELS`, keyed by `PageLabelKey` (the message's schema checks the names as strings). */
	pageLabels: Readonly<Record<string, LabelVariants>>;
	/** vocabulary.ts: the selector lists that describe the portal's markup by meaning. */
	vocabulary: Readonly<Record<string, string>>;
	/** label-groups.ts: the entries the page's modules look up together (a table's columns, status words, titles). */
	groups: Readonly<Record<string, Readonly<Record<string, LabelVariants>>>>;
	/** Match key → the one language whose labels use it (portal-labels.ts), for language detection. */
	languages: Readonly<Record<string, Lang>>;
};

/** Labels of the controls guides point at (labels.ts `LABELS`), filled in place. */
export const LABELS = {} as Readonly<Record<LabelKey, LabelVariants>>;
/** Page titles, column headers, status words (labels.ts `PAGE_LABELS`), filled in place. */
export const PAGE_LABELS = {} as Readonly<Record<PageLabelKey, LabelVariants>>;

/** The portal's markup vocabulary (vocabulary.ts), filled in place like the tables (`VOCABULARY.clickable`). */
export const VOCABULARY = {} as Vocabulary;

/** The portal's words grouped by name (label-groups.ts), filled in place like the tables. */
export const LABEL_GROUPS = {} as LabelGroups;

/** The language index (`PortalLabels.languages`), as installed. */
export let LANGUAGE_OF: ReadonlyMap<string, Lang> = new Map();

/**
 * The background's tables as installed, for the extras script (src/content/extras-api.ts): it has its own copy of
 * this module, which the content script fills with these.
 */
export let INSTALLED_LABELS: PortalLabels | undefined;

const patterns: Partial<Record<keyof Vocabulary, RegExp>> = {};

/** A vocabulary entry that is the source of a regular expression, compiled at its first use. */
export function pattern(key: keyof Vocabulary, flags?: string): RegExp {
	return (patterns[key] ??= new RegExp(VOCABULARY[key], flags));
}

/**
 * Takes the background's copy of labels.ts, vocabulary.ts, the label groups and the language index; called once per
 * page, before anything reads them.
 */
export function installPortalLabels(data: PortalLabels): void {
	INSTALLED_LABELS = data;
	Object.assign(LABELS, data.labels);
	Object.assign(PAGE_LABELS, data.pageLabels);
	Object.assign(VOCABULARY, data.vocabulary);
	Object.assign(LABEL_GROUPS, data.groups);
	LANGUAGE_OF = new Map(Object.entries(data.languages));
}

/** The label as the portal shows it in `lang`, for quoting it to the user ("click *Weiter*"). */
export function labelText(key: LabelKey, lang: Lang): string {
	return LABELS[key][lang][0];
}
