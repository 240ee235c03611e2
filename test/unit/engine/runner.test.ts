// @vitest-environment happy-dom
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {Located, PortalAccess} from '../../../src/engine/portal-access';
import {guideRunner, type GuideRunner, type RunnerOptions} from '../../../src/engine/runner';
import {guideById} from '../../../src/guides';
import type {GuideSnapshot} from '../../../src/shared/guide-sense';
import type {GuideAct} from '../../../src/shared/guide-sense-schema';
import type {GuideSession} from '../../../src/shared/guide-session';
import type {PageId} from '../../../src/shared/page-ids';
import type {Target} from '../../../src/shared/target';

// The guide engine as it runs since issue #14: the runner in the background (src/engine/runner.ts) decides from what
// the page senses; the page (src/content/guide-client.ts) senses, marks and reports the final click. Here both halves
// talk through a fake channel that hands each request to the runner as the background does (in order, a reply per
// request), so what the page marks is checked as before the move.
const channel = vi.hoisted(() => ({
	route: null as ((request: {type: string}) => unknown) | null,
	/** Requests on their way; `settle` waits until none is left. */
	pending: 0,
}));
vi.mock('../../../src/content/background-link', () => ({
	askBackground: (request: {type: string}) => {
		channel.pending += 1;
		return Promise.resolve()
			.then(() => channel.route?.(request))
			.finally(() => (channel.pending -= 1));
	},
}));
const {guideClient} = await import('../../../src/content/guide-client');
type GuideView = import('../../../src/content/guide-client').GuideView;

/** The runner, the page's client over `portal`, and the channel between them (with what each end saw). */
function connect(
	portal: PortalAccess,
	record: {views: (GuideView | null)[]; saved: (GuideSession | null)[]},
	options?: Partial<RunnerOptions>,
) {
	const runner: GuideRunner = guideRunner(
		{save: (session) => record.saved.push(session), wake: () => client.update(true)},
		guideById,
		options,
	);
	const client = guideClient(
		portal,
		guideById,
		(view) => record.views.push(view),
		() => client.update(),
	);
	channel.route = (request) => {
		if (request.type === 'bg:guide-clicked') {
			const {step, confirmations} = request as unknown as {step: string; confirmations: string[]};
			runner.clicked(step, confirmations);
			return null;
		}
		const {act} = request as unknown as {act: GuideAct};
		switch (act.do) {
			case 'sense':
				return runner.update(act.snapshot);
			case 'start':
				return runner.start(act.guide, act.context, act.page, act.snapshot);
			case 'resume':
				return null;
			case 'choose':
				return runner.choose(act.name, act.value, act.snapshot);
			case 'retry':
			case 'skip':
				return runner[act.do](act.snapshot);
			case 'cancel':
			case 'dismiss':
				return runner[act.do]();
		}
	};
	return {runner, client};
}

/** Until every request and the page's looks after its answers are done (each answer may ask for another look). */
async function settle(): Promise<void> {
	for (let round = 0; round < 50; round++) await Promise.resolve();
	if (channel.pending > 0) throw new Error('requests still on their way');
}

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
	const record: {views: (GuideView | null)[]; saved: (GuideSession | null)[]} = {views: [], saved: []};
	const last = (): GuideView | null | undefined => record.views.at(-1);

	beforeEach(() => {
		record.views = [];
		record.saved = [];
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
		document.body.replaceChildren();
	});

	test('asks why before pointing anywhere, and ignores an answer that is not one of the choices', async () => {
		const button = document.body.appendChild(document.createElement('button'));
		const onlyTheMenu = (target: Target): Element | undefined =>
			target.kind === 'control' && target.label === 'userManagement' ? button : undefined;
		const {client} = connect(fakePortal('home', onlyTheMenu), record);
		client.start('resend-code', {});
		await settle();
		expect(last()?.choice).toBe('reason');
		expect(button.hasAttribute('data-eiam-assist-target')).toBe(false);
		client.choose('reason', 'because');
		await settle();
		expect(last()?.choice).toBe('reason');
		client.choose('reason', 'code-expired');
		await settle();
		expect(last()?.choice).toBeUndefined();
		expect(last()?.step?.id).toBe('open-user-management');
		expect(button.getAttribute('data-eiam-assist-target')).toBe('resend-code:open-user-management');
		expect(record.saved.at(-1)?.context.reason).toBe('code-expired');
	});

	test('a missing target waits first, then is called lost after the grace period', async () => {
		const {client} = connect(
			fakePortal('home', () => undefined),
			record,
			{lostAfterMs: 1000},
		);
		client.start('resend-code', {reason: 'code-expired'});
		await settle();
		expect(last()?.status).toBe('waiting');
		vi.advanceTimersByTime(1000);
		await settle();
		expect(last()?.status).toBe('lost');
	});

	test('cancelling removes the mark and the saved session', async () => {
		const button = document.body.appendChild(document.createElement('button'));
		const {client, runner} = connect(
			fakePortal('home', () => button),
			record,
		);
		client.start('resend-code', {reason: 'code-expired'});
		await settle();
		expect(button.hasAttribute('data-eiam-assist-target')).toBe(true);
		client.cancel();
		// At once on the page, before the background answers.
		expect(button.hasAttribute('data-eiam-assist-target')).toBe(false);
		expect(last()).toBeNull();
		await settle();
		expect(record.saved.at(-1)).toBeNull();
		expect(runner.session).toBeUndefined();
		expect(last()).toBeNull();
	});

	test('on the permissions page «deactivate» means the profile, without asking', async () => {
		const toggle = document.body.appendChild(document.createElement('button'));
		const {client} = connect(
			fakePortal('permissions', (target) => (target.kind === 'profile-menu-toggle' ? toggle : undefined)),
			record,
		);
		client.start('deactivate-user', {});
		await settle();
		expect(last()?.choice).toBeUndefined();
		expect(last()?.step?.id).toBe('open-profile-menu');
	});

	test('with «reminder» chosen, the page is watched for the reminder item, not the new-code item (#13)', async () => {
		const arrow = document.body.appendChild(document.createElement('button'));
		const newCode = document.body.appendChild(document.createElement('button'));
		const reminder = document.body.appendChild(document.createElement('button'));
		const items: Record<string, Element> = {sendNewOnboardingCode: newCode, sendOnboardingReminder: reminder};
		const {client} = connect(
			fakePortal(
				'user-selection',
				(target) => (target.kind === 'row-action' ? arrow : items[menuItem(target) ?? '']),
				(element) => element === arrow, // the menu is still closed: its items exist but cannot be used
			),
			record,
		);
		client.start('resend-from-list', {extId: '1001', send: 'reminder'});
		await settle();
		expect(last()?.step?.id).toBe('open-row-menu');
		expect(last()?.watch).toContain(arrow);
		expect(last()?.watch).toContain(reminder);
		expect(last()?.watch).not.toContain(newCode);
	});

	test('the page reports the click on a confirmation step without stopping it, and the grace ends the guide', async () => {
		const send = document.body.appendChild(document.createElement('button'));
		const {client, runner} = connect(
			fakePortal('completed', (target) =>
				target.kind === 'control' && target.label === 'sendOnboardingCode' ? send : undefined,
			),
			record,
			{confirmationGraceMs: 1000},
		);
		client.start('resend-code', {reason: 'code-expired'});
		await settle();
		expect(last()?.step?.id).toBe('send-code');
		const click = new MouseEvent('click', {bubbles: true, cancelable: true});
		send.dispatchEvent(click);
		// Passive: the portal's own handlers see the click as it was.
		expect(click.defaultPrevented).toBe(false);
		await settle();
		expect(runner.session?.confirmationsBefore).toMatchObject({step: 'send-code', clicked: true});
		expect(last()?.status).toBe('active');
		vi.advanceTimersByTime(1000);
		await settle();
		expect(last()?.status).toBe('done');
		expect(send.hasAttribute('data-eiam-assist-target')).toBe(false);
		expect(record.saved.at(-1)).toBeNull();
	});
});

describe('the user’s own path', () => {
	const record: {views: (GuideView | null)[]; saved: (GuideSession | null)[]} = {views: [], saved: []};
	const last = (): GuideView | null | undefined => record.views.at(-1);
	const markOf = (element: Element): string | null => element.getAttribute('data-eiam-assist-target');

	beforeEach(() => {
		record.views = [];
		record.saved = [];
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

	test('the row the user selects becomes the person: its arrow is marked, and another row moves the mark', async () => {
		const list = userList(['1001', '1002']);
		const {client} = connect(list.portal, record);
		client.start('resend-from-list', {send: 'new-code'});
		await settle();
		// Nobody selected yet: the whole list.
		expect(markOf(list.table)).toBe('resend-from-list:open-row-menu');
		list.state.selected = '1001';
		client.update();
		await settle();
		expect(markOf(list.arrow('1001'))).toBe('resend-from-list:open-row-menu');
		expect(markOf(list.table)).toBeNull();
		list.state.selected = '1002';
		client.update();
		await settle();
		expect(markOf(list.arrow('1002'))).toBe('resend-from-list:open-row-menu');
		expect(markOf(list.arrow('1001'))).toBeNull();
		expect(record.saved.at(-1)?.context.extId).toBe('1002');
	});

	test('the person a guide was started for stays until the user selects another row', async () => {
		const list = userList(['1001', '1002', '1003']);
		list.state.selected = '1002';
		const {client} = connect(list.portal, record);
		client.start('deactivate-user', {extId: '1001'});
		await settle();
		expect(markOf(list.arrow('1001'))).toBe('deactivate-user:open-row-menu');
		client.update();
		await settle();
		expect(markOf(list.arrow('1001'))).toBe('deactivate-user:open-row-menu');
		list.state.selected = '1003';
		client.update();
		await settle();
		expect(markOf(list.arrow('1003'))).toBe('deactivate-user:open-row-menu');
	});

	test('a look for another person is not evaluated: the runner names the person and asks for a fresh look', () => {
		const runner = guideRunner({save: () => undefined, wake: () => undefined}, guideById);
		const look = {guide: 'resend-from-list', page: 'user-selection', confirmations: [] as string[]} as const;
		const table: GuideSnapshot['steps'] = {'open-row-menu': {target: 'ready', value: ''}};
		const first = runner.start('resend-from-list', {send: 'new-code'}, 'user-selection', {
			...look,
			steps: table,
			selected: '1001',
		});
		expect(first).toMatchObject({context: {extId: '1001'}, status: 'waiting', resense: true});
		expect(first?.finalClick).toBeUndefined();
		const second = runner.update({...look, extId: '1001', steps: table, selected: '1001'});
		expect(second).toMatchObject({
			stepId: 'open-row-menu',
			status: 'active',
			watch: ['open-row-menu', 'send-new-code'],
		});
		expect(second?.resense).toBeUndefined();
	});

	test('a guide that acts on no row keeps its context when a row is selected', async () => {
		const list = userList(['1001']);
		list.state.selected = '1001';
		const {client, runner} = connect(list.portal, record);
		client.start('create-user', {});
		await settle();
		expect(runner.session?.context.extId).toBeUndefined();
		expect(client.context?.extId).toBeUndefined();
	});

	test('started on the overview, resend-code begins at the justification and says it picks up there', async () => {
		const field = document.body.appendChild(document.createElement('textarea'));
		const justification = (target: Target): Element | undefined =>
			target.kind === 'control' && target.label === 'justification' ? field : undefined;
		const {client} = connect(fakePortal('overview', justification), record);
		client.start('resend-code', {reason: 'code-expired'});
		await settle();
		expect(last()?.step?.id).toBe('type-justification');
		expect(last()?.pickedUp).toBe(true);
		expect(markOf(field)).toBe('resend-code:type-justification');
	});

	test('started on the first page of its path, a guide does not claim to pick up anywhere', async () => {
		const button = document.body.appendChild(document.createElement('button'));
		const menu = (target: Target): Element | undefined =>
			target.kind === 'control' && target.label === 'userManagement' ? button : undefined;
		const {client} = connect(fakePortal('home', menu), record);
		client.start('resend-code', {reason: 'code-expired'});
		await settle();
		expect(last()?.step?.id).toBe('open-user-management');
		expect(last()?.pickedUp).toBe(false);
	});

	test('a success message that arrives before the click on «send code» does not end the guide; one after it does', async () => {
		const send = document.body.appendChild(document.createElement('button'));
		const shown: string[] = [];
		const portal: PortalAccess = {
			...fakePortal('completed', (target) =>
				target.kind === 'control' && target.label === 'sendOnboardingCode' ? send : undefined,
			),
			confirmations: () => shown,
		};
		const {client} = connect(portal, record, {confirmationGraceMs: 60_000});
		client.start('resend-code', {reason: 'code-expired'});
		await settle();
		expect(last()?.step?.id).toBe('send-code');
		// The page's alerts render after its buttons (a second request).
		shown.push('Benutzer angelegt.');
		client.update();
		await settle();
		expect(last()?.status).toBe('active');
		send.click();
		client.update();
		await settle();
		expect(last()?.status).toBe('active');
		shown.push('Der Onboarding-Code wurde per E-Mail gesendet.');
		client.update();
		await settle();
		expect(last()?.status).toBe('done');
	});
});
