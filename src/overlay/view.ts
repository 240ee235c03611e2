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
	targetRect?: Rect;
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
	/** Our texts in `lang`, as the background sent them (the overlay's own words, the review panel's). */
	texts: PageTexts;
	guides: readonly {id: string; title: string}[];
	panel?: PanelView;
	/** The access review, while it is open (and no guide runs). */
	review?: ReviewView;
	rowActions: readonly RowActionView[];
	viewport: Viewport;
	/** Incremented by the keyboard shortcut: open the launcher, or bring the panel back and focus it. */
	focusRequest: number;
};

export type OverlayActions = {
	start: (guideId: string) => void;
	choose: (name: string, value: string) => void;
	retry: () => void;
	skip: () => void;
	cancel: () => void;
	dismiss: () => void;
	/** Puts a template into the portal's field; 'needs-confirm' when the user already typed text there. */
	useTemplate: (text: string, replace: boolean) => 'filled' | 'needs-confirm';
	rowAction: (extId: string) => void;
	/** From a review entry: start `guideId` for that person. */
	reviewGuide: (guideId: string, extId: string) => void;
	/** Download the review as CSV (built in the content script; a blob: URL, no request). */
	exportReview: () => void;
	closeReview: () => void;
	/** Teach mode: start, the pick at a viewport point, cancel. */
	teach: () => void;
	teachPick: (x: number, y: number) => void;
	teachCancel: () => void;
	/** Opens (and copies) or closes the diagnostics report. */
	diagnostics: (open: boolean) => void;
};
