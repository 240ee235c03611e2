import {beforeEach, describe, expect, test, vi} from 'vitest';
import {portalLabels} from '../../../src/portal/portal-labels';

// What a portal page asks the background for once (issue #14): the portal's words. The background is a fake: it
// answers, or fails as it does while the extension updates under the page.
const background = vi.hoisted(() => {
	const state: {asked: {type: string}[]; fail: boolean; reply: unknown} = {asked: [], fail: false, reply: null};
	return state;
});
vi.mock('../../../src/content/background-link', () => ({
	sendToBackground: (request: {type: string}) => {
		background.asked.push(request);
		return background.fail
			? Promise.reject(new Error('Extension context invalidated.'))
			: Promise.resolve(background.reply);
	},
}));

type Table = typeof import('../../../src/portal/label-table');

beforeEach(() => {
	background.asked = [];
	background.fail = false;
	vi.resetModules();
});

describe('the portal’s words', () => {
	test('are installed for the page’s modules when they arrive', async () => {
		const table: Table = await import('../../../src/portal/label-table');
		const {loadPortalLabels} = await import('../../../src/content/labels-link');
		background.reply = portalLabels();
		expect(await loadPortalLabels()).toBe(true);
		expect(background.asked).toEqual([{type: 'bg:page-labels'}]);
		expect(table.matchesLabel('Schließen', table.LABELS.close)).toBe(true);
	});

	test('leave the assistant inert when the background cannot answer', async () => {
		const {loadPortalLabels} = await import('../../../src/content/labels-link');
		background.fail = true;
		expect(await loadPortalLabels()).toBe(false);
	});
});
