import {z} from 'zod/mini';
import type {Guide} from '../guides/schema';
import {DiagnosticsReplySchema, DiagnosticsRequestFields} from './diagnostics-schema';
import {GuideContextSchema} from './guide-context-schema';
import {GuideIdSchema} from './guide-id-schema';
import {GuideSessionSchema} from './guide-session-schema';
import {GuideActSchema, GuideDirectiveSchema} from './guide-sense-schema';
import {LearnedTargetSchema} from './learned-target-schema';
import {PageIdSchema} from './page-id-schema';
import {LANGS} from './lang';
import type {Child} from '../overlay/dom/render';
import {PortalPersonSchema, ReadPortalPersonSchema} from './portal-data-schema';
import {PortalLabelsSchema} from './portal-labels-schema';
import {ReviewCsvReplySchema, ReviewRowsFields} from './review-schema';
import {OverlayRequestFields} from './overlay-request-schema';

// Every message between popup, content script and background, validated on both ends (STYLE.md "Messaging").
// The prefix says who handles it: `bg:` the background, `cs:` the content script in a portal tab.

export const BackgroundRequestSchema = z.discriminatedUnion('type', [
	/** Content script → background: load this tab's guide session (null when none). */
	z.object({type: z.literal('bg:guide-session-load')}),
	/** Content script → background: save this tab's guide session; null: the guide ended, forget it. */
	z.object({type: z.literal('bg:guide-session-save'), session: z.nullable(GuideSessionSchema)}),
	/** Content script → background: whether the assistant may start on this page (src/content/may-run-here.ts). */
	z.object({type: z.literal('bg:may-run')}),
	/**
	 * Content script → background: this tab's guide runner (src/background/guide-runners.ts): what the page sensed,
	 * or what the user did in the panel with it (guide-sense-schema.ts); answers what the page marks and shows.
	 */
	z.object({type: z.literal('bg:guide'), act: GuideActSchema}),
	/** Content script → background: the user clicked the guide's final click; the success messages shown then. */
	z.object({type: z.literal('bg:guide-clicked'), step: z.string(), confirmations: z.array(z.string())}),
	/** Content script → background: the guides' definitions (steps, targets, text keys), once per page. */
	z.object({type: z.literal('bg:guides-load')}),
	/** Content script → background: the portal's words in all four languages (src/portal/labels.ts), once per page. */
	z.object({type: z.literal('bg:page-labels')}),
	/** Content script → background: write the diagnostics report of what the page shows now (diagnostics-schema.ts). */
	z.object({type: z.literal('bg:diagnostics-report'), ...DiagnosticsRequestFields}),
	/** Content script → background: the access review's CSV of the users seen, in one language (review-schema.ts). */
	z.object({type: z.literal('bg:review-csv'), lang: z.enum(LANGS), ...ReviewRowsFields}),
	/** Content script → background: the overlay's tree for what the page shows (overlay-request-schema.ts). */
	z.object({type: z.literal('bg:overlay'), ...OverlayRequestFields}),
	/**
	 * Content script → background: inject the extras script (src/content/extras-api.ts) into the asking frame, the
	 * first time the page needs it; the tab and frame are the sender's.
	 */
	z.object({type: z.literal('bg:load-extras')}),
	/** Content script → background: the learned targets (this browser's and the administrator's), validated. */
	z.object({type: z.literal('bg:learned-targets-load')}),
	/** Content script → background: keep what the user just taught (teach mode). */
	z.object({type: z.literal('bg:learned-target-save'), target: LearnedTargetSchema}),
	/** Content script → background: a learned target no longer matched the page and was dropped. */
	z.object({
		type: z.literal('bg:learned-target-remove'),
		guide: GuideIdSchema,
		step: z.string(),
		page: PageIdSchema,
	}),
	/** Popup → background: start a guide in the portal tab, opening or focusing it. */
	z.object({type: z.literal('bg:start-guide-in-portal'), guide: GuideIdSchema, context: GuideContextSchema}),
	/** Popup → background: the person the portal tab shows, for prefilling the wizard. */
	z.object({type: z.literal('bg:read-portal-person')}),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export const ContentRequestSchema = z.discriminatedUnion('type', [
	/** The stored session of this tab changed (a guide was started from the popup): reload it. */
	z.object({type: z.literal('cs:session-changed')}),
	/** The keyboard shortcut: open or close the launcher, focus the panel. */
	z.object({type: z.literal('cs:toggle-launcher')}),
	z.object({type: z.literal('cs:read-portal-person')}),
	/** Background → content script: the page's address now, to check a tab still shows the portal before using it. */
	z.object({type: z.literal('cs:where')}),
	/** Background → content script: a guide's timer changed what the page shows; the page looks again. */
	z.object({type: z.literal('cs:guide-refresh')}),
	/** Background → content script: the settings changed (sync storage or policy); the page renders again. */
	z.object({type: z.literal('cs:settings-changed')}),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** What each request answers with, checked by the sender (a reply is data from another context too). */
export const ReplySchemas = {
	'bg:guide-session-load': z.nullable(GuideSessionSchema),
	'bg:guide-session-save': z.null(),
	'bg:may-run': z.boolean(),
	// Built by the background from what is compiled into it (no outside data; the guides are checked by a unit
	// test, GuideSchema would bring every step text into the popup): checked for their form only.
	'bg:guide': z.nullable(GuideDirectiveSchema),
	'bg:guide-clicked': z.null(),
	'bg:guides-load': z.custom<Guide[]>((value: unknown) => Array.isArray(value) && value.length > 0),
	'bg:page-labels': PortalLabelsSchema,
	'bg:diagnostics-report': DiagnosticsReplySchema,
	'bg:review-csv': ReviewCsvReplySchema,
	// Built by the background from the request it checked and its own texts: checked for its form only (a tree of
	// plain data, src/overlay/dom/render.ts).
	'bg:overlay': z.custom<Child>((value: unknown) => typeof value === 'object' && value !== null),
	'bg:load-extras': z.null(),
	'bg:learned-targets-load': z.array(LearnedTargetSchema),
	'bg:learned-target-save': z.null(),
	'bg:learned-target-remove': z.null(),
	'bg:start-guide-in-portal': z.object({tabId: z.number()}),
	'bg:read-portal-person': z.nullable(PortalPersonSchema),
	'cs:session-changed': z.null(),
	'cs:toggle-launcher': z.null(),
	'cs:read-portal-person': z.nullable(ReadPortalPersonSchema),
	'cs:where': z.object({url: z.string()}),
	'cs:settings-changed': z.null(),
	'cs:guide-refresh': z.null(),
} satisfies Record<BackgroundRequest['type'] | ContentRequest['type'], z.ZodMiniType>;
export type Replies = {[T in keyof typeof ReplySchemas]: z.infer<(typeof ReplySchemas)[T]>};

/** The envelope every handler answers with; errors travel as data and are rethrown on the sending side. */
export const EnvelopeSchema = z.union([
	z.object({ok: z.literal(true), data: z.unknown()}),
	z.object({ok: z.literal(false), error: z.object({code: z.string(), message: z.string()})}),
]);
export type Envelope = z.infer<typeof EnvelopeSchema>;
