import {z} from 'zod/mini';
import {LANGS} from './lang';
import {LABEL_KEYS} from './target';

/** One entry of labels.ts: per language the text as the portal shows it, then its variants (never empty). */
const VariantsSchema = z.readonly(z.tuple([z.string()], z.string()));
const LabelVariantsSchema = z.readonly(
	z.object({de: VariantsSchema, fr: VariantsSchema, it: VariantsSchema, en: VariantsSchema}),
);

/**
 * What the background sends a portal page (`bg:page-labels`): labels.ts's two tables, the markup vocabulary
 * (vocabulary.ts) and the language index (src/portal/portal-labels.ts; src/portal/label-table.ts).
 * Every guide target's label must be there; the page labels are keyed by name (their names are labels.ts's, which
 * the popup importing this file does not carry).
 */
export const PortalLabelsSchema = z.object({
	labels: z.readonly(z.record(z.enum(LABEL_KEYS), LabelVariantsSchema)),
	pageLabels: z.readonly(z.record(z.string(), LabelVariantsSchema)),
	/** vocabulary.ts: selector lists by name. */
	vocabulary: z.readonly(z.record(z.string(), z.string())),
	/** src/portal/label-groups.ts: entries by group and name. */
	groups: z.readonly(z.record(z.string(), z.readonly(z.record(z.string(), LabelVariantsSchema)))),
	/** Match key → the one language whose labels use it (src/portal/portal-labels.ts, for language detection). */
	languages: z.readonly(z.record(z.string(), z.enum(LANGS))),
});
