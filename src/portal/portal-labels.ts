import {LANGS, type Lang} from '../shared/lang';
import {labelGroups} from './label-groups';
import type {LabelVariants, PortalLabels} from './label-table';
import {LABELS, PAGE_LABELS} from './labels';
import {matchKey} from './normalize-text';
import {VOCABULARY} from './vocabulary';

/**
 * match key → the one language that uses it; keys shared by languages ("Unit", "Information") are left out. Language
 * detection (language.ts) looks the page's words up here; the background works it out from labels.ts, so a portal
 * page carries neither the loop nor its cost (issue #14, size).
 */
export function languageIndex(entries: readonly LabelVariants[]): Record<string, Lang> {
	const owners = new Map<string, Set<Lang>>();
	for (const entry of entries) {
		for (const lang of LANGS) {
			for (const variant of entry[lang]) {
				const key = matchKey(variant);
				const langs = owners.get(key) ?? new Set<Lang>();
				langs.add(lang);
				owners.set(key, langs);
			}
		}
	}
	const index: Record<string, Lang> = {};
	for (const [key, langs] of owners) {
		const [only] = langs;
		if (langs.size === 1 && only) index[key] = only;
	}
	return index;
}

/**
 * What the background sends a portal page (`bg:page-labels`): labels.ts, vocabulary.ts, the label groups
 * (label-groups.ts) and the language index.
 */
export function portalLabels(): PortalLabels {
	return {
		labels: LABELS,
		pageLabels: PAGE_LABELS,
		vocabulary: VOCABULARY,
		groups: labelGroups(LABELS, PAGE_LABELS),
		languages: languageIndex([...Object.values(LABELS), ...Object.values(PAGE_LABELS)]),
	};
}
