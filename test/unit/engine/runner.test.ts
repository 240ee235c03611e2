// @vitest-environment happy-dom
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {Located, PortalAccess} from '../../../src/engine/portal-access';
import {GuideRunner, type RunnerView} from '../../../src/engine/runner';
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
		const runner = new GuideRunner(fakePortal('home', onlyTheMenu), hooks, guideById);
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
		const runner = new GuideRunner(
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
		const runner = new GuideRunner(
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
		const runner = new GuideRunner(
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
		const runner = new GuideRunner(
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
