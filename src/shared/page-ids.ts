/** Pages of the portal's user management (testing contract, shared/DESIGN.md); `unknown` for anything else. */
// In the order of the superuser's path through the portal, one row (prettier would give each its own line).
// prettier-ignore
export const PAGE_IDS = [
	'home', 'unit-selection', 'user-selection', 'create-user', 'permissions', 'overview', 'completed',
	'unknown',
] as const;
export type PageId = (typeof PAGE_IDS)[number];
