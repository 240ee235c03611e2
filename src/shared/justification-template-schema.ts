import {z} from 'zod/mini';
import {TEMPLATE_REASONS, TEMPLATE_TEXT_MAX, type JustificationTemplate} from './justification-templates';

export const TemplateReasonSchema = z.enum(TEMPLATE_REASONS);

export const JustificationTemplateSchema = z.object({
	/** Stable id: `<lang>-<reason>-<n>` for built-ins, a random UUID for the user's own. */
	id: z.string().check(z.minLength(1), z.maxLength(64)),
	reason: TemplateReasonSchema,
	/** Not trimmed on parse: values round-trip unchanged while the options page saves as the user types. */
	text: z.string().check(
		z.maxLength(TEMPLATE_TEXT_MAX),
		z.refine((text) => text.trim() !== '', 'A template needs text'),
	),
}) satisfies z.ZodMiniType<JustificationTemplate>;
