import type {Guide} from './schema';

/**
 * A guide as written in its file: type-checked by the compiler and parsed with GuideSchema by a unit test
 * (test/unit/guides/registry.test.ts), not at run time, so the content script carries no zod (issue #14).
 */
export function defineGuide(guide: Guide): Guide {
	return guide;
}
