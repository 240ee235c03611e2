import type {ChoiceName, GuideContext} from './guide-context';
import type {GuideId} from './guide-ids';
import type {PageId} from './page-ids';

// What a portal page senses for the tab's running guide, and what the background's runner tells it to do (issue
// #14: the decisions live in the background, src/engine/runner.ts; the page only senses and marks,
// src/content/guide-client.ts). No zod here, the content script uses the types; guide-sense-schema.ts has the
// schemas the background checks them with.

/** One step's target as the page found it: `ready` = visible and, for a control, enabled. */
export type TargetState = 'ready' | 'present' | 'missing';

/** What the page sees of one step of the running guide (a step of the page shown). */
export type SensedStep = {
	target: TargetState;
	/** The text of the step's target field ('' when it has none or it is missing). */
	value: string;
	/** What the step's `observe` target shows; absent when it has none or it is not on the page (yet). */
	observed?: string;
};

/**
 * One look at the portal for the running guide: every step of the guide whose page is the page shown (not only the
 * planned ones: the page needs no plan), sensed for `guide` and `extId` (the person the page looked for).
 */
export type GuideSnapshot = {
	guide: GuideId;
	extId?: string | undefined;
	page: PageId;
	steps: Record<string, SensedStep>;
	/** Texts of the success messages the portal shows right now. */
	confirmations: string[];
	/** The ExtID of the user-list row the user selected, if any. */
	selected?: string | undefined;
};

/** What the page does for the running guide, and what its panel shows (the runner's view). */
export type GuideDirective = {
	guide: GuideId;
	/** Who the guide is for and the answers given: the page senses with it. */
	context: GuideContext;
	/** Set while the guide asks a question before it can point anywhere. */
	choice?: ChoiceName | undefined;
	stepId?: string | undefined;
	stepNumber: number;
	stepCount: number;
	status: 'active' | 'waiting' | 'lost' | 'done';
	/** The guide was started on a later page of its path and begins at this step, not at its first one. */
	pickedUp?: boolean | undefined;
	/**
	 * The steps whose targets the page watches for changes that move the guide on: the current one and the next
	 * planned one on the same page (a button that becomes enabled, a menu item that appears).
	 */
	watch: string[];
	/** The marked control is the guide's final click: the page reports the click (`bg:guide-clicked`). */
	finalClick?: boolean | undefined;
	/** The runner could not use what the page sent (another person, no look yet): the page looks again. */
	resense?: boolean | undefined;
};
