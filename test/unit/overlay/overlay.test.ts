// @vitest-environment happy-dom
import {afterEach, expect, test, vi} from 'vitest';
import {overlayClient, type OverlayFacts, type PageActions} from '../../../src/content/overlay-client';
import {mountOverlay, type OverlayHost} from '../../../src/overlay/mount';
import {overlayTree} from '../../../src/overlay/overlay';
import type {OverlayView, PanelView, Rect} from '../../../src/overlay/view';
import type {OverlayRequest} from '../../../src/shared/overlay-request-schema';
import {pageTexts} from '../../../src/shared/page-texts';

// The overlay as the user meets it: the tree the background builds (src/overlay) for a view, drawn by the content
// script's client (src/content/overlay-client.ts), which keeps the overlay's own state between frames, acts on the
// buttons and moves the focus. The view model is overlay-view.test.ts's; placement is place.test.ts's; the real
// browser and the real messaging are the E2E suite's.

let host: OverlayHost | undefined;
afterEach(() => {
	host?.host.remove();
	host = undefined;
});

const actions = (): PageActions => ({
	start: vi.fn(),
	choose: vi.fn(),
	retry: vi.fn(),
	skip: vi.fn(),
	cancel: vi.fn(),
	dismiss: vi.fn(),
	template: vi.fn(() => 'filled' as const),
	row: vi.fn(),
	'review-guide': vi.fn(),
	export: vi.fn(),
	'close-review': vi.fn(),
	teach: vi.fn(),
	pick: vi.fn(),
	'teach-cancel': vi.fn(),
	diagnostics: vi.fn(),
});

const baseView: OverlayView = {
	lang: 'de',
	texts: pageTexts('de'),
	guides: [
		{id: 'resend-code', title: 'Code erneut senden'},
		{id: 'correct-email', title: 'E-Mail korrigieren'},
	],
	rowActions: [],
};

const step = (panel: Partial<PanelView> = {}): PanelView => ({
	guideId: 'resend-code',
	stepId: 'open-user',
	status: 'active',
	title: 'Code erneut senden',
	stepNumber: 2,
	stepCount: 5,
	instruction: 'Klicken Sie auf «Benutzer».',
	waitingForPage: false,
	canTeach: false,
	...panel,
});

/** What a German portal page on `page` sends, before what changes from frame to frame. */
const pageFacts = (page: OverlayFacts['page']['page'] = 'overview'): OverlayFacts => ({
	page: {page, lang: 'de'},
	rowActions: [],
});
const VIEWPORT = {width: 1280, height: 900, scrollX: 0, scrollY: 0};

/** The background's answer and the draw that follows it. */
const answered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let frame = 0;

async function open(view: Partial<OverlayView> = {}, overlayActions = actions()) {
	const mounted = mountOverlay(document, '');
	host = mounted;
	let current: OverlayView = {...baseView, ...view};
	// Stands in for the background: the tree of the view the test shows, for the overlay's state the page sent.
	const background = (request: OverlayRequest) => Promise.resolve(overlayTree(current, request.ui));
	const client = overlayClient(mounted, overlayActions, background);
	const facts = (): OverlayFacts => ({
		...pageFacts(),
		rowActions: current.rowActions,
		// Every frame is news to the client, as a portal frame that changed something would be.
		typedEmail: String(++frame),
	});
	/** A frame of the portal: what the background would show, and the marked element's box (none: nothing marked). */
	const show = async (next: Partial<OverlayView> = {}, target?: Rect): Promise<void> => {
		current = {...baseView, ...view, ...next};
		client.show(facts(), VIEWPORT, target);
		await answered();
	};
	await show();
	const $ = (selector: string): HTMLElement | null => mounted.shadow.querySelector<HTMLElement>(selector);
	const focused = (): Element | null => mounted.shadow.activeElement;
	const click = async (selector: string): Promise<void> => {
		$(selector)!.click();
		await answered();
	};
	const key = async (target: Element, name: string): Promise<void> => {
		target.dispatchEvent(new KeyboardEvent('keydown', {key: name, bubbles: true, cancelable: true}));
		await answered();
	};
	const focus = async (): Promise<void> => {
		client.focus();
		await answered();
	};
	return {show, $, focused, click, key, focus, actions: overlayActions};
}

test('the overlay lives in an open shadow root of #eiam-assist-root, hung off <html>', async () => {
	await open();
	const root = document.getElementById('eiam-assist-root')!;
	expect(root.parentElement).toBe(document.documentElement);
	expect(root.shadowRoot).not.toBeNull();
});

test('the launcher opens its list, starts a guide and closes; Escape closes it and returns the focus', async () => {
	const {$, show, click, key, focused, actions: done} = await open();
	const launcher = $('[data-eiam-assist-launcher]')!;
	expect(launcher.getAttribute('aria-expanded')).toBe('false');
	expect($('#eiam-assist-guide-list')).toBeNull();
	await click('[data-eiam-assist-launcher]');
	expect(launcher.getAttribute('aria-expanded')).toBe('true');
	expect($('.guide-list-title')!.textContent).toBe('Wobei darf ich helfen?');
	await show(); // a portal frame redraws: the list stays open
	await click('[data-eiam-assist-start="correct-email"]');
	expect(done.start).toHaveBeenCalledWith('correct-email');
	await show();
	expect($('#eiam-assist-guide-list')).toBeNull();
	await click('[data-eiam-assist-launcher]');
	await key($('[data-eiam-assist-start="resend-code"]')!, 'Escape');
	expect($('#eiam-assist-guide-list')).toBeNull();
	expect(focused()).toBe(launcher);
});

test('the shortcut opens the launcher with the focus on it, or focuses the panel while a guide runs', async () => {
	const {$, show, focus, focused} = await open();
	await focus();
	expect($('[data-eiam-assist-launcher]')!.getAttribute('aria-expanded')).toBe('true');
	expect(focused()).toBe($('[data-eiam-assist-launcher]'));
	await show(); // a frame of the portal is no new request
	expect($('#eiam-assist-guide-list')).not.toBeNull();
	await show({panel: step()});
	await focus();
	expect(focused()).toBe($('[data-eiam-assist-panel]'));
});

test('the shortcut brings a folded panel back with the focus on it', async () => {
	const {$, click, focus, focused} = await open({panel: step()});
	await click('.panel-header button');
	expect($('[data-eiam-assist-panel]')).toBeNull();
	await focus();
	expect(focused()).toBe($('[data-eiam-assist-panel]'));
});

test('the live region stays one element from the launcher to the panel and says the step', async () => {
	const {$, show} = await open({
		rowActions: [{extId: 'u1', name: 'Anna', rect: {top: 10, left: 50, width: 5, height: 20}}],
	});
	const live = $('[aria-live="polite"]')!;
	expect(live.getAttribute('role')).toBe('status');
	expect(live.textContent).toBe('');
	await show({panel: step()});
	expect($('[aria-live="polite"]')).toBe(live);
	expect(live.textContent).toBe('Klicken Sie auf «Benutzer».');
	await show({panel: step({status: 'done'})});
	expect(live.textContent).toBe('Erledigt. Das Portal hat die Aktion bestätigt.');
});

test('the step panel: data attributes, progress, and Escape asks before cancelling, until the step changes', async () => {
	const {$, show, click, key, actions: done} = await open({panel: step()});
	const panel = $('[data-eiam-assist-panel]')!;
	expect(panel.dataset).toMatchObject({guide: 'resend-code', step: 'open-user', status: 'active'});
	expect($('.progress')!.textContent).toBe('Schritt 2 von 5');
	await key(panel, 'Escape');
	expect($('[data-eiam-assist-cancel-confirm]')).not.toBeNull();
	await show({panel: step()});
	expect($('[data-eiam-assist-cancel-confirm]')).not.toBeNull();
	// The same step waiting for the portal, then active again: the question and its «yes» button stay.
	const yes = $('[data-eiam-assist-cancel-confirm]');
	await show({panel: step({status: 'waiting'})});
	await show({panel: step()});
	expect($('[data-eiam-assist-cancel-confirm]')).toBe(yes);
	await show({panel: step({stepId: 'next'})});
	await show({panel: step({stepId: 'next'})});
	expect($('[data-eiam-assist-cancel-confirm]')).toBeNull();
	await click('[data-eiam-assist-cancel]');
	await click('[data-eiam-assist-cancel-confirm]');
	expect(done.cancel).toHaveBeenCalledTimes(1);
	await show({panel: step({status: 'done'})});
	await key($('[data-eiam-assist-panel]')!, 'Escape');
	expect(done.dismiss).toHaveBeenCalledTimes(1);
	expect($('[data-eiam-assist-panel]')).toBe(panel);
});

test('the panel is placed clear of its target, within the viewport', async () => {
	const {$, show} = await open({panel: step()});
	await show({panel: step()}, {top: 100, left: 200, width: 120, height: 40});
	const panel = $('[data-eiam-assist-panel]')!;
	// happy-dom measures nothing: the panel keeps its first size (360 × 320), right below the target.
	expect([panel.style.left, panel.style.top]).toEqual(['200px', '152px']);
});

test('the ring surrounds the marked element at once, follows it, and goes with it', async () => {
	const {$, show} = await open({panel: step()});
	expect($('.spotlight')).toBeNull();
	await show({panel: step()}, {top: 100, left: 200, width: 120, height: 40});
	const ring = $('.spotlight')!;
	expect(ring.getAttribute('aria-hidden')).toBe('true');
	expect([ring.style.top, ring.style.left, ring.style.width, ring.style.height]).toEqual([
		'96px',
		'196px',
		'128px',
		'48px',
	]);
	await show({panel: step()}, {top: 300, left: 200, width: 120, height: 40});
	expect($('.spotlight')).toBe(ring);
	expect(ring.style.top).toBe('296px');
	await show({panel: step({status: 'waiting'})});
	expect($('.spotlight')).toBeNull();
});

test('collapsing keeps the guide; the panel comes back expanded after it has gone away', async () => {
	const {$, show, click} = await open({panel: step()});
	await click('.panel-header button');
	expect($('[data-eiam-assist-panel]')).toBeNull();
	await show({panel: step({stepId: 'other'})});
	expect($('[data-eiam-assist-panel-expand]')!.textContent).toBe('Anleitung anzeigen');
	await show({panel: undefined});
	await show({panel: step()});
	await show({panel: step()});
	expect($('[data-eiam-assist-panel]')).not.toBeNull();
});

test('a question takes the keyboard to its first answer once; the answer goes to the runner', async () => {
	const choice = {
		name: 'reason',
		question: 'choice_reason' as const,
		options: [
			{value: 'expired', label: 'choice_reason_code_expired' as const},
			{value: 'wrong-email', label: 'choice_reason_wrong_email' as const},
		],
	};
	const {$, show, click, focused, actions: done} = await open({panel: step()});
	await show({panel: step({stepId: 'choose-reason', choice})});
	const first = $('[data-eiam-assist-choice="expired"]')!;
	expect(focused()).toBe(first);
	$('[data-eiam-assist-choice="wrong-email"]')!.focus();
	await show({panel: step({stepId: 'choose-reason', choice})});
	expect(focused()).toBe($('[data-eiam-assist-choice="wrong-email"]'));
	await click('[data-eiam-assist-choice="wrong-email"]');
	expect(done.choose).toHaveBeenCalledWith('reason', 'wrong-email');
});

test('templates fill the field, and ask before replacing what the user typed', async () => {
	const overlayActions = actions();
	overlayActions.template = vi.fn((_text: string, replace: boolean) => (replace ? 'filled' : 'needs-confirm'));
	const templates = [{id: 'a', text: 'Vorlage A'}];
	const {$, show, click} = await open({panel: step({templates})}, overlayActions);
	await click('[data-eiam-assist-template="a"]');
	expect(overlayActions.template).toHaveBeenCalledWith('Vorlage A', false);
	expect($('.templates .confirm')!.textContent).toContain('Ihr Text im Feld wird ersetzt. Fortfahren?');
	await show({panel: step({templates})});
	await click('[data-eiam-assist-template-replace]');
	expect(overlayActions.template).toHaveBeenLastCalledWith('Vorlage A', true);
	expect($('[data-eiam-assist-template="a"]')).not.toBeNull();
	await click('[data-eiam-assist-template="a"]');
	await show({panel: step({templates: undefined})});
	await show({panel: step({templates})});
	expect($('.templates .confirm')).toBeNull();
});

test("the panel's «More» menu unfolds behind its toggle, stays so while the guide runs, and folds with the panel", async () => {
	// Never a <details>: a closed one in the portal's document slows every DOM change of the portal (disclosure.tsx).
	const {$, show, click, actions: done} = await open({panel: step()});
	const toggle = (): HTMLElement => $('[data-eiam-assist-menu]')!;
	expect($('details')).toBeNull();
	expect(toggle().getAttribute('aria-expanded')).toBe('false');
	expect($('[data-eiam-assist-diagnostics]')).toBeNull();
	await click('[data-eiam-assist-menu]');
	expect(toggle().getAttribute('aria-expanded')).toBe('true');
	expect(toggle().getAttribute('aria-controls')).toBe($('[data-eiam-assist-diagnostics]')!.parentElement!.id);
	await show({panel: step()}); // the next portal frame keeps it unfolded
	await click('[data-eiam-assist-diagnostics]');
	expect(done.diagnostics).toHaveBeenCalledWith(true);
	await show({panel: step({diagnostics: {report: 'eIAM Assist 1.0'}})});
	expect($('[data-eiam-assist-menu]')).toBeNull();
	await show({panel: step({stepId: 'user-continue'})}); // the report closed, the next step: as the user left it
	expect(toggle().getAttribute('aria-expanded')).toBe('true');
	await click('[data-eiam-assist-menu]');
	expect(toggle().getAttribute('aria-expanded')).toBe('false');
	expect($('[data-eiam-assist-diagnostics]')).toBeNull();
	await click('[data-eiam-assist-menu]');
	await show({panel: undefined}); // the guide ended
	await show({panel: step()});
	expect(toggle().getAttribute('aria-expanded')).toBe('false');
	expect($('[data-eiam-assist-diagnostics]')).toBeNull();
});

test('every role explained unfolds behind its toggle, stays so while the guide runs, and folds with the panel', async () => {
	const roles = {
		explained: [
			{role: 'KT_User', text: 'Liefert Daten.'},
			{role: 'KT_Superuser', text: 'Verwaltet Benutzer.'},
		],
		explainedTitle: 'Alle Rollen erklärt',
	};
	const {$, show, click} = await open({panel: step({roles})});
	const toggle = (): HTMLElement => $('[data-eiam-assist-roles-toggle]')!;
	expect(toggle().textContent).toContain('Alle Rollen erklärt');
	expect(toggle().getAttribute('aria-expanded')).toBe('false');
	expect($('.roles-explained')).toBeNull();
	await click('[data-eiam-assist-roles-toggle]');
	expect(toggle().getAttribute('aria-expanded')).toBe('true');
	expect([...$('.roles-explained')!.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
		'KT_User',
		'KT_Superuser',
	]);
	await show({panel: step({stepId: 'grant'})});
	await show({panel: step({stepId: 'grant', roles})});
	expect(toggle().getAttribute('aria-expanded')).toBe('true');
	await show({panel: undefined}); // the guide ended
	await show({panel: step({roles})});
	expect(toggle().getAttribute('aria-expanded')).toBe('false');
	expect($('.roles-explained')).toBeNull();
});

test('the diagnostics report is selected and copied when it opens, not again on every frame', async () => {
	const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
	try {
		const report = {report: 'eIAM Assist 1.0\nSchritt: open-user', mailto: 'mailto:support@example.ch'};
		const {$, show, click, actions: done} = await open({panel: step({status: 'lost', canTeach: true})});
		await click('[data-eiam-assist-diagnostics]');
		expect(done.diagnostics).toHaveBeenCalledWith(true);
		await show({panel: step({status: 'lost', diagnostics: report})});
		const field = $('[data-eiam-assist-diagnostics-report]') as HTMLTextAreaElement;
		expect(field.value).toBe(report.report);
		expect(field.readOnly).toBe(true);
		expect(writeText).toHaveBeenCalledTimes(1);
		expect(writeText).toHaveBeenCalledWith(report.report);
		await show({panel: step({status: 'lost', diagnostics: report})});
		expect(writeText).toHaveBeenCalledTimes(1);
		expect($('[data-eiam-assist-diagnostics-mail]')!.getAttribute('href')).toBe(report.mailto);
		await click('[data-eiam-assist-diagnostics-copy]');
		expect(writeText).toHaveBeenCalledTimes(2);
		await click('[data-eiam-assist-diagnostics-close]');
		expect(done.diagnostics).toHaveBeenLastCalledWith(false);
		await show({panel: step({status: 'lost'})});
		await show({panel: step({status: 'lost', diagnostics: {report: report.report}})});
		expect(writeText).toHaveBeenCalledTimes(3);
		expect($('[data-eiam-assist-diagnostics-mail]')).toBeNull();
	} finally {
		writeText.mockRestore();
	}
});

test('teach mode: the catcher takes the focus, keeps clicks from the portal, and Escape cancels', async () => {
	const {$, show, click, focused, key, actions: done} = await open({panel: step({status: 'lost', canTeach: true})});
	await click('[data-eiam-assist-teach]');
	expect(done.teach).toHaveBeenCalledTimes(1);
	await show({panel: step({status: 'teaching', targetLabel: 'Benutzer'})});
	const catcher = $('[data-eiam-assist-teach-catcher]')!;
	expect(catcher.getAttribute('role')).toBe('application');
	expect(focused()).toBe(catcher);
	const outside = vi.fn();
	document.addEventListener('pointerdown', outside);
	const press = new PointerEvent('pointerdown', {bubbles: true, cancelable: true, composed: true});
	catcher.dispatchEvent(press);
	document.removeEventListener('pointerdown', outside);
	expect(press.defaultPrevented).toBe(true);
	expect(outside).not.toHaveBeenCalled();
	const pick = new MouseEvent('click', {bubbles: true, cancelable: true, clientX: 40, clientY: 70});
	catcher.dispatchEvent(pick);
	expect(pick.defaultPrevented).toBe(true);
	expect(done.pick).toHaveBeenCalledWith(40, 70);
	$('[data-eiam-assist-teach-cancel]')!.focus();
	await show({panel: step({status: 'teaching', teachRetry: true})});
	expect(focused()).toBe($('[data-eiam-assist-teach-cancel]'));
	await key(catcher, 'Escape');
	expect(done['teach-cancel']).toHaveBeenCalledTimes(1);
	await key($('[data-eiam-assist-panel]')!, 'Escape');
	expect(done['teach-cancel']).toHaveBeenCalledTimes(2);
});

test('row helpers and the access review call their actions', async () => {
	const rect = {top: 100, left: 300, width: 80, height: 30};
	const {$, show, click, actions: done} = await open({rowActions: [{extId: 'u7', name: 'Anna Muster', rect}]});
	const row = $('[data-eiam-assist-row-action="u7"]')!;
	expect(row.getAttribute('aria-label')).toBe('Onboarding-Code oder Erinnerung an Anna Muster senden');
	expect([row.style.top, row.style.left]).toEqual(['115px', '294px']);
	await click('[data-eiam-assist-row-action="u7"]');
	expect(done.row).toHaveBeenCalledWith('u7');
	const item = {extId: 'u7', name: 'Anna', email: 'a@b.ch', flags: ['pending'], flagTexts: ['offen']};
	await show({
		review: {
			total: 3,
			items: [{...item, guides: [{id: 'resend-code', label: 'Code senden'}]}],
			note: 'Alle',
			incomplete: false,
		},
	});
	expect($('[data-eiam-assist-row-action]')).toBeNull();
	expect($('[data-eiam-assist-review]')!.dataset.total).toBe('3');
	expect($('[data-eiam-assist-review-note]')!.getAttribute('data-eiam-assist-review-note')).toBe('complete');
	await click('[data-eiam-assist-review-guide="resend-code"]');
	expect(done['review-guide']).toHaveBeenCalledWith('resend-code', 'u7');
	await click('[data-eiam-assist-review-export]');
	await click('[data-eiam-assist-review-close]');
	expect(done.export).toHaveBeenCalledTimes(1);
	expect(done['close-review']).toHaveBeenCalledTimes(1);
});

test('an answer that overtook a later one is not drawn over it', async () => {
	const mounted = mountOverlay(document, '');
	host = mounted;
	const later: ((tree: ReturnType<typeof overlayTree>) => void)[] = [];
	const client = overlayClient(mounted, actions(), () => new Promise((resolve) => later.push(resolve)));
	client.show(pageFacts('overview'), VIEWPORT, undefined);
	client.show(pageFacts('user-selection'), VIEWPORT, undefined);
	const ui = {open: false, collapsed: false, cancelFor: '', template: '', menu: false, roles: false};
	later[1]!(overlayTree({...baseView, panel: step({stepId: 'newer'})}, ui));
	await answered();
	later[0]!(overlayTree({...baseView, panel: step({stepId: 'older'})}, ui));
	await answered();
	expect(mounted.shadow.querySelector<HTMLElement>('[data-eiam-assist-panel]')!.dataset.step).toBe('newer');
});

test('the same facts are asked for once; a settings change asks again and draws the new tree (#14)', async () => {
	const mounted = mountOverlay(document, '');
	host = mounted;
	// The background builds the tree from the settings it knows: here the step its copy names.
	let stepId = 'before';
	const background = vi.fn((request: OverlayRequest) =>
		Promise.resolve(overlayTree({...baseView, panel: step({stepId})}, request.ui)),
	);
	const client = overlayClient(mounted, actions(), background);
	client.show(pageFacts('overview'), VIEWPORT, undefined);
	client.show(pageFacts('overview'), VIEWPORT, undefined);
	await answered();
	expect(background).toHaveBeenCalledTimes(1);
	stepId = 'after';
	client.redraw();
	await answered();
	expect(background).toHaveBeenCalledTimes(2);
	expect(background.mock.calls[1]![0]).toEqual(background.mock.calls[0]![0]);
	expect(mounted.shadow.querySelector<HTMLElement>('[data-eiam-assist-panel]')!.dataset.step).toBe('after');
});
