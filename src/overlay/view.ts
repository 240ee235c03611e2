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
	status: 'active' | 'waiting' | 'lost' | 'done';
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
	/** Justification templates in the portal's language (what the portal stores). */
	templates?: readonly {id: string; text: string}[];
	/** A typed e-mail address looks private: its domain. */
	privateEmailDomain?: string;
	targetRect?: Rect;
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
};
