import {beforeEach, describe, expect, onTestFinished, test, vi} from 'vitest';
import type {Runtime} from '../../../src/shared/browser';

// The messaging boundary (src/shared/messaging.ts with the background's allow-list, src/background/handlers.ts):
// what a message from outside may and may not make the background do. The browser is a fake: one
// runtime.onMessage listener is captured, storage.session is a map.

const EXTENSION_ID = 'eiam-assist-test-id';
const fake = vi.hoisted(() => {
	type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
	const session = new Map<string, unknown>();
	const state = {
		listeners: [] as Listener[],
		failStorage: false,
		reply: undefined as unknown,
		sync: {} as Record<string, unknown>,
		/** What a portal tab's content script answers, by request type; the tabs the user looks at. */
		tabReplies: {} as Record<string, unknown>,
		activeTabs: [] as {id: number}[],
		/** What scripting.executeScript was asked to inject, and whether the browser refuses. */
		injected: [] as unknown[],
		refuseInjection: false,
	};
	const PORTAL_HOME = 'https://www.portal.eiam.admin.ch/portal/adminservice/app/home';
	const browser = {
		runtime: {
			id: 'eiam-assist-test-id',
			getURL: (path: string) => `chrome-extension://eiam-assist-test-id/${path}`,
			getManifest: () => ({version: '9.9.9'}),
			onMessage: {addListener: (listener: Listener) => state.listeners.push(listener)},
			sendMessage: () => Promise.resolve(state.reply),
		},
		storage: {
			sync: {get: () => Promise.resolve(state.sync)},
			managed: {get: () => Promise.reject(new Error('no policy for this extension'))},
			onChanged: {addListener: () => undefined, removeListener: () => undefined},
			session: {
				get: (key: string) =>
					state.failStorage
						? Promise.reject(new Error('storage gone'))
						: Promise.resolve({[key]: session.get(key)}),
				set: (items: Record<string, unknown>) => {
					for (const [key, value] of Object.entries(items)) session.set(key, value);
					return Promise.resolve();
				},
				remove: (key: string) => {
					session.delete(key);
					return Promise.resolve();
				},
			},
		},
		scripting: {
			executeScript: (injection: unknown) => {
				if (state.refuseInjection) return Promise.reject(new Error('Cannot access contents of the page.'));
				state.injected.push(injection);
				return Promise.resolve([{frameId: 0, result: null}]);
			},
		},
		tabs: {
			sendMessage: (_tabId: number, message: {type: string}) => Promise.resolve(state.tabReplies[message.type]),
			query: () => Promise.resolve(state.activeTabs),
			get: (id: number) => Promise.resolve({id, url: PORTAL_HOME}),
			update: (id: number) => Promise.resolve({id, windowId: 1}),
		},
		windows: {update: () => Promise.resolve({})},
	};
	return {browser, session, state};
});
vi.mock('../../../src/shared/browser', () => ({browser: fake.browser}));
// The extras script's built file name, as crxjs gives it to the background (vite.config.ts); no crx plugin here.
vi.mock('../../../src/content/extras?script&iife', () => ({default: 'src/content/extras.js'}));

const {registerHandlers} = await import('../../../src/background/handlers');
const {MessageError, sendToBackground} = await import('../../../src/shared/messaging');
const {LABELS, PAGE_LABELS} = await import('../../../src/portal/labels');
const {VOCABULARY} = await import('../../../src/portal/vocabulary');
const {settingsItem} = await import('../../../src/shared/settings-item');

/** The background's copy of the settings (known-settings.ts), here read afresh from the fake storage each time. */
const settings = {current: async () => (await settingsItem.get()).settings};

const PORTAL_PAGE = 'https://www.portal.eiam.admin.ch/portal/adminservice/app/home';
const fromPortal: Runtime.MessageSender = {
	id: EXTENSION_ID,
	url: PORTAL_PAGE,
	tab: {id: 7} as Runtime.MessageSender['tab'],
};
const fromPopup: Runtime.MessageSender = {
	id: EXTENSION_ID,
	url: `chrome-extension://${EXTENSION_ID}/src/popup/index.html`,
};

/** What the background answers: the envelope, or undefined when it ignores the message (other listeners may). */
function deliver(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
	const [listener] = fake.state.listeners;
	if (!listener) throw new Error('no listener registered');
	return listener(message, sender);
}

const SESSION = {guide: 'resend-code', context: {}, stepIndex: 2, baselines: {}, skipped: [], done: false};

describe('the background’s messaging boundary', () => {
	beforeEach(() => {
		fake.state.listeners = [];
		fake.state.failStorage = false;
		fake.state.sync = {};
		fake.session.clear();
		registerHandlers(settings);
	});

	test('a message from another extension is ignored, even a valid one from a portal page', async () => {
		expect(deliver({type: 'bg:guide-session-save', session: SESSION}, {...fromPortal, id: 'other-extension'})).toBe(
			undefined,
		);
		expect(await deliver({type: 'bg:guide-session-load'}, fromPortal)).toEqual({ok: true, data: null});
	});

	test('a portal page cannot ask for what only the popup may do (start a guide, read the portal person)', async () => {
		const start = {type: 'bg:start-guide-in-portal', guide: 'resend-code', context: {}};
		expect(deliver(start, fromPortal)).toBe(undefined);
		expect(deliver({type: 'bg:read-portal-person'}, fromPortal)).toBe(undefined);
		// No tab shows the portal (#13): said so, not «no person open».
		expect(await deliver({type: 'bg:read-portal-person'}, fromPopup)).toMatchObject({
			ok: false,
			error: {code: 'no-portal-tab'},
		});
	});

	test('the popup gets the person the portal tab read, each text bounded and nothing else (#13)', async () => {
		const home = 'https://www.portal.eiam.admin.ch/portal/adminservice/app/home';
		const read = {
			firstName: 'Anna',
			lastName: 'x'.repeat(5000),
			email: 'anna@spital.ch',
			userId: '1001',
			unit: 'Spital',
		};
		fake.state.activeTabs = [{id: 3}];
		fake.state.tabReplies = {
			'cs:where': {ok: true, data: {url: home}},
			'cs:read-portal-person': {ok: true, data: read},
		};
		try {
			const reply = (await deliver({type: 'bg:read-portal-person'}, fromPopup)) as {data: Record<string, string>};
			expect(reply.data).toEqual({
				firstName: 'Anna',
				lastName: 'x'.repeat(2000),
				email: 'anna@spital.ch',
				userId: '1001',
			});
		} finally {
			fake.state.activeTabs = [];
			fake.state.tabReplies = {};
		}
	});

	test('the popup cannot touch a tab’s guide session, and neither can a page outside the portal', () => {
		expect(deliver({type: 'bg:guide-session-save', session: SESSION}, fromPopup)).toBe(undefined);
		const elsewhere = {...fromPortal, url: 'https://www.portal.eiam.admin.ch/portal/selfadminservice/app/x'};
		expect(deliver({type: 'bg:guide-session-save', session: SESSION}, elsewhere)).toBe(undefined);
		expect(fake.session.size).toBe(0);
	});

	test('a portal tab saves and loads its own session', async () => {
		expect(await deliver({type: 'bg:guide-session-save', session: SESSION}, fromPortal)).toEqual({
			ok: true,
			data: null,
		});
		expect(await deliver({type: 'bg:guide-session-load'}, fromPortal)).toEqual({ok: true, data: SESSION});
	});

	test('two portal tabs with guides keep one session each (#13)', async () => {
		const otherTab: Runtime.MessageSender = {...fromPortal, tab: {id: 8} as Runtime.MessageSender['tab']};
		const other = {...SESSION, guide: 'deactivate-user', stepIndex: 0};
		await deliver({type: 'bg:guide-session-save', session: SESSION}, fromPortal);
		await deliver({type: 'bg:guide-session-save', session: other}, otherTab);
		expect(await deliver({type: 'bg:guide-session-load'}, fromPortal)).toEqual({ok: true, data: SESSION});
		expect(await deliver({type: 'bg:guide-session-load'}, otherTab)).toEqual({ok: true, data: other});
		await deliver({type: 'bg:guide-session-save', session: null}, otherTab);
		expect(await deliver({type: 'bg:guide-session-load'}, fromPortal)).toEqual({ok: true, data: SESSION});
	});

	test('the training portal may run only while the setting is on; the production portal always (#13, #14)', async () => {
		const fromTraining = {...fromPortal, url: 'https://www.portal-a.eiam.admin.ch/portal/adminservice/app/home'};
		fake.state.sync = {trainingEnvironment: true};
		expect(await deliver({type: 'bg:may-run'}, fromTraining)).toEqual({ok: true, data: true});
		fake.state.sync = {};
		expect(await deliver({type: 'bg:may-run'}, fromTraining)).toEqual({ok: true, data: false});
		expect(await deliver({type: 'bg:may-run'}, fromPortal)).toEqual({ok: true, data: true});
		// Whether a page runs is the portal pages' business here; the popup and options read storage themselves.
		expect(deliver({type: 'bg:may-run'}, fromPopup)).toBe(undefined);
	});

	test('a portal page gets the portal’s words in all four languages, once, from the background (#14)', async () => {
		const reply = (await deliver({type: 'bg:page-labels'}, fromPortal)) as {
			ok: boolean;
			data: {
				labels: typeof LABELS;
				pageLabels: typeof PAGE_LABELS;
				vocabulary: typeof VOCABULARY;
				languages: Record<string, string>;
			};
		};
		expect(reply.ok).toBe(true);
		expect(reply.data).toMatchObject({labels: LABELS, pageLabels: PAGE_LABELS, vocabulary: VOCABULARY});
		// Worked out here, not on the page: which language a distinctive label belongs to (language detection).
		expect(reply.data.languages['ubersicht']).toBe('de');
		expect(reply.data.languages['apercu']).toBe('fr');
		expect(reply.data.languages['unit']).toBeUndefined();
		expect(reply.data.labels.continue.it).toEqual(['Avanti']);
		expect(Object.keys(reply.data.pageLabels)).toEqual(Object.keys(PAGE_LABELS));
		// Asked by every portal page at once: the tab is known from now on, so a settings change reaches it.
		await vi.waitFor(() => expect(Object.keys(fake.session.get('portal-tabs') ?? {})).toEqual(['7']));
		expect(deliver({type: 'bg:page-labels'}, fromPopup)).toBe(undefined);
	});

	test('a portal page gets its diagnostics report written and sanitised by the background (#14)', async () => {
		// The service worker's user agent, which is the page's browser.
		vi.stubGlobal('navigator', {
			userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36',
		});
		onTestFinished(() => void vi.unstubAllGlobals());
		const gathered = {
			type: 'bg:diagnostics-report',
			page: 'completed',
			lang: 'fr',
			guide: {
				id: 'resend-code',
				step: {id: 'send-code', target: {kind: 'control', role: 'button', label: 'continue'}},
				stepNumber: 5,
				stepCount: 6,
				status: 'lost',
			},
			learned: false,
			outline: [
				{role: 'heading', name: 'Amandine Favre', disabled: false, level: 1},
				{role: 'button', name: 'Imprimer', disabled: true},
			],
			personal: ['Amandine Favre'],
		};
		// The support address is the settings' (the background's copy), not the page's to send (#14).
		fake.state.sync = {supportAddress: 'support@be.ch'};
		const reply = (await deliver(gathered, fromPortal)) as {ok: boolean; data: {report: string; mailto?: string}};
		expect(reply.ok).toBe(true);
		const lines = reply.data.report.split('\n');
		expect(lines.slice(0, 5)).toEqual([
			'eIAM Assist diagnostics',
			'extension: 9.9.9',
			'browser: Chrome 131',
			'page: completed',
			'language: fr',
		]);
		expect(lines).toContain('searched: button "continue"');
		expect(lines).toContain('  it: "Avanti"');
		expect(lines).toContain('- button "Imprimer" [disabled]');
		expect(reply.data.report).not.toContain('Amandine');
		expect(reply.data.mailto).toMatch(/^mailto:support@be\.ch\?subject=/);
		fake.state.sync = {};
		const noAddress = (await deliver(gathered, fromPortal)) as {data: object};
		expect(noAddress.data).not.toHaveProperty('mailto');
		expect(deliver({...gathered, outline: [{role: 'button'}]}, fromPortal)).toBe(undefined);
		expect(deliver(gathered, fromPopup)).toBe(undefined);
	});

	test('a portal page gets the access review’s CSV written by the background, in the language asked (#14)', async () => {
		const user = {
			extId: '1002',
			firstName: '=cmd',
			lastName: 'Meier',
			email: 'hans@gmail.com',
			userStatus: 'active',
			onboardingStatus: 'pending',
		};
		const request = {
			type: 'bg:review-csv',
			lang: 'it',
			rows: [user],
		};
		const reply = (await deliver(request, fromPortal)) as {ok: boolean; data: {csv: string; fileName: string}};
		expect(reply.ok).toBe(true);
		const [header, row] = reply.data.csv.slice(1).split('\r\n');
		expect(header?.split(';').slice(0, 3)).toEqual(['IDext', 'Nome', 'Cognome']);
		// The flags are the background's own judgement of the row: a private address, a pending onboarding.
		expect(row?.split(';')).toEqual([
			'1002',
			`"'=cmd"`,
			'Meier',
			'hans@gmail.com',
			'Attivo',
			'In corso',
			'sì',
			'sì',
			'',
			'',
		]);
		expect(reply.data.fileName).toMatch(/^eiam-access-review-\d{4}-\d{2}-\d{2}\.csv$/);
		const badStatus = {...request, rows: [{...user, userStatus: 'rich'}]};
		expect(deliver(badStatus, fromPortal)).toBe(undefined);
		expect(deliver(request, fromPopup)).toBe(undefined);
	});

	/** Every text and attribute value of a tree the background built (src/overlay/dom/render.ts `Child`), in order. */
	const wordsOf = (tree: unknown): string[] => {
		if (typeof tree === 'string') return [tree];
		if (Array.isArray(tree)) return tree.flatMap(wordsOf);
		if (typeof tree !== 'object' || tree === null || !('props' in tree)) return [];
		const {children, ...attributes} = tree.props as Record<string, unknown>;
		return [...Object.values(attributes).filter((value) => typeof value === 'string'), ...wordsOf(children)];
	};

	const overlayRequest = {
		type: 'bg:overlay',
		page: {page: 'permissions', lang: 'de'},
		guide: {id: 'grant-role', stepId: 'choose-role', stepNumber: 4, stepCount: 7, status: 'active'},
		rowActions: [],
		roleChoice: {chosen: 'SP_User_Standort', granted: ['Über Geschäftsrolle KT_Superuser']},
		ui: {open: false, collapsed: false, cancelFor: '', template: '', menu: false, roles: false},
	};

	test('a portal page gets the overlay’s tree built by the background, in the UI language (#14)', async () => {
		// The service worker's browser language (Node 20 has no navigator); the settings' fixed UI language wins.
		vi.stubGlobal('navigator', {language: 'it-CH'});
		onTestFinished(() => void vi.unstubAllGlobals());
		fake.state.sync = {uiLanguage: 'en'};
		const reply = (await deliver(overlayRequest, fromPortal)) as {ok: boolean; data: unknown};
		expect(reply.ok).toBe(true);
		const words = wordsOf(reply.data);
		// The role help and its category warning, in English, quoting the portal's own label in German.
		expect(words).toContain('Chosen: SP_User_Standort');
		expect(words.some((word) => word.includes('“Neues Profil hinzufügen”'))).toBe(true);
		expect(words).toContain('Step 4 of 7');
		// The access review on the user list, judged and worded here (a private address is flagged).
		const user = {
			extId: '1002',
			firstName: 'Hans',
			lastName: 'Meier',
			email: 'hans@gmail.com',
			userStatus: 'active',
			onboardingStatus: 'completed',
		};
		const review = {rows: [user], total: 3, rowsPerPage: [1, 5]};
		const listed = (await deliver(
			{...overlayRequest, guide: undefined, page: {page: 'user-selection', lang: 'de'}, review},
			fromPortal,
		)) as {ok: boolean; data: unknown};
		expect(wordsOf(listed.data)).toContain('Private e-mail address');
		expect(wordsOf(listed.data).some((word) => word.includes('Choose 5 rows per page'))).toBe(true);
	});

	test('a request for the overlay that does not fit its schema, or comes from the popup, is ignored (#14)', () => {
		expect(deliver({...overlayRequest, roleChoice: {chosen: 'KT_User', granted: 'KT_Read'}}, fromPortal)).toBe(
			undefined,
		);
		expect(deliver({...overlayRequest, ui: {open: 'yes'}}, fromPortal)).toBe(undefined);
		expect(deliver({...overlayRequest, guide: {id: 'unknown-guide'}}, fromPortal)).toBe(undefined);
		expect(deliver(overlayRequest, fromPopup)).toBe(undefined);
	});

	test('a portal page gets the guides’ definitions from the background (#14)', async () => {
		const reply = (await deliver({type: 'bg:guides-load'}, fromPortal)) as {ok: boolean; data: {id: string}[]};
		expect(reply.ok).toBe(true);
		expect(reply.data.map(({id}) => id)).toContain('grant-role');
		expect(deliver({type: 'bg:guides-load'}, fromPopup)).toBe(undefined);
	});

	test('a portal frame gets the extras script injected into itself, named by the sender, never by the message (#14)', async () => {
		fake.state.injected = [];
		fake.state.refuseInjection = false;
		const fromFrame = {...fromPortal, frameId: 3};
		expect(await deliver({type: 'bg:load-extras', tabId: 99, frameId: 0}, fromFrame)).toEqual({
			ok: true,
			data: null,
		});
		expect(fake.state.injected).toEqual([{target: {tabId: 7, frameIds: [3]}, files: ['src/content/extras.js']}]);
		// Not for the popup, nor for a page outside the portal.
		expect(deliver({type: 'bg:load-extras'}, {...fromPopup, frameId: 0})).toBe(undefined);
		expect(deliver({type: 'bg:load-extras'}, {...fromFrame, url: 'https://example.org/'})).toBe(undefined);
		expect(fake.state.injected).toHaveLength(1);
		// A browser that refuses: an error the page can go on without, not silence.
		fake.state.refuseInjection = true;
		expect(await deliver({type: 'bg:load-extras'}, fromFrame)).toMatchObject({ok: false});
	});

	test('a bad payload is ignored and changes nothing', () => {
		expect(deliver({type: 'bg:guide-session-save', session: {...SESSION, guide: 'format-disk'}}, fromPortal)).toBe(
			undefined,
		);
		expect(deliver({type: 'bg:no-such-request'}, fromPortal)).toBe(undefined);
		expect(deliver('bg:guide-session-load', fromPortal)).toBe(undefined);
		expect(fake.session.size).toBe(0);
	});

	test('a handler that fails answers with an error, not with silence', async () => {
		fake.state.failStorage = true;
		expect(await deliver({type: 'bg:guide-session-load'}, fromPortal)).toEqual({
			ok: false,
			error: {code: 'handler-failed', message: 'storage gone'},
		});
	});
});

describe('the sending side', () => {
	test('an error reply is rethrown with its code', async () => {
		fake.state.reply = {ok: false, error: {code: 'no-tab', message: 'Only a portal tab can do this'}};
		const sent = sendToBackground({type: 'bg:guide-session-load'});
		await expect(sent).rejects.toBeInstanceOf(MessageError);
		await expect(sent).rejects.toMatchObject({code: 'no-tab'});
	});

	test('a reply that does not fit the request is refused', async () => {
		fake.state.reply = {ok: true, data: {guide: 'resend-code'}}; // not a whole session
		await expect(sendToBackground({type: 'bg:guide-session-load'})).rejects.toMatchObject({code: 'bad-reply'});
		fake.state.reply = undefined; // nobody answered
		await expect(sendToBackground({type: 'bg:guide-session-load'})).rejects.toMatchObject({code: 'bad-reply'});
	});
});

describe('the guide runner of each portal tab (#14)', () => {
	const look = (page: string, steps: Record<string, unknown>, confirmations: string[] = []) => ({
		guide: 'resend-code',
		page,
		steps,
		confirmations,
	});
	const sendCode = {'send-code': {target: 'ready', value: ''}};
	const tab = (id: number): Runtime.MessageSender => ({...fromPortal, tab: {id} as Runtime.MessageSender['tab']});
	const start = (snapshot: unknown) => ({
		type: 'bg:guide',
		act: {do: 'start', guide: 'resend-code', context: {reason: 'code-expired'}, page: 'completed', snapshot},
	});

	beforeEach(() => {
		fake.state.listeners = [];
		fake.state.failStorage = false;
		fake.session.clear();
		registerHandlers(settings);
	});

	test('a portal tab starts a guide: the answer names the step to mark, and the session is kept for that tab', async () => {
		const reply = (await deliver(start(look('completed', sendCode)), tab(21))) as {data: Record<string, unknown>};
		expect(reply.data).toMatchObject({
			guide: 'resend-code',
			stepId: 'send-code',
			status: 'active',
			finalClick: true,
		});
		await Promise.resolve();
		expect(fake.session.get('guide-session:21')).toMatchObject({guide: 'resend-code'});
		// Neither the popup nor a page outside the portal drives a tab's guide.
		expect(deliver(start(look('completed', sendCode)), fromPopup)).toBe(undefined);
		const elsewhere = {...tab(21), url: 'https://www.portal.eiam.admin.ch/portal/selfadminservice/app/x'};
		expect(deliver({type: 'bg:guide', act: {do: 'cancel'}}, elsewhere)).toBe(undefined);
		// A look the schema does not know (a page that is none of ours) is ignored.
		expect(deliver({type: 'bg:guide', act: {do: 'sense', snapshot: look('format-disk', {})}}, tab(21))).toBe(
			undefined,
		);
	});

	test('a click report and the look after it are handled in order: the new message then ends the guide', async () => {
		await deliver(start(look('completed', sendCode, ['Benutzer angelegt.'])), tab(22));
		const clicked = deliver(
			{type: 'bg:guide-clicked', step: 'send-code', confirmations: ['Benutzer angelegt.']},
			tab(22),
		);
		const seen = deliver(
			{
				type: 'bg:guide',
				act: {do: 'sense', snapshot: look('completed', sendCode, ['Benutzer angelegt.', 'Code gesendet.'])},
			},
			tab(22),
		);
		expect(await clicked).toEqual({ok: true, data: null});
		expect(await seen).toMatchObject({ok: true, data: {status: 'done'}});
	});

	test('a tab whose runner has no guide (the service worker restarted) takes up its stored session', async () => {
		await deliver({type: 'bg:guide-session-save', session: {...SESSION, stepIndex: 0}}, tab(23));
		const reply = await deliver(
			{
				type: 'bg:guide',
				act: {do: 'sense', snapshot: look('home', {'open-user-management': {target: 'ready', value: ''}})},
			},
			tab(23),
		);
		// resend-code asks why first: the stored session had no answer yet.
		expect(reply).toMatchObject({ok: true, data: {guide: 'resend-code', choice: 'reason'}});
		expect(await deliver({type: 'bg:guide', act: {do: 'cancel'}}, tab(23))).toEqual({ok: true, data: null});
		await Promise.resolve();
		expect(fake.session.has('guide-session:23')).toBe(false);
	});

	test('a guide the popup starts replaces the tab’s running one, also against a look of the old one on its way', async () => {
		fake.state.activeTabs = [{id: 24}];
		fake.state.tabReplies = {
			'cs:where': {ok: true, data: {url: PORTAL_PAGE}},
			'cs:session-changed': {ok: true, data: null},
		};
		try {
			const deactivate = {guide: 'deactivate-user', page: 'home', steps: {}, confirmations: []};
			await deliver(
				{
					type: 'bg:guide',
					act: {do: 'start', guide: 'deactivate-user', context: {}, page: 'home', snapshot: deactivate},
				},
				tab(24),
			);
			const oldLook = deliver({type: 'bg:guide', act: {do: 'sense', snapshot: deactivate}}, tab(24));
			const started = deliver(
				{type: 'bg:start-guide-in-portal', guide: 'resend-code', context: {reason: 'code-expired'}},
				fromPopup,
			);
			expect(await started).toEqual({ok: true, data: {tabId: 24}});
			await oldLook;
			expect(fake.session.get('guide-session:24')).toMatchObject({guide: 'resend-code'});
			const resumed = await deliver({type: 'bg:guide', act: {do: 'resume', page: 'home'}}, tab(24));
			expect(resumed).toMatchObject({ok: true, data: {guide: 'resend-code', resense: true}});
		} finally {
			fake.state.activeTabs = [];
			fake.state.tabReplies = {};
		}
	});
});
