import {beforeEach, describe, expect, test, vi} from 'vitest';

// The content script's messaging without zod or polyfill (issue #14), against a fake of the browser's own API:
// one runtime.onMessage listener is captured; sendMessage answers what the test says.
const fake = vi.hoisted(() => {
	type Listener = (message: unknown, sender: {id?: string}, sendResponse: (reply: unknown) => void) => unknown;
	const state = {listeners: [] as Listener[], reply: undefined as unknown};
	const api = {
		runtime: {
			id: 'eiam-assist-test-id',
			onMessage: {addListener: (listener: Listener) => state.listeners.push(listener)},
			sendMessage: () => Promise.resolve(state.reply),
		},
	};
	return {api, state};
});
vi.mock('../../../src/content/extension', () => ({extension: () => fake.api}));

const {askBackground, handleContentRequests, sendToBackground} = await import('../../../src/content/background-link');

const OURS = {id: 'eiam-assist-test-id'};

/** Delivers `message` to the content script; the answer it sends, or undefined when it leaves the message alone. */
async function deliver(message: unknown, sender: {id?: string} = OURS): Promise<unknown> {
	const [listener] = fake.state.listeners;
	if (!listener) throw new Error('no listener');
	let answer: (reply: unknown) => void = () => undefined;
	const answered = new Promise((resolve) => (answer = resolve));
	const kept = listener(message, sender, answer);
	if (kept !== true) return undefined;
	return answered;
}

describe('the content script answering the popup and background', () => {
	beforeEach(() => {
		fake.state.listeners = [];
		handleContentRequests({
			'cs:session-changed': () => null,
			'cs:toggle-launcher': () => null,
			'cs:read-portal-person': () => Promise.reject(new Error('No person open')),
			'cs:where': () => ({url: 'https://www.portal.eiam.admin.ch/portal/adminservice/app/home'}),
			'cs:settings-changed': () => null,
			'cs:guide-refresh': () => null,
		});
	});

	test('answers its own extension asynchronously, in the envelope the sender unwraps', async () => {
		expect(await deliver({type: 'cs:where'})).toEqual({
			ok: true,
			data: {url: 'https://www.portal.eiam.admin.ch/portal/adminservice/app/home'},
		});
		expect(await deliver({type: 'cs:read-portal-person'})).toEqual({
			ok: false,
			error: {code: 'handler-failed', message: 'Error: No person open'},
		});
	});

	test('leaves other extensions, unknown types and junk to other listeners', async () => {
		expect(await deliver({type: 'cs:where'}, {id: 'other-extension'})).toBeUndefined();
		expect(await deliver({type: 'cs:format-disk'})).toBeUndefined();
		expect(await deliver({type: 'toString'})).toBeUndefined();
		expect(await deliver('cs:where')).toBeUndefined();
		expect(await deliver(null)).toBeUndefined();
	});
});

describe('the content script asking the background', () => {
	test('gives the reply’s data, and rejects an error reply', async () => {
		fake.state.reply = {ok: true, data: null};
		await expect(sendToBackground({type: 'bg:guide-session-load'})).resolves.toBeNull();
		fake.state.reply = {ok: false, error: {code: 'no-tab', message: 'Only a portal tab can do this'}};
		await expect(sendToBackground({type: 'bg:guide-session-load'})).rejects.toThrow('bg:guide-session-load');
	});

	test('refuses what is no reply (no listener answered, or something else did)', async () => {
		for (const reply of [undefined, 'ok', {ok: true}, {ok: false, error: 'broken'}]) {
			fake.state.reply = reply;
			await expect(sendToBackground({type: 'bg:guide-session-load'})).rejects.toThrow('No valid reply');
		}
	});

	test('for what the page can do without (learned targets, the report): the data, or nothing when no answer comes', async () => {
		fake.state.reply = {ok: true, data: []};
		await expect(askBackground({type: 'bg:learned-targets-load'})).resolves.toEqual([]);
		for (const reply of [undefined, {ok: false, error: {code: 'handler-failed', message: 'Extension updated'}}]) {
			fake.state.reply = reply;
			await expect(askBackground({type: 'bg:learned-targets-load'})).resolves.toBeUndefined();
		}
	});
});
