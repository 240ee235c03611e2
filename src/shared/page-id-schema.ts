import {z} from 'zod/mini';
import {PAGE_IDS} from './page-ids';

/** A page id where one arrives from outside; kept apart so the content script has no zod (issue #14). */
export const PageIdSchema = z.enum(PAGE_IDS);
