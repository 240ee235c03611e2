import {z} from 'zod/mini';

/** Pages of the portal's user management (testing contract, shared/DESIGN.md); `unknown` for anything else. */
// In the order of the superuser's path through the portal, one row (prettier would give each its own line).
// prettier-ignore
export const PAGE_IDS = [
	'home', 'unit-selection', 'user-selection', 'create-user', 'permissions', 'overview', 'completed',
	'unknown',
] as const;
export const PageIdSchema = z.enum(PAGE_IDS);
export type PageId = z.infer<typeof PageIdSchema>;
