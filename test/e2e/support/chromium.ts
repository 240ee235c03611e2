import {chromium, type BrowserContext, type Page, type Worker} from 'playwright-core';
import {respondToPortalRequest, type PortalResponder} from '../../replica/respond';
import {ensureBuilt} from './build';
import {CHROME_DIST, PORTAL} from './paths';
import {requireBrowser} from '../../setup/browsers';

/** Pages outside the portal's admin app that tests visit to prove the extension stays out of them. */
const OTHER_SITES: Record<string, string> = {
	'https://example.org/': '<!doctype html><html lang="en"><title>Example</title><h1>Example</h1></html>',
};

export type ChromiumSession = {
	context: BrowserContext;
	extensionId: string;
	/** Every URL any page, frame or worker of the context asked for, in order. */
	requests: string[];
	/** Console errors and uncaught exceptions of every page opened in the context. */
	consoleErrors: string[];
	newPage(): Promise<Page>;
	close(): Promise<void>;
};

export type ChromiumOptions = {
	extension?: boolean;
	/** Load the extension from here instead of dist/chrome (e.g. a copy whose id a policy names). */
	extensionDir?: string;
	/** Which replica answers for the portal host (support/replicas.ts); the classic one by default. */
	respond?: PortalResponder;
};

/**
 * Launches Debian Chromium with the built extension (dist/chrome) and serves the replica under the real portal
 * URL, so the production build runs unchanged. Only the portal host and the few OTHER_SITES answer; any other
 * request is recorded and aborted (the extension must make none).
 */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
	const withExtension = options.extension ?? true;
	const respond = options.respond ?? respondToPortalRequest;
	ensureBuilt();
	const executablePath = requireBrowser('chromium');
	const extensionDir = options.extensionDir ?? CHROME_DIST;
	const extensionArgs = withExtension
		? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
		: [];
	const context = await chromium.launchPersistentContext('', {
		executablePath,
		viewport: {width: 1280, height: 900},
		locale: 'de-CH',
		args: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			...extensionArgs,
		],
	});
	const requests: string[] = [];
	const consoleErrors: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.protocol === 'chrome-extension:') {
			await route.continue(); // the extension's own pages and files, never the network
			return;
		}
		if (url.origin === PORTAL) {
			const response = await respond(url);
			await route.fulfill({status: response.status, contentType: response.contentType, body: response.body});
			return;
		}
		const other = OTHER_SITES[url.href];
		if (other !== undefined) {
			await route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', body: other});
			return;
		}
		await route.abort('blockedbyclient');
	});
	const watchPage = (page: Page): void => {
		page.on('console', (message) => {
			if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
	};
	context.on('page', watchPage);
	let extensionId = '';
	if (withExtension) {
		const worker: Worker =
			context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', {timeout: 30_000}));
		extensionId = new URL(worker.url()).host;
	}
	return {
		context,
		extensionId,
		requests,
		consoleErrors,
		newPage: () => context.newPage(),
		close: () => context.close(),
	};
}

/** Requests that went anywhere but the portal host, the test's own other sites or the extension itself. */
export function unexpectedRequests(session: {readonly requests: readonly string[]}): string[] {
	return session.requests.filter((url) => {
		const parsed = new URL(url);
		return (
			parsed.origin !== PORTAL &&
			!(url in OTHER_SITES) &&
			!['chrome-extension:', 'data:', 'blob:', 'about:'].includes(parsed.protocol)
		);
	});
}
