import {z} from 'zod/mini';

/** The person shown in the portal tab, as the popup wizard receives it for prefilling. */
export const PortalPersonSchema = z.object({
	firstName: z.string(),
	lastName: z.string(),
	email: z.string(),
	userId: z.optional(z.string()),
});
export type PortalPerson = z.infer<typeof PortalPersonSchema>;
