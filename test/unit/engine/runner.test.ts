// @vitest-environment happy-dom
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {Located, PortalAccess} from '../../../src/engine/portal-access';
import {guideRunner, type RunnerView} from '../../../src/engine/runner';
import {guideById} from '../../../src/guides';
import type {GuideSession} from '../../../src/shared/guide-session';
import type {PageId} from '../../../src/shared/page-ids';
import type {Target} from '../../../src/shared/target';

/** A fake portal: a page id and, per target, an element (or nothing); `ready` says which found ones are usable. */
function fakePortal(
	page: PageId,
	found: (target: Target) => Element | undefined,
	ready: (element: Element) => boolean = () => true,
): PortalAccess {
	return {
		page: () => page,
		locate: (target): Located | undefined => {
			const element = found(target);
			return element && {element, ready: ready(element), value: ''};
		},
		confirmations: () => [],
		selectedPerson: () => undefined,
	};
}

const menuItem = (target: Target): string | undefined =>
	target.kind === 'control' && target.role === 'menuitem' ? target.label : undefined;

describe('the guide runner', () => {
	let views: (RunnerView | null)[];
	let saved: (GuideSession | null)[];
	const hooks = {
		render: (view: RunnerView | null) => views.push(view),
		save: (session: GuideSession | null) => saved.push(session),
	};
	const last = (): RunnerView | null | undefined => views.at(-1);

	beforeEach(() => {
		views = [];
		saved = [];
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
		document.body.replaceChildren();
	});

	test('asks why before pointing anywhere, and ignores an answer that is not one of the choices', () => {
		const button = document.body.appendChild(document.createElement('button'));
		const onlyTheMenu = (target: Target): Element | undefined =>
			target.kind === 'control' && target.label === 'userManagement' ? button : undefined;
		const runner = guideRunner(fakePortal('home', onlyTheMenu), hooks, guideById);
		runner.start('resend-code', {});
		expect(last()?.choice).toBe('reason');
		expect(button.hasAttribute('data-eiam-assist-target')).toBe(false);
		runner.choose('reason', 'because');
		expect(last()?.choice).toBe('reason');
		runner.choose('reason', 'code-expired');
		expect(last()?.choice).toBeUndefined();
		expect(last()?.step?.id).toBe('open-user-management');
		expect(button.getAttribute('data-eiam-assist-target')).toBe('resend-code:open-user-management');
		expect(saved.at(-1)?.context.reason).toBe('code-expired');
	});

	test('a missing target waits first, then is called lost after the grace period', () => {
		const runner = guideRunner(
			fakePortal('home', () => undefined),
			hooks,
			guideById,
			{lostAfterMs: 1000},
		);
		runner.start('resend-code', {reason: 'code-expired'});
		expect(last()?.status).toBe('waiting');
		vi.advanceTimersByTime(1000);
		expect(last()?.status).toBe('lost');
	});

	test('cancelling removes the mark and the saved session', () => {
		const button = document.body.appendChild(document.createElement('button'));
		const runner = guideRunner(
			fakePortal('home', () => button),
			hooks,
			guideById,
		);
		runner.start('resend-code', {reason: 'code-expired'});
		expect(button.hasAttribute('data-eiam-assist-target')).toBe(true);
		runner.cancel();
		expect(button.hasAttribute('data-eiam-assist-target')).toBe(false);
		expect(saved.at(-1)).toBeNull();
		expect(last()).toBeNull();
	});

	test('on the permissions page «deactivate» means the profile, without asking', () => {
		const toggle = document.body.appendChild(document.createElement('button'));
		const runner = guideRunner(
			fakePortal('permissions', (target) => (target.kind === 'profile-menu-toggle' ? toggle : undefined)),
			hooks,
			guideById,
		);
		runner.start('deactivate-user', {});
		expect(last()?.choice).toBeUndefined();
		expect(last()?.step?.id).toBe('open-profile-menu');
	});

	test('with «reminder» chosen, the page is watched for the reminder item, not the new-code item (#13)', () => {
		const arrow = document.body.appendChild(document.createElement('button'));
		const newCode = document.body.appendChild(document.createElement('button'));
		const reminder = document.body.appendChild(document.createElement('button'));
		const items: Record<string, Element> = {sendNewOnboardingCode: newCode, sendOnboardingReminder: reminder};
		const runner = guideRunner(
			fakePortal(
				'user-selection',
				(target) => (target.kind === 'row-action' ? arrow : items[menuItem(target) ?? '']),
				(element) => element === arrow, // the menu is still closed: its items exist but cannot be used
			),
			hooks,
			guideById,
		);
		runner.start('resend-from-list', {extId: '1001', send: 'reminder'});
		expect(last()?.step?.id).toBe('open-row-menu');
		expect(last()?.watch).toContain(arrow);
		expect(last()?.watch).toContain(reminder);
		expect(last()?.watch).not.toContain(newCode);
	});
});

describe('the user’s own path', () => {
	let views: (RunnerView | null)[];
	let saved: (GuideSession | null)[];
	const hooks = {
		render: (view: RunnerView | null) => views.push(view),
		save: (session: GuideSession | null) => saved.push(session),
	};
	const last = (): RunnerView | null | undefined => views.at(-1);
	const markOf = (element: Element): string | null => element.getAttribute('data-eiam-assist-target');

	beforeEach(() => {
		views = [];
		saved = [];
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
		document.body.replaceChildren();
	});

	/** A user list with one arrow per person; `selected` is the row the user selected (mutable). */
	function userList(extIds: string[]) {
		const table = document.body.appendChild(document.createElement('table'));
		const arrows = new Map(extIds.map((extId) => [extId, table.appendChild(document.createElement('button'))]));
		const state: {selected: string | undefined} = {selected: undefined};
		const portal: PortalAccess = {
			page: () => 'user-selection',
			locate: (target, context): Located | undefined => {
				const element =
					target.kind === 'row-action'
						? arrows.get(context.extId ?? '')
						: target.kind === 'table'
							? table
							: undefined;
				return element && {element, ready: true, value: ''};
			},
			confirmations: () => [],
			selectedPerson: () => state.selected,
		};
		const arrow = (extId: string): Element => arrows.get(extId) ?? table;
		return {table, arrow, state, portal};
	}

	test('the row the user selects becomes the person: its arrow is marked, and another row moves the mark', () => {
		const list = userList(['1001', '1002']);
		const runner = guideRunner(list.portal, hooks, guideById);
		runner.start('resend-from-list', {send: 'new-code'});
		// Nobody selected yet: the whole list.
		expect(markOf(list.table)).toBe('resend-from-list:open-row-menu');
		list.state.selected = '1001';
		runner.update();
		expect(markOf(list.arrow('1001'))).toBe('resend-from-list:open-row-menu');
		expect(markOf(list.table)).toBeNull();
		list.state.selected = '1002';
		runner.update();
		expect(markOf(list.arrow('1002'))).toBe('resend-from-list:open-row-menu');
		expect(markOf(list.arrow('1001'))).toBeNull();
		expect(saved.at(-1)?.context.extId).toBe('1002');
	});

	test('the person a guide was started for stays until the user selects another row', () => {
		const list = userList(['1001', '1002', '1003']);
		list.state.selected = '1002';
		const runner = guideRunner(list.portal, hooks, guideById);
		runner.start('deactivate-user', {extId: '1001'});
		expect(markOf(list.arrow('1001'))).toBe('deactivate-user:open-row-menu');
		runner.update();
		expect(markOf(list.arrow('1001'))).toBe('deactivate-user:open-row-menu');
		list.state.selected = '1003';
		runner.update();
		expect(markOf(list.arrow('1003'))).toBe('deactivate-user:open-row-menu');
	});

	test('a guide that acts on no row keeps its context when a row is selected', () => {
		const list = userList(['1001']);
		list.state.selected = '1001';
		const runner = guideRunner(list.portal, hooks, guideById);
		runner.start('create-user', {});
		expect(runner.session?.context.extId).toBeUndefined();
	});

	test('started on the overview, resend-code begins at the justification and says it picks up there', () => {
		const field = document.body.appendChild(document.createElement('textarea'));
		const justification = (target: Target): Element | undefined =>
			target.kind === 'control' && target.label === 'justification' ? field : undefined;
		const runner = guideRunner(fakePortal('overview', justification), hooks, guideById);
		runner.start('resend-code', {reason: 'code-expired'});
		expect(last()?.step?.id).toBe('type-justification');
		expect(last()?.pickedUp).toBe(true);
		expect(markOf(field)).toBe('resend-code:type-justification');
	});

	test('started on the first page of its path, a guide does not claim to pick up anywhere', () => {
		const button = document.body.appendChild(document.createElement('button'));
		const menu = (target: Target): Element | undefined =>
			target.kind === 'control' && target.label === 'userManagement' ? button : undefined;
		const runner = guideRunner(fakePortal('home', menu), hooks, guideById);
		runner.start('resend-code', {reason: 'code-expired'});
		expect(last()?.step?.id).toBe('open-user-management');
		expect(last()?.pickedUp).toBe(false);
	});

	test('a success message that arrives before the click on «send code» does not end the guide; one after it does', () => {
		const send = document.body.appendChild(document.createElement('button'));
		const shown: string[] = [];
		const portal: PortalAccess = {
			...fakePortal('completed', (target) =>
				target.kind === 'control' && target.label === 'sendOnboardingCode' ? send : undefined,
			),
			confirmations: () => shown,
		};
		const runner = guideRunner(portal, hooks, guideById, {confirmationGraceMs: 60_000});
		runner.start('resend-code', {reason: 'code-expired'});
		expect(last()?.step?.id).toBe('send-code');
		// The page's alerts render after its buttons (a second request).
		shown.push('Benutzer angelegt.');
		runner.update();
		expect(last()?.status).toBe('active');
		send.click();
		runner.update();
		expect(last()?.status).toBe('active');
		shown.push('Der Onboarding-Code wurde per E-Mail gesendet.');
		runner.update();
		expect(last()?.status).toBe('done');
	});
});
