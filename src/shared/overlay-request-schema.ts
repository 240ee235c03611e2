import {z} from 'zod/mini';
import {ChoiceNameSchema, ChoicesSchema} from './guide-context-schema';
import {GuideIdSchema} from './guide-id-schema';
import {LANGS} from './lang';
import {PageIdSchema} from './page-id-schema';
import {AccessReviewRequestFields} from './review-schema';
import {RoleHelpRequestFields} from './role-help-schema';

const RectSchema = z.object({top: z.number(), left: z.number(), width: z.number(), height: z.number()});

/**
 * What a portal page sends for the overlay's tree (`bg:overlay`, issue #14: the views stay out of the content
 * script): what it sees and what the user did in the overlay. The settings (UI language, the user's templates) are
 * the background's own (src/background/known-settings.ts). The background words it (src/background/overlay-view.ts)
 * and builds the tree (src/overlay/overlay.tsx); the content script draws it, places the panel and acts on its
 * buttons (src/content/overlay-client.ts).
 */
export const OverlayRequestFields = {
	/** The page recognised and the portal's language. */
	page: z.object({page: PageIdSchema, lang: z.enum(LANGS)}),
	/** The running guide (the background's runner, src/shared/guide-sense.ts `GuideDirective`), absent while none runs. */
	guide: z.optional(
		z.object({
			id: GuideIdSchema,
			stepId: z.optional(z.string()),
			choice: z.optional(ChoiceNameSchema),
			stepNumber: z.number(),
			stepCount: z.number(),
			status: z.enum(['active', 'waiting', 'lost', 'done']),
			pickedUp: z.optional(z.boolean()),
		}),
	),
	/** Why the guide runs, as the user answered (it picks the justification templates). */
	reason: z.optional(ChoicesSchema.shape.reason),
	rowActions: z.readonly(z.array(z.object({extId: z.string(), name: z.string(), rect: RectSchema}))),
	/** What the user typed as e-mail address, for a step that checks it. */
	typedEmail: z.optional(z.string()),
	/** The permissions page's chosen role and granted roles, for a step that explains roles. */
	roleChoice: z.optional(z.object(RoleHelpRequestFields)),
	/** The access review while it is open (and no guide runs): what the list showed. */
	review: z.optional(z.object(AccessReviewRequestFields)),
	/** Teach mode on the lost step; what just happened to a learned target; the diagnostics report while open. */
	teaching: z.optional(z.object({retry: z.boolean()})),
	learnedNotice: z.optional(z.object({kind: z.enum(['learned', 'dropped', 'cancelled']), name: z.string()})),
	diagnostics: z.optional(z.object({report: z.string(), mailto: z.optional(z.string())})),
	/** The overlay's own state (src/overlay/view.ts `UiState`). */
	ui: z.object({
		open: z.boolean(),
		collapsed: z.boolean(),
		cancelFor: z.string(),
		template: z.string(),
		menu: z.optional(z.boolean()),
		roles: z.optional(z.boolean()),
	}),
};

export const OverlayRequestSchema = z.object(OverlayRequestFields);
export type OverlayRequest = z.infer<typeof OverlayRequestSchema>;
