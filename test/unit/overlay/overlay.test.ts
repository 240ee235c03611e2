// @vitest-environment happy-dom
import {afterEach, expect, test, vi} from 'vitest';
import {mountOverlay, type OverlayHost} from '../../../src/overlay/mount';
import {overlay as drawOverlay} from '../../../src/overlay/overlay';
import type {OverlayActions, OverlayView, PanelView} from '../../../src/overlay/view';
import {pageTexts} from '../../../src/shared/page-texts';

// The overlay through its own renderer (src/overlay/dom): what the user sees and can do, state kept between the
// frames that redraw it. Placement is place.test.ts's; the real browser is the E2E suite's.

let host: OverlayHost | undefined;
afterEach(() => {
	host?.unmount();
	host = undefined;
});

const actions = (): OverlayActions => ({
	start: vi.fn(),
	choose: vi.fn(),
	retry: vi.fn(),
	skip: vi.fn(),
	cancel: vi.fn(),
	dismiss: vi.fn(),
	useTemplate: vi.fn(() => 'filled' as const),
	rowAction: vi.fn(),
	reviewGuide: vi.fn(),
	exportReview: vi.fn(),
	closeReview: vi.fn(),
	teach: vi.fn(),
	teachPick: vi.fn(),
	teachCancel: vi.fn(),
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
	viewport: {width: 1280, height: 900, scrollX: 0, scrollY: 0},
	focusRequest: 0,
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

function open(view: Partial<OverlayView> = {}, overlayActions = actions()) {
	const mounted = mountOverlay(document, '');
	host = mounted;
	const overlay = drawOverlay((tree) => mounted.render(tree), overlayActions);
	const show = (next: Partial<OverlayView> = {}): void => overlay.show({...baseView, ...view, ...next});
	show();
	const $ = (selector: string): HTMLElement | null => mounted.shadow.querySelector<HTMLElement>(selector);
	const focused = (): Element | null => mounted.shadow.activeElement;
	const key = (target: Element, name: string): void => {
		target.dispatchEvent(new KeyboardEvent('keydown', {key: name, bubbles: true, cancelable: true}));
	};
	return {show, $, focused, key, actions: overlayActions};
}

test('the overlay lives in an open shadow root of #eiam-assist-root, hung off <html>', () => {
	open();
	const root = document.getElementById('eiam-assist-root')!;
	expect(root.parentElement).toBe(document.documentElement);
	expect(root.shadowRoot).not.toBeNull();
});

test('the launcher opens its list, starts a guide and closes; Escape closes it and returns the focus', () => {
	const {$, show, key, focused, actions: done} = open();
	const launcher = $('[data-eiam-assist-launcher]')!;
	expect(launcher.getAttribute('aria-expanded')).toBe('false');
	expect($('#eiam-assist-guide-list')).toBeNull();
	launcher.click();
	expect(launcher.getAttribute('aria-expanded')).toBe('true');
	expect($('.guide-list-title')!.textContent).toBe('Wobei darf ich helfen?');
	show(); // a portal frame redraws: the list stays open
	$('[data-eiam-assist-start="correct-email"]')!.click();
	expect(done.start).toHaveBeenCalledWith('correct-email');
	expect($('#eiam-assist-guide-list')).toBeNull();
	launcher.click();
	key($('[data-eiam-assist-start="resend-code"]')!, 'Escape');
	expect($('#eiam-assist-guide-list')).toBeNull();
	expect(focused()).toBe(launcher);
});

test('the shortcut opens the launcher with the focus on it, or focuses the panel while a guide runs', () => {
	const {$, show, focused} = open();
	show({focusRequest: 1});
	expect($('[data-eiam-assist-launcher]')!.getAttribute('aria-expanded')).toBe('true');
	expect(focused()).toBe($('[data-eiam-assist-launcher]'));
	show({focusRequest: 1}); // the same request again is no new request
	expect($('#eiam-assist-guide-list')).not.toBeNull();
	show({focusRequest: 2, panel: step()});
	expect(focused()).toBe($('[data-eiam-assist-panel]'));
});

test('the live region stays one element from the launcher to the panel and says the step', () => {
	const {$, show} = open({
		rowActions: [{extId: 'u1', name: 'Anna', rect: {top: 10, left: 50, width: 5, height: 20}}],
	});
	const live = $('[aria-live="polite"]')!;
	expect(live.getAttribute('role')).toBe('status');
	expect(live.textContent).toBe('');
	show({panel: step()});
	expect($('[aria-live="polite"]')).toBe(live);
	expect(live.textContent).toBe('Klicken Sie auf «Benutzer».');
	show({panel: step({status: 'done'})});
	expect(live.textContent).toBe('Erledigt. Das Portal hat die Aktion bestätigt.');
});

test('the step panel: data attributes, progress, and Escape asks before cancelling, until the step changes', () => {
	const {$, show, key, actions: done} = open({panel: step()});
	const panel = $('[data-eiam-assist-panel]')!;
	expect(panel.dataset).toMatchObject({guide: 'resend-code', step: 'open-user', status: 'active'});
	expect($('.progress')!.textContent).toBe('Schritt 2 von 5');
	key(panel, 'Escape');
	expect($('[data-eiam-assist-cancel-confirm]')).not.toBeNull();
	show({panel: step()});
	expect($('[data-eiam-assist-cancel-confirm]')).not.toBeNull();
	// The same step waiting for the portal, then active again: the question and its «yes» button stay.
	const yes = $('[data-eiam-assist-cancel-confirm]');
	show({panel: step({status: 'waiting'})});
	show({panel: step()});
	expect($('[data-eiam-assist-cancel-confirm]')).toBe(yes);
	show({panel: step({stepId: 'next'})});
	expect($('[data-eiam-assist-cancel-confirm]')).toBeNull();
	$('[data-eiam-assist-cancel]')!.click();
	$('[data-eiam-assist-cancel-confirm]')!.click();
	expect(done.cancel).toHaveBeenCalledTimes(1);
	show({panel: step({status: 'done'})});
	key($('[data-eiam-assist-panel]')!, 'Escape');
	expect(done.dismiss).toHaveBeenCalledTimes(1);
	expect($('[data-eiam-assist-panel]')).toBe(panel);
});

test('collapsing keeps the guide; the panel comes back expanded after it has gone away', () => {
	const {$, show} = open({panel: step()});
	$('.panel-header button')!.click();
	expect($('[data-eiam-assist-panel]')).toBeNull();
	show({panel: step({stepId: 'other'})});
	expect($('[data-eiam-assist-panel-expand]')!.textContent).toBe('Anleitung anzeigen');
	show({panel: undefined});
	show({panel: step()});
	expect($('[data-eiam-assist-panel]')).not.toBeNull();
});

test('a question takes the keyboard to its first answer once; the answer goes to the runner', () => {
	const choice = {
		name: 'reason',
		question: 'choice_reason' as const,
		options: [
			{value: 'expired', label: 'choice_reason_code_expired' as const},
			{value: 'wrong-email', label: 'choice_reason_wrong_email' as const},
		],
	};
	const {$, show, focused, actions: done} = open({panel: step()});
	show({panel: step({choice})});
	const first = $('[data-eiam-assist-choice="expired"]')!;
	expect(focused()).toBe(first);
	$('[data-eiam-assist-choice="wrong-email"]')!.focus();
	show({panel: step({choice})});
	expect(focused()).toBe($('[data-eiam-assist-choice="wrong-email"]'));
	$('[data-eiam-assist-choice="wrong-email"]')!.click();
	expect(done.choose).toHaveBeenCalledWith('reason', 'wrong-email');
});

test('templates fill the field, and ask before replacing what the user typed', () => {
	const overlayActions = actions();
	overlayActions.useTemplate = vi.fn((_text: string, replace: boolean) => (replace ? 'filled' : 'needs-confirm'));
	const templates = [{id: 'a', text: 'Vorlage A'}];
	const {$, show} = open({panel: step({templates})}, overlayActions);
	$('[data-eiam-assist-template="a"]')!.click();
	expect(overlayActions.useTemplate).toHaveBeenCalledWith('Vorlage A', false);
	expect($('.templates .confirm')!.textContent).toContain('Ihr Text im Feld wird ersetzt. Fortfahren?');
	show({panel: step({templates})});
	$('[data-eiam-assist-template-replace]')!.click();
	expect(overlayActions.useTemplate).toHaveBeenLastCalledWith('Vorlage A', true);
	expect($('[data-eiam-assist-template="a"]')).not.toBeNull();
	$('[data-eiam-assist-template="a"]')!.click();
	show({panel: step({templates: []})});
	show({panel: step({templates})});
	expect($('.templates .confirm')).toBeNull();
});

test('the diagnostics report is selected and copied when it opens, not again on every frame', () => {
	const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
	try {
		const report = {report: 'eIAM Assist 1.0\nSchritt: open-user', mailto: 'mailto:support@example.ch'};
		const {$, show, actions: done} = open({panel: step({status: 'lost', canTeach: true})});
		$('[data-eiam-assist-diagnostics]')!.click();
		expect(done.diagnostics).toHaveBeenCalledWith(true);
		show({panel: step({status: 'lost', diagnostics: report})});
		const field = $('[data-eiam-assist-diagnostics-report]') as HTMLTextAreaElement;
		expect(field.value).toBe(report.report);
		expect(field.readOnly).toBe(true);
		expect(writeText).toHaveBeenCalledTimes(1);
		expect(writeText).toHaveBeenCalledWith(report.report);
		show({panel: step({status: 'lost', diagnostics: report})});
		expect(writeText).toHaveBeenCalledTimes(1);
		expect($('[data-eiam-assist-diagnostics-mail]')!.getAttribute('href')).toBe(report.mailto);
		$('[data-eiam-assist-diagnostics-close]')!.click();
		expect(done.diagnostics).toHaveBeenLastCalledWith(false);
		show({panel: step({status: 'lost'})});
		show({panel: step({status: 'lost', diagnostics: {report: report.report}})});
		expect(writeText).toHaveBeenCalledTimes(2);
		expect($('[data-eiam-assist-diagnostics-mail]')).toBeNull();
	} finally {
		writeText.mockRestore();
	}
});

test('teach mode: the catcher takes the focus, keeps clicks from the portal, and Escape cancels', () => {
	const {$, show, focused, key, actions: done} = open({panel: step({status: 'lost', canTeach: true})});
	$('[data-eiam-assist-teach]')!.click();
	expect(done.teach).toHaveBeenCalledTimes(1);
	show({panel: step({status: 'teaching', targetLabel: 'Benutzer'})});
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
	catcher.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, clientX: 40, clientY: 70}));
	expect(done.teachPick).toHaveBeenCalledWith(40, 70);
	$('[data-eiam-assist-teach-cancel]')!.focus();
	show({panel: step({status: 'teaching', teachRetry: true})});
	expect(focused()).toBe($('[data-eiam-assist-teach-cancel]'));
	key(catcher, 'Escape');
	expect(done.teachCancel).toHaveBeenCalledTimes(1);
	key($('[data-eiam-assist-panel]')!, 'Escape');
	expect(done.teachCancel).toHaveBeenCalledTimes(2);
});

test('row helpers and the access review call their actions', () => {
	const rect = {top: 100, left: 300, width: 80, height: 30};
	const {$, show, actions: done} = open({rowActions: [{extId: 'u7', name: 'Anna Muster', rect}]});
	const row = $('[data-eiam-assist-row-action="u7"]')!;
	expect(row.getAttribute('aria-label')).toBe('Onboarding-Code oder Erinnerung an Anna Muster senden');
	expect([row.style.top, row.style.left]).toEqual(['115px', '294px']);
	row.click();
	expect(done.rowAction).toHaveBeenCalledWith('u7');
	const item = {extId: 'u7', name: 'Anna', email: 'a@b.ch', flags: ['pending'], flagTexts: ['offen']};
	show({
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
	$('[data-eiam-assist-review-guide="resend-code"]')!.click();
	expect(done.reviewGuide).toHaveBeenCalledWith('resend-code', 'u7');
	$('[data-eiam-assist-review-export]')!.click();
	$('[data-eiam-assist-review-close]')!.click();
	expect(done.exportReview).toHaveBeenCalledTimes(1);
	expect(done.closeReview).toHaveBeenCalledTimes(1);
});
