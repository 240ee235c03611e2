import {beforeEach, describe, expect, test, vi} from 'vitest';

// The overlay's answers from the background (role help, access review, private address): a render never waits,
// each request is sent once, and an answer shows only in the scope (step, review) it was asked for. The background
// is a fake that answers when told to.
const background = vi.hoisted(() => ({
	asked: [] as {type: string}[],
	pending: [] as {resolve: (reply: unknown) => void; reject: (error: Error) => void}[],
}));
vi.mock('../../../src/content/background-link', () => ({
	sendToBackground: (request: {type: string}) => {
		background.asked.push(request);
		return new Promise((resolve, reject) => background.pending.push({resolve, reject}));
	},
}));
const {backgroundAnswers} = await import('../../../src/content/background-answers');

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

beforeEach(() => {
	background.asked = [];
	background.pending = [];
});

describe('the background’s answers for the overlay', () => {
	test('are asked once per request and shown when they arrive, with a render', async () => {
		const arrived = vi.fn();
		const ask = backgroundAnswers(arrived);
		const request = {type: 'bg:private-domain', email: 'anna@gmx.ch'} as const;
		expect(ask(request, 'create-user enter-email')).toBeUndefined();
		expect(ask(request, 'create-user enter-email')).toBeUndefined();
		expect(background.asked).toEqual([request]);
		background.pending[0]?.resolve('gmx.ch');
		await settle();
		expect(arrived).toHaveBeenCalledOnce();
		expect(ask(request, 'create-user enter-email')).toBe('gmx.ch');
		expect(background.asked).toHaveLength(1);
	});

	test('keep the last answer while a newer one is on its way, within its scope only', async () => {
		const ask = backgroundAnswers(() => undefined);
		ask({type: 'bg:private-domain', email: 'anna@gmx.ch'}, 'step');
		background.pending[0]?.resolve('gmx.ch');
		await settle();
		// The user types on: the warning stays until the background has judged the new address.
		expect(ask({type: 'bg:private-domain', email: 'anna@gmx.chx'}, 'step')).toBe('gmx.ch');
		background.pending[1]?.resolve(null);
		await settle();
		expect(ask({type: 'bg:private-domain', email: 'anna@gmx.chx'}, 'step')).toBeNull();
		// Another step never shows this step's answer.
		expect(ask({type: 'bg:private-domain', email: 'anna@gmx.chx'}, 'other step')).toBeUndefined();
	});

	test('a late answer to an older request is dropped', async () => {
		const ask = backgroundAnswers(() => undefined);
		ask({type: 'bg:private-domain', email: 'a@gmx.ch'}, 'step');
		ask({type: 'bg:private-domain', email: 'a@spital.ch'}, 'step');
		background.pending[1]?.resolve(null);
		background.pending[0]?.resolve('gmx.ch');
		await settle();
		expect(ask({type: 'bg:private-domain', email: 'a@spital.ch'}, 'step')).toBeNull();
	});

	test('a request the background could not answer is sent again at the next render', async () => {
		const ask = backgroundAnswers(() => undefined);
		const request = {type: 'bg:private-domain', email: 'anna@gmx.ch'} as const;
		ask(request, 'step');
		background.pending[0]?.reject(new Error('Extension context invalidated.'));
		await settle();
		expect(ask(request, 'step')).toBeUndefined();
		expect(background.asked).toEqual([request, request]);
	});
});
