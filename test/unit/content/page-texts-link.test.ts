import {beforeEach, describe, expect, test, vi} from 'vitest';
import {pageTexts} from '../../../src/shared/page-texts';

// The content script's texts come from the background, one language at a time (issue #14). The background is a
// fake here: it answers when the test says so, or fails as it does while the extension updates.
const background = vi.hoisted(() => {
	const state: {asked: string[]; answer: 'now' | 'fail'} = {asked: [], answer: 'now'};
	return state;
});
vi.mock('../../../src/content/background-link', () => ({
	sendToBackground: (request: {type: string; lang: 'de' | 'fr' | 'it' | 'en'}) => {
		background.asked.push(request.lang);
		return background.answer === 'fail'
			? Promise.reject(new Error('Extension context invalidated.'))
			: Promise.resolve(pageTexts(request.lang));
	},
}));

const {pageTextsCache} = await import('../../../src/content/page-texts-link');

describe('the page’s texts', () => {
	beforeEach(() => {
		background.asked = [];
		background.answer = 'now';
	});

	test('each language is asked for once; the overlay renders again when it arrives', async () => {
		const arrived = vi.fn();
		const cache = pageTextsCache(arrived);
		expect(cache.get('fr')).toBeUndefined();
		expect(cache.get('fr')).toBeUndefined(); // still on its way: not asked twice
		await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(1));
		expect(cache.get('fr')?.overlay.panel_skip).toBe(pageTexts('fr').overlay.panel_skip);
		expect(background.asked).toEqual(['fr']);
	});

	test('a language that could not be had is asked for again, not given up', async () => {
		background.answer = 'fail';
		const arrived = vi.fn();
		const cache = pageTextsCache(arrived);
		expect(cache.get('de')).toBeUndefined();
		await vi.waitFor(() => expect(background.asked).toEqual(['de']));
		await Promise.resolve();
		background.answer = 'now';
		await vi.waitFor(() => {
			cache.get('de');
			expect(arrived).toHaveBeenCalled();
		});
		expect(cache.get('de')?.lang).toBe('de');
	});
});
