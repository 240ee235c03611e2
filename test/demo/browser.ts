import {chromium, type BrowserContext} from 'playwright-core';
import {respondToPortalRequest} from '../replica/respond';
import {CHROME_DIST, PORTAL, type DemoLang} from './options';

export type DemoBrowser = {
	context: BrowserContext;
	extensionId: string;
	/** Requests the headless run blocked because they went neither to the portal host nor to the extension. */
	blocked: string[];
};

const LOCALES: Readonly<Record<DemoLang, string>> = {de: 'de-CH', fr: 'fr-CH', it: 'it-CH', en: 'en-GB'};

/**
 * Chromium with dist/chrome loaded and the portal host answered by the replica (test/replica/respond.ts), so the
 * production build runs unchanged under https://www.portal.eiam.admin.ch/portal/adminservice/app/home — the same
 * routing as the E2E tests (test/e2e/support/chromium.ts).
 *
 * Headless, every other request is blocked and recorded (the report shows that there were none). Headed, only the
 * portal host is routed and the browser is the person's to use.
 */
export async function launchDemoBrowser(options: {
	executablePath: string;
	headless: boolean;
	lang: DemoLang;
}): Promise<DemoBrowser> {
	const {executablePath, headless, lang} = options;
	const context = await chromium.launchPersistentContext('', {
		executablePath,
		headless,
		locale: LOCALES[lang],
		// Headed: the window's own size; headless: a laptop-sized page for the screenshots.
		viewport: headless ? {width: 1280, height: 800} : null,
		args: [
			...(headless ? ['--headless=new', '--no-sandbox', '--disable-gpu'] : ['--start-maximized']),
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--no-default-browser-check',
			'--disable-quic',
			`--lang=${LOCALES[lang]}`,
			`--disable-extensions-except=${CHROME_DIST}`,
			`--load-extension=${CHROME_DIST}`,
		],
		ignoreDefaultArgs: headless ? false : ['--enable-automation'],
	});
	const blocked: string[] = [];
	const answerPortal = async (url: URL) => respondToPortalRequest(url);
	if (headless) {
		await context.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.protocol === 'chrome-extension:') return route.continue();
			if (url.origin === PORTAL) {
				const answer = await answerPortal(url);
				return route.fulfill({status: answer.status, contentType: answer.contentType, body: answer.body});
			}
			blocked.push(url.href);
			return route.abort('blockedbyclient');
		});
	} else {
		await context.route(`${PORTAL}/**`, async (route) => {
			const answer = await answerPortal(new URL(route.request().url()));
			await route.fulfill({status: answer.status, contentType: answer.contentType, body: answer.body});
		});
	}
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', {timeout: 30_000}));
	return {context, extensionId: new URL(worker.url()).host, blocked};
}
