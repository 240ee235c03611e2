import {label, type LabelKey, type LabelPage} from './labels';
import type {Lang, Texts} from './lang';

/**
 * Controls the `rename=<control,…>` scenario gives a label no catalogue knows (issue #12: a guide step goes `lost`
 * and the user teaches it the control). Same icon, behaviour and confirmation; only the words change. To rename
 * another control, add an entry: every place that shows the label through `portalLabel` follows.
 */
type Rename = {page: LabelPage; key: string; texts: Texts};

/** Typed so that `key` must be a label of `page`. */
function rename<P extends LabelPage>(page: P, key: LabelKey<P>, texts: Texts): Rename {
	return {page, key, texts};
}

export const RENAMES = {
	/** Completed page: "Onboarding-Code per E-Mail senden". */
	'send-code': rename('completed', 'sendOnboardingCodeButton', {
		de: 'Code zustellen',
		fr: 'Transmettre le code',
		it: 'Recapitare il codice',
		en: 'Deliver the code',
	}),
} as const satisfies Record<string, Rename>;

export type RenamedControl = keyof typeof RENAMES;

export const RENAMED_CONTROLS = Object.keys(RENAMES) as RenamedControl[];

export function isRenamedControl(value: unknown): value is RenamedControl {
	return typeof value === 'string' && Object.hasOwn(RENAMES, value);
}

/** The label `page.key` as the page shows it: the portal's own, or its replacement when the scenario renames it. */
export function portalLabel<P extends LabelPage>(
	lang: Lang,
	page: P,
	key: LabelKey<P>,
	renamed: readonly RenamedControl[],
): string {
	for (const control of renamed) {
		const replacement = RENAMES[control];
		if (replacement.page === page && replacement.key === key) return replacement.texts[lang];
	}
	return label(lang, page, key);
}
