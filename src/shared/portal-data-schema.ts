import {z} from 'zod/mini';
import {FIELD_TEXT_MAX, type PortalPerson} from './portal-data';

const PortalTextSchema = z.string().check(z.maxLength(FIELD_TEXT_MAX));

/** The person shown in the portal tab, as the popup wizard receives it for prefilling. */
export const PortalPersonSchema = z.object({
	firstName: PortalTextSchema,
	lastName: PortalTextSchema,
	email: PortalTextSchema,
	userId: z.optional(PortalTextSchema),
}) satisfies z.ZodMiniType<PortalPerson>;

/**
 * The person as a portal tab read it (`cs:read-portal-person`): texts of any length, bounded by the background
 * (`boundPortalPerson`) before the popup gets them.
 */
export const ReadPortalPersonSchema = z.object({
	firstName: z.string(),
	lastName: z.string(),
	email: z.string(),
	userId: z.optional(z.string()),
});
