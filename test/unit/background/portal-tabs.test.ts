import {beforeEach, describe, expect, test, vi} from 'vitest';

// Which tab the popup's «Take from the portal» and «Guide me» act on (issue #13). The browser is a fake without
// the `tabs` permission (tab.url is never given, as in the real extension): a tab shows the portal when its
// content script answers. storage.session answers a tick later, like the real one, so updates can interleave.
const fake = vi.hoisted(() => {
	type FakeTab = {id: number; windowId: number; page: string | undefined};
	const state = {
		session: new Map<string, unknown>(),
		tabs: new Map<number, FakeTab>(),
		active: undefined as number | undefined,
		created: [] as string[],
	};
	const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
	const browser = {
		storage: {
			session: {
				get: async (key: string) => {
					await tick();
					return {[key]: structuredClone(state.session.get(key))};
				},
				set: async (items: Record<string, unknown>) => {
					await tick();
					for (const [key, value] of Object.entries(items)) state.session.set(key, structuredClone(value));
				},
			},
		},
		tabs: {
			get: (tabId: number) => {
				const tab = state.tabs.get(tabId);
				return tab
					? Promise.resolve({id: tab.id, windowId: tab.windowId})
					: Promise.reject(new Error('No tab'));
			},
			query: () => Promise.resolve(state.active === undefined ? [] : [{id: state.active, windowId: 1}]),
			// Only a portal page has our content script to answer.
			sendMessage: (tabId: number) => {
				const page = state.tabs.get(tabId)?.page;
				return page?.startsWith('https://www.portal')
					? Promise.resolve({ok: true, data: {url: page}})
					: Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
			},
			update: (tabId: number) => {
				state.active = tabId;
				return Promise.resolve({id: tabId, windowId: 1});
			},
			create: ({url}: {url: string}) => {
				state.created.push(url);
				const id = 100 + state.created.length;
				state.tabs.set(id, {id, windowId: 1, page: undefined}); // still loading: no content script yet
				return Promise.resolve({id, windowId: 1});
			},
		},
		windows: {update: () => Promise.resolve({})},
	};
	return {browser, state};
});
vi.mock('../../../src/shared/browser', () => ({browser: fake.browser}));

const {currentPortalTab, focusOrOpenPortal, knownPortalTabs, rememberPortalTab} =
	await import('../../../src/background/portal-tabs');

const PORTAL_PAGE = 'https://www.portal.eiam.admin.ch/portal/adminservice/app/users';
const known = () => Object.keys(fake.state.session.get('portal-tabs') ?? {}).map(Number);

/** A tab that loaded the portal (its content script reported in), `at` milliseconds after the first. */
async function portalTab(id: number, at: number): Promise<void> {
	fake.state.tabs.set(id, {id, windowId: 1, page: PORTAL_PAGE});
	vi.setSystemTime(1_000_000 + at);
	await rememberPortalTab(id);
}

describe('the portal tab the popup acts on (#13)', () => {
	beforeEach(() => {
		vi.useFakeTimers({toFake: ['Date']});
		fake.state.session.clear();
		fake.state.tabs.clear();
		fake.state.active = undefined;
		fake.state.created = [];
	});

	test('two portal tabs loading at once are both remembered', async () => {
		fake.state.tabs.set(1, {id: 1, windowId: 1, page: PORTAL_PAGE});
		fake.state.tabs.set(2, {id: 2, windowId: 1, page: PORTAL_PAGE});
		await Promise.all([rememberPortalTab(1), rememberPortalTab(2)]);
		expect(known().sort()).toEqual([1, 2]);
	});

	test('the portal tab the user is looking at wins over the one that loaded last', async () => {
		await portalTab(1, 0);
		await portalTab(2, 10);
		fake.state.active = 1;
		expect(await currentPortalTab()).toBe(1);
	});

	test('a tab that has left the portal is not used, and forgotten', async () => {
		await portalTab(1, 0);
		await portalTab(2, 10);
		fake.state.tabs.set(2, {id: 2, windowId: 1, page: 'https://www.example.org/'}); // the user went elsewhere
		fake.state.tabs.set(3, {id: 3, windowId: 1, page: 'https://mail.example.org/'});
		fake.state.active = 3;
		expect(await currentPortalTab()).toBe(1);
		expect(known()).toEqual([1]);
	});

	test('the tabs told of a settings change are those that reported in, less those that left the portal', async () => {
		await portalTab(1, 0);
		await portalTab(2, 10);
		fake.state.tabs.set(2, {id: 2, windowId: 1, page: 'https://www.example.org/'});
		await currentPortalTab();
		expect(await knownPortalTabs()).toEqual([1]);
	});

	test('with no tab on the portal, «Guide me» opens the portal, the training portal for users who work there', async () => {
		await portalTab(1, 0);
		fake.state.tabs.set(1, {id: 1, windowId: 1, page: 'https://www.example.org/'});
		expect(await currentPortalTab()).toBeUndefined();
		await focusOrOpenPortal(false);
		await focusOrOpenPortal(true);
		expect(fake.state.created).toEqual([
			'https://www.portal.eiam.admin.ch/portal/adminservice/app/home',
			'https://www.portal-a.eiam.admin.ch/portal/adminservice/app/home',
		]);
	});
});
