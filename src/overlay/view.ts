import type {Lang} from '../shared/lang';
import type {PageTexts} from '../shared/page-texts';
import type {OverlayTextKey} from './overlay-texts';

/** A rectangle in document coordinates (CSS px from the top-left of the page, not of the viewport). */
export type Rect = {top: number; left: number; width: number; height: number};
export type Viewport = {width: number; height: number; scrollX: number; scrollY: number};

export type ChoiceView = {
	name: string;
	question: OverlayTextKey;
	options: readonly {value: string; label: OverlayTextKey}[];
};

export type PanelView = {
	guideId: string;
	stepId: string;
	/** `teaching`: the user is showing the control of a `lost` step (teach mode); the next click is ours. */
	status: 'active' | 'waiting' | 'lost' | 'done' | 'teaching';
	title: string;
	stepNumber: number;
	stepCount: number;
	/** The step's instruction, already in the UI language with the portal's label quoted. */
	instruction?: string;
	/** The portal's own label of the target, or a short description for icon-only controls. */
	targetLabel?: string;
	/** Where the control usually is, for the "lost" state. */
	hint?: string;
	/** Started on a later page of its path: the guide begins at this step (the panel says so). */
	pickedUp?: boolean;
	/** Waiting because another page must come first (not because the portal is still rendering). */
	waitingForPage: boolean;
	choice?: ChoiceView;
	/** Justification templates in the portal's language (what the portal stores); only while the step is active. */
	templates?: readonly {id: string; text: string}[];
	/** The step offers templates, but its field is not there yet (waiting or lost): say they come with it. */
	templatesLater?: boolean;
	/** A typed e-mail address looks private: its domain. */
	privateEmailDomain?: string;
	/** The business-role help of a role step (grant-role, add-profile). */
	roles?: RoleHelpView;
	/** Teach mode is offered (the step is `lost`). */
	canTeach: boolean;
	/** While teaching: the last pick was not a control (a second chance). */
	teachRetry?: boolean;
	/** What just happened to a learned target of this step, with the control's name for `learned`. */
	learnedNotice?: {kind: 'learned' | 'dropped' | 'cancelled'; name: string};
	/** The diagnostics report while it is open. */
	diagnostics?: {report: string; mailto?: string};
};

/** What the panel says about business roles, already in the UI language. */
export type RoleHelpView = {
	/** The role chosen in the portal's list, as the portal shows it; undefined while none is. */
	chosen?: string;
	/** Its one-line explanation, when it is a known SpiGes role. */
	explanation?: string;
	/** The handbook's category rule is broken by the choice: the warning to show. */
	categoryWarning?: string;
	/** Every SpiGes role with its one-line explanation. */
	explained: readonly {role: string; text: string}[];
	/** Heading of the explanations. */
	explainedTitle: string;
	/** «Gewählt: KT_User». */
	chosenText?: string;
};

/** The access review panel (shared/DESIGN.md "Access review"), in the UI language. */
export type ReviewView = {
	/** The list's total as the portal reports it; undefined when it shows none. */
	total?: number;
	/** The users who need a look, in list order. */
	items: readonly ReviewItemView[];
	/** The pagination note, or the all-seen line. */
	note: string;
	/** Whether the note says users were not seen. */
	incomplete: boolean;
};

export type ReviewItemView = {
	extId: string;
	name: string;
	email: string;
	flags: readonly string[];
	flagTexts: readonly string[];
	/** The guides one click starts for this person. */
	guides: readonly {id: string; label: string}[];
};

export type RowActionView = {extId: string; name: string; rect: Rect};

export type OverlayView = {
	lang: Lang;
	/** Our texts in `lang` (the overlay's own words, the review panel's). */
	texts: PageTexts;
	guides: readonly {id: string; title: string}[];
	panel?: PanelView;
	/** The access review, while it is open (and no guide runs). */
	review?: ReviewView;
	rowActions: readonly RowActionView[];
};

/** The overlay's own state, kept by the content script and sent with every request for a tree (overlay-client.ts). */
export type UiState = {
	/** The launcher's list is open. */
	open: boolean;
	/** The step panel is folded into its tab. */
	collapsed: boolean;
	/** The step whose «cancel the guide?» question is open ('' while none is). */
	cancelFor: string;
	/** The template waiting for the user's yes to replace their own text ('' while none is). */
	template: string;
	/** The step panel's «More» menu is unfolded (folded while undefined). */
	menu?: boolean;
	/** The role help's list of every role explained is unfolded (folded while undefined). */
	roles?: boolean;
};

/**
 * What one of our controls does, as data: the background builds the overlay's tree (issue #14, the views stay out of
 * the content script), the content script binds each action to what it acts on (overlay-client.ts).
 */
export type Action =
	| readonly ['start', guideId: string]
	| readonly ['choose', name: string, value: string]
	| readonly ['retry' | 'skip' | 'cancel' | 'dismiss' | 'close-review' | 'teach' | 'teach-cancel']
	/** Download the access review as CSV, in the language the panel shows. */
	| readonly ['export', lang: Lang]
	/** Put a template into the portal's field; `replace`: the user said yes to replacing their text. */
	| readonly ['template', text: string, replace: boolean]
	| readonly ['row', extId: string]
	| readonly ['review-guide', guideId: string, extId: string]
	/** Teach mode's pick at the click's point; `swallow` keeps any other pointer event from the portal. */
	| readonly ['pick' | 'swallow']
	/** Open (and copy) or close the diagnostics report; copy it again. */
	| readonly ['diagnostics', open: boolean]
	| readonly ['copy']
	/** Change the overlay's own state; then put the keyboard on the element `focus` selects. */
	| readonly ['ui', change: Partial<UiState>, focus?: string]
	/** Only for the Escape key: the action; `swallow`: the event goes no further (teach mode's layer). */
	| readonly ['escape', action: Action, swallow?: true];
