import {z} from 'zod/mini';
import {GUIDE_IDS} from './guide-ids';

/** A guide id where one arrives from outside (messages, storage); kept apart so the content script has no zod. */
export const GuideIdSchema = z.enum(GUIDE_IDS);
