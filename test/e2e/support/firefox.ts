import puppeteer, {type Browser, type HTTPRequest, type Page} from 'puppeteer-core';
import {respondToPortalRequest, type PortalResponder} from '../../replica/respond';
import {ensureBuilt} from './build';
import {FIREFOX_DIST, PORTAL} from './paths';
import {requireBrowser} from '../../setup/browsers';

/** Fixed so tests can open moz-extension:// pages; Firefox otherwise picks a random UUID per profile. */
export const FIREFOX_EXTENSION_UUID = '6f1d3c2e-6a8e-4b8e-9f57-e1a5515c1a55';
const GECKO_ID = 'eiam-assist@spiges.ch';

type BidiSend = (method: string, params: object) => Promise<{result: unknown}>;

type BrowsingContextTree = {contexts: {context: string; url: string}[]};

/** A page of the extension (popup, options), reached through Firefox's chrome scope; see openExtensionPage. */
export type ExtensionPage = {
	/** Evaluates a JavaScript expression in the page and returns its JSON-serialisable value. */
	evaluate<T>(expression: string): Promise<T>;
};

export type FirefoxSession = {
	browser: Browser;
	extensionBase: string;
	/**
	 * Opens a moz-extension:// page in a new tab. WebDriver BiDi refuses to navigate content to extension pages,
	 * so the tab is opened from the browser's chrome scope (allowed by --remote-allow-system-access).
	 */
	openExtensionPage(path: string): Promise<ExtensionPage>;
	/** Every URL the test pages asked for. */
	requests: string[];
	/** Console errors and uncaught exceptions of the test pages. */
	consoleErrors: string[];
	newPage(): Promise<Page>;
	close(): Promise<void>;
};

const OTHER_SITE = 'https://example.org/';

/** Requests that went anywhere but the portal host, the other test site or the extension itself. */
export function unexpectedFirefoxRequests(requests: readonly string[]): string[] {
	return requests.filter((url) => {
		const {protocol, origin, pathname} = new URL(url);
		// The browser's own favicon probe is not the extension's doing.
		if (pathname === '/favicon.ico') return false;
		return origin !== PORTAL && url !== OTHER_SITE && !['moz-extension:', 'data:', 'about:'].includes(protocol);
	});
}

async function answer(request: HTTPRequest, requests: string[], respond: PortalResponder): Promise<void> {
	const url = new URL(request.url());
	requests.push(url.href);
	if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'about:') {
		await request.continue();
		return;
	}
	if (url.origin === PORTAL) {
		const response = await respond(url);
		await request.respond({status: response.status, contentType: response.contentType, body: response.body});
		return;
	}
	if (url.href === OTHER_SITE) {
		await request.respond({
			status: 200,
			contentType: 'text/html; charset=utf-8',
			body: '<!doctype html><title>Example</title><h1>Example</h1>',
		});
		return;
	}
	await request.abort('blockedbyclient');
}

/**
 * Launches Firefox ESR with the built extension (dist/firefox, installed as a temporary add-on over WebDriver
 * BiDi) and serves the replica under the real portal URL through request interception.
 */
export async function launchFirefox(
	options: {
		/** Which replica answers for the portal host (support/replicas.ts); the classic one by default. */
		respond?: PortalResponder;
	} = {},
): Promise<FirefoxSession> {
	const respond = options.respond ?? respondToPortalRequest;
	ensureBuilt();
	const executablePath = requireBrowser('firefox-esr');
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath,
		headless: true,
		args: ['--remote-allow-system-access'],
		extraPrefsFirefox: {
			'extensions.webextensions.uuids': JSON.stringify({[GECKO_ID]: FIREFOX_EXTENSION_UUID}),
			'app.update.enabled': false,
			'browser.shell.checkDefaultBrowser': false,
			'network.captive-portal-service.enabled': false,
			'network.connectivity-service.enabled': false,
		},
	});
	await browser.installExtension(FIREFOX_DIST);
	const requests: string[] = [];
	const consoleErrors: string[] = [];
	const extensionBase = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
	// puppeteer-core has no public API for chrome-scope contexts; its BiDi connection is typed loosely here.
	const {connection} = browser as unknown as {connection: {send: BidiSend}};
	const send: BidiSend = (method, params) => connection.send(method, params);
	const evaluateIn = async <T>(context: string, expression: string): Promise<T> => {
		const {result} = await send('script.evaluate', {expression, target: {context}, awaitPromise: true});
		const outcome = result as {type: string; result?: {value?: unknown}; exceptionDetails?: {text: string}};
		if (outcome.type !== 'success')
			throw new Error(`evaluate failed: ${outcome.exceptionDetails?.text ?? 'unknown'}`);
		return (outcome.result?.value ?? null) as T;
	};
	return {
		browser,
		extensionBase,
		requests,
		consoleErrors,
		async openExtensionPage(path) {
			const url = `${extensionBase}/${path}`;
			const chrome = (
				(await send('browsingContext.getTree', {'moz:scope': 'chrome'})).result as BrowsingContextTree
			).contexts[0];
			if (!chrome) throw new Error('No Firefox browser window found');
			await evaluateIn(
				chrome.context,
				`gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, {triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal()}); true`,
			);
			const deadline = Date.now() + 10_000;
			while (Date.now() < deadline) {
				const tree = (await send('browsingContext.getTree', {})).result as BrowsingContextTree;
				const tab = tree.contexts.find((context) => context.url === url);
				if (tab) return {evaluate: (expression) => evaluateIn(tab.context, expression)};
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			throw new Error(`${url} did not open`);
		},
		async newPage() {
			const page = await browser.newPage();
			// A desktop window like Chromium's: at Puppeteer's 800×600 Oblique switches to its collapsed layout.
			await page.setViewport({width: 1280, height: 900});
			await page.setRequestInterception(true);
			page.on('request', (request) => {
				void answer(request, requests, respond);
			});
			page.on('console', (message) => {
				if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${String(error)}`));
			return page;
		},
		close: () => browser.close(),
	};
}
