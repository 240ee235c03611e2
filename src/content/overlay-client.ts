import type {Act, Child} from '../overlay/dom/render';
import type {OverlayHost} from '../overlay/mount';
import {placePanel} from '../overlay/place';
import type {Action, Rect, UiState, Viewport} from '../overlay/view';
import type {OverlayRequest} from '../shared/overlay-request-schema';
import {targetRing} from './target-ring';

/** The panel's size before its first measurement; afterwards its real size is used. */
const INITIAL_PANEL_SIZE = {width: 360, height: 320};
/** Keep in step with `.panel { max-height }` in overlay.css. */
const PANEL_MAX_HEIGHT = 460;
const LAUNCHER = '[data-eiam-assist-launcher]';
const PANEL = '[data-eiam-assist-panel]';

/** What the page sees, for the overlay: the request without the overlay's own state, which the client adds. */
export type OverlayFacts = Omit<OverlayRequest, 'ui'>;

type Tail<A extends readonly unknown[]> = A extends readonly [unknown, ...infer Rest] ? Rest : never;
type PageAction = Exclude<Action, {0: 'ui' | 'escape' | 'swallow' | 'copy' | 'pick' | 'template'}>;

/** What the overlay's buttons do in the page (overlay-actions.ts); the client handles the overlay's own ones. */
export type PageActions = {[A in PageAction as A[0]]: (...args: Tail<A>) => void} & {
	/** Puts a template into the portal's field; 'needs-confirm' when the user already typed text there. */
	template: (text: string, replace: boolean) => 'filled' | 'needs-confirm';
	/** Teach mode: the pick at a viewport point. */
	pick: (x: number, y: number) => void;
};

export type OverlayClient = {
	/**
	 * Draws what the page sees: asks the background for a new tree when anything changed, rings the marked element
	 * (`target`, its box in document coordinates) and places the panel clear of it.
	 */
	show(facts: OverlayFacts, viewport: Viewport, target: Rect | undefined): void;
	/** The keyboard shortcut: the panel gets the focus (a folded one unfolds), else the launcher opens or closes. */
	focus(): void;
	/** Asks for a new tree of what is shown: the settings the background builds it from changed. */
	redraw(): void;
};

/** Swallows an event inside our shadow root: neither the portal's element nor its document listeners get it. */
function swallow(event: Event): void {
	event.preventDefault();
	event.stopPropagation();
}

/** Puts the report on the clipboard; a refused clipboard (no focus, old browser) leaves the selected text. */
function copy(field: HTMLTextAreaElement | null): void {
	if (!field) return;
	field.select();
	// `clipboard` is missing on insecure pages and in old browsers, whatever the DOM typings say.
	const clipboard = navigator.clipboard as Clipboard | undefined;
	void clipboard?.writeText(field.value).catch(() => undefined);
}

/**
 * The overlay in the page (issue #14: its views are built by the background, src/overlay/overlay.tsx). Keeps the
 * overlay's own state (launcher open, panel folded, the open questions), asks for a tree whenever the page or that
 * state changed, draws the newest answer, runs the actions its buttons name, places the panel clear of the target,
 * and moves the keyboard focus: to a new question's first answer, to teach mode's layer, where the user asked.
 * A render never waits for the background; the last tree stays until the next one is here. The ring around the
 * target is the page's own (target-ring.ts).
 */
export function overlayClient(
	host: OverlayHost,
	actions: PageActions,
	send: (request: OverlayRequest) => Promise<Child>,
): OverlayClient {
	const root = host.shadow;
	const find = (selector: string): HTMLElement | null => root.querySelector(selector);
	/** The diagnostics report, our only field. */
	const report = (): HTMLTextAreaElement | null => root.querySelector('textarea');
	let ui: UiState = {open: false, collapsed: false, cancelFor: '', template: ''};
	let facts: OverlayFacts | undefined;
	let viewport: Viewport = {width: 0, height: 0, scrollX: 0, scrollY: 0};
	let target: Rect | undefined;
	let asked = '';
	/** The number of the last request sent, and of the one whose tree is shown. */
	let sent = 0;
	let shown = 0;
	/** Where the keyboard goes once the tree of request `[0]` or a later one is drawn. */
	let focusAfter: [number, string] | undefined;
	let panelSize = INITIAL_PANEL_SIZE;
	let copied: [Element | null, string] = [null, ''];
	let caught: Element | null = null;
	let shownChoice: string | undefined;
	const drawRing = targetRing(root);

	const change = (next: Partial<UiState>, focus?: string): void => {
		ui = {...ui, ...next};
		if (focus) focusAfter = [sent + 1, focus];
		ask();
	};

	const act: Act = (action, event) => {
		const [name, ...args] = action;
		if (name === 'escape') {
			if ((event as KeyboardEvent).key !== 'Escape') return;
			if (action[2]) swallow(event);
			act(action[1], event);
		} else if (name === 'swallow') swallow(event);
		else if (name === 'ui') change(action[1], action[2]);
		else if (name === 'copy') copy(report());
		else if (name === 'pick') {
			swallow(event);
			actions.pick((event as MouseEvent).clientX, (event as MouseEvent).clientY);
		} else if (name === 'template') {
			const [, text, replace] = action;
			change({template: actions.template(text, replace) === 'needs-confirm' ? text : ''});
		} else {
			if (name === 'start') ui = {...ui, open: false};
			(actions[name] as (...values: unknown[]) => void)(...args);
		}
	};

	/** The keyboard goes where an action asked, once the tree it waited for is drawn. */
	const focusAsked = (): void => {
		if (!focusAfter || shown < focusAfter[0]) return;
		find(focusAfter[1])?.focus();
		focusAfter = undefined;
	};

	/** After a tree is drawn: the overlay's state it ends, the focus it asks for, the report to copy, the place. */
	const afterDraw = (): void => {
		const panel = find(PANEL);
		const step = panel?.dataset.step;
		// A question belongs to what it asked about: gone with its step, its templates, its panel.
		if (ui.cancelFor && step !== ui.cancelFor) ui = {...ui, cancelFor: ''};
		if (ui.template && !find('[data-eiam-assist-templates]')) ui = {...ui, template: ''};
		// What was unfolded in the panel folds with it (the next guide starts as the first did).
		if (!panel && !find('[data-eiam-assist-panel-expand]'))
			ui = {...ui, collapsed: false, menu: false, roles: false};
		// A question needs an answer before anything else: the keyboard goes to its first option, once.
		const choice = step?.startsWith('choose-') ? step : undefined;
		if (choice && choice !== shownChoice) find('[data-eiam-assist-choice]')?.focus();
		shownChoice = choice;
		// Teach mode's layer takes the keyboard when it appears, so Escape leaves at once.
		const catcher = find('[data-eiam-assist-teach-catcher]');
		if (catcher && catcher !== caught) catcher.focus();
		caught = catcher;
		// The diagnostics report is selected and copied when it opens or changes.
		const field = report();
		if (field && (field !== copied[0] || field.value !== copied[1])) {
			copied = [field, field.value];
			copy(field);
		}
		focusAsked();
		if (panel) place(panel);
	};

	/** Puts the panel where it leaves the target free; our own element, so measuring it costs no portal layout. */
	const place = (panel: HTMLElement): void => {
		const inViewport = target && {
			...target,
			top: target.top - viewport.scrollY,
			left: target.left - viewport.scrollX,
		};
		const {style} = panel;
		// Placed again only when its size really changed (at most three passes: a new place can change the height).
		for (let pass = 0; pass < 3; pass++) {
			const position = placePanel(inViewport, panelSize, viewport);
			const [left, top] = [`${position.left}px`, `${position.top}px`];
			// Unset (''), the style sheet's max-height applies.
			const maxHeight = position.maxHeight ? `${position.maxHeight}px` : '';
			if (style.left !== left) style.left = left;
			if (style.top !== top) style.top = top;
			if (style.maxHeight !== maxHeight) style.maxHeight = maxHeight;
			// scrollHeight: the natural height, also while a maxHeight makes it scroll (placement stays stable).
			const size = {
				width: panel.offsetWidth,
				height: Math.min(panel.scrollHeight, PANEL_MAX_HEIGHT, viewport.height - 32),
			};
			if (size.width === panelSize.width && size.height === panelSize.height) return;
			panelSize = size;
		}
	};

	/** Asks for the tree of what is known now, unless it is the one asked for last. */
	const ask = (): void => {
		if (!facts) return;
		const request = {...facts, ui};
		const key = JSON.stringify(request);
		if (key === asked) {
			// Nothing new to ask: a focus waits only for the tree already on its way.
			if (focusAfter && focusAfter[0] > sent) focusAfter[0] = sent;
			return focusAsked();
		}
		asked = key;
		const number = ++sent;
		send(request).then(
			(tree) => {
				// An answer that overtook a later one is not drawn over it.
				if (number < shown) return;
				shown = number;
				host.render(tree, act);
				afterDraw();
			},
			// No answer (the background restarting for an update): asked again at the next show.
			() => asked === key && (asked = ''),
		);
	};

	return {
		show(next, size, box) {
			facts = next;
			viewport = size;
			target = box;
			drawRing(box);
			ask();
			// The viewport or the target may have moved without a new tree.
			const panel = find(PANEL);
			if (panel) place(panel);
		},
		focus() {
			const panel = find(PANEL);
			if (panel) panel.focus();
			else if (find('[data-eiam-assist-panel-expand]')) change({collapsed: false}, PANEL);
			else change({open: !ui.open}, LAUNCHER);
		},
		redraw() {
			asked = '';
			ask();
		},
	};
}
