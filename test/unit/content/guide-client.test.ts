// @vitest-environment happy-dom
import {afterEach, describe, expect, test, vi} from 'vitest';
import type {PortalAccess} from '../../../src/engine/portal-access';
import {guideById} from '../../../src/guides';
import type {GuideDirective} from '../../../src/shared/guide-sense';

// The page's half of the guide engine (src/content/guide-client.ts) at its boundary with the background: when the
// extension is updated under the page, and when the background's answers arrive out of order.
const channel = vi.hoisted(() => ({
	/** Each request's answer, resolved by the test (or thrown at once, as an invalidated extension does). */
	requests: [] as {request: {type: string; act?: {do: string}}; answer: (reply: unknown) => void}[],
	invalidated: false,
}));
vi.mock('../../../src/content/extension', () => ({
	extension: () => ({
		runtime: {
			sendMessage: (request: {type: string}) => {
				if (channel.invalidated) throw new Error('Extension context invalidated.');
				return new Promise((answer) => channel.requests.push({request, answer}));
			},
		},
	}),
}));
const {guideClient} = await import('../../../src/content/guide-client');

const flush = async (): Promise<void> => {
	for (let round = 0; round < 20; round++) await Promise.resolve();
};

function homePage(button: Element): PortalAccess {
	return {
		page: () => 'home',
		locate: (target) =>
			target.kind === 'control' && target.label === 'userManagement'
				? {element: button, ready: true, value: ''}
				: undefined,
		confirmations: () => [],
		selectedPerson: () => undefined,
	};
}

const directive = (stepId: string): GuideDirective => ({
	guide: 'resend-code',
	context: {reason: 'code-expired'},
	stepId,
	stepNumber: 1,
	stepCount: 9,
	status: 'active',
	watch: [stepId],
});

afterEach(() => {
	channel.requests = [];
	channel.invalidated = false;
	document.body.replaceChildren();
});

describe('a guide when the extension is updated under it (#13)', () => {
	test('starting, looking and resuming neither throw nor stop the page', async () => {
		channel.invalidated = true;
		const views: unknown[] = [];
		const client = guideClient(
			homePage(document.createElement('button')),
			guideById,
			(view) => views.push(view),
			() => undefined,
		);
		expect(() => client.start('resend-code', {reason: 'code-expired'})).not.toThrow();
		expect(() => client.update()).not.toThrow();
		expect(() => client.resume(true)).not.toThrow();
		expect(() => client.cancel()).not.toThrow();
		// A rejection nobody handles would fail this test run.
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(client.view).toBeNull();
		expect(client.running).toBe(false);
	});
});

describe('the background’s answers', () => {
	test('an answer that overtook a newer one is not applied', async () => {
		const button = document.body.appendChild(document.createElement('button'));
		const wake = vi.fn();
		const client = guideClient(homePage(button), guideById, () => undefined, wake);
		client.start('resend-code', {reason: 'code-expired'});
		client.retry(); // nothing runs yet: not sent
		client.resume(true);
		expect(channel.requests.map(({request}) => request.act?.do)).toEqual(['start', 'resume']);
		const [start, resume] = channel.requests;
		resume?.answer({ok: true, data: directive('open-user-management')});
		await flush();
		start?.answer({ok: true, data: null});
		await flush();
		expect(client.running).toBe(true);
		client.update();
		expect(button.getAttribute('data-eiam-assist-target')).toBe('resend-code:open-user-management');
	});

	test('marks only a target that is ready, on the element found at the latest look', async () => {
		const first = document.body.appendChild(document.createElement('button'));
		const second = document.body.appendChild(document.createElement('button'));
		let shown = first;
		let ready = false;
		const portal: PortalAccess = {
			...homePage(first),
			locate: (target) =>
				target.kind === 'control' && target.label === 'userManagement'
					? {element: shown, ready, value: ''}
					: undefined,
		};
		const client = guideClient(
			portal,
			guideById,
			() => undefined,
			() => undefined,
		);
		client.resume(true);
		channel.requests[0]?.answer({ok: true, data: directive('open-user-management')});
		await flush();
		client.update();
		expect(first.hasAttribute('data-eiam-assist-target')).toBe(false);
		ready = true;
		client.update();
		expect(first.getAttribute('data-eiam-assist-target')).toBe('resend-code:open-user-management');
		// The portal re-rendered the control: the mark moves with it, without waiting for the background.
		shown = second;
		client.update();
		expect(first.hasAttribute('data-eiam-assist-target')).toBe(false);
		expect(second.getAttribute('data-eiam-assist-target')).toBe('resend-code:open-user-management');
	});
});
