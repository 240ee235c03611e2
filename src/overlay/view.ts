import type {Lang} from '../shared/lang';
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
	/** Waiting because another page must come first (not because the portal is still rendering). */
	waitingForPage: boolean;
	choice?: ChoiceView;
	/** Justification templates in the portal's language (what the portal stores). */
	templates?: readonly {id: string; text: string}[];
	/** A typed e-mail address looks private: its domain. */
	privateEmailDomain?: string;
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

export type RowActionView = {extId: string; name: string; rect: Rect};

export type OverlayView = {
	lang: Lang;
	guides: readonly {id: string; title: string}[];
	panel?: PanelView;
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
	/** Teach mode: start, the pick at a viewport point, cancel. */
	teach: () => void;
	teachPick: (x: number, y: number) => void;
	teachCancel: () => void;
	/** Opens (and copies) or closes the diagnostics report. */
	diagnostics: (open: boolean) => void;
};
