import type {Page, Route} from 'playwright-core';
import {buildUsers} from '../replica/src/data/users';
import {launchChromium, type ChromiumSession} from '../e2e/support/chromium';
import {PORTAL} from '../e2e/support/paths';
import {openUserList} from '../e2e/support/portal-steps';
import {respondToPortalRequest} from '../replica/respond';
import {installBenchHelpers} from './in-page';

/**
 * Another build of the extension to measure instead of dist/chrome (`BENCH_EXTENSION_DIR=/tmp/before npm run bench
 * -- rerender`): a before/after comparison with the same benchmark code and the same replica.
 */
const EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR;

/**
 * The browsers of one benchmark run, shared by its parts: Chromium with the built extension, and a second Chromium
 * without it (the "no extension" baseline). A user list of 10,000 rows takes the replica many seconds to render on a
 * busy 2-core machine, so each list is opened once and handed to every part that needs it; a crashed browser or
 * page is noticed and opened anew on the next request, so one part's crash does not take the next part down.
 */
export type BrowserKind = 'extension' | 'bare';

/** tsx compiles with esbuild's keepNames, which wraps functions sent to page.evaluate in `__name(…)`. */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

async function fulfilFromReplica(route: Route): Promise<void> {
	const response = await respondToPortalRequest(new URL(route.request().url()));
	await route.fulfill({status: response.status, contentType: response.contentType, body: response.body});
}

/** The person whose row the guide works on: the last of the list, so the whole list lies before the target. */
export function lastUserOf(size: number): string {
	const last = buildUsers({count: size}).at(-1)?.extId;
	if (!last) throw new Error(`the replica has no users for size ${size}`);
	return last;
}

export class BrowserPool {
	readonly #sessions = new Map<BrowserKind, Promise<ChromiumSession>>();
	readonly #closed = new Set<BrowserKind>();
	readonly #lists = new Map<string, Promise<Page>>();
	readonly #loaded = new Map<string, Page>();
	readonly #crashed = new WeakSet<Page>();
	readonly #log: (message: string) => void;

	constructor(log: (message: string) => void) {
		this.#log = log;
	}

	async session(kind: BrowserKind): Promise<ChromiumSession> {
		const existing = this.#sessions.get(kind);
		if (existing && !this.#closed.has(kind)) return existing;
		this.#closed.delete(kind);
		const launching = launchChromium({
			extension: kind === 'extension',
			...(EXTENSION_DIR && {extensionDir: EXTENSION_DIR}),
		}).then(async (session) => {
			session.context.on('close', () => this.#closed.add(kind));
			await session.context.addInitScript({content: NAME_SHIM});
			return session;
		});
		this.#sessions.set(kind, launching);
		launching.catch(() => this.#closed.add(kind));
		return launching;
	}

	/**
	 * A page of `kind` showing the replica's user list with `size` rows on one page, the last person pending. Callers
	 * asking at the same time share one load (a part may start a load early, for the next one to use).
	 */
	userList(kind: BrowserKind, size: number, timeoutMs: number, origin = PORTAL): Promise<Page> {
		const key = `${kind}:${size}:${origin}`;
		const cached = this.#lists.get(key);
		if (cached) {
			const page = this.#loaded.get(key);
			if (!page || this.usable(page)) return cached;
		}
		const loading = this.#openUserList(kind, size, timeoutMs, origin).then((page) => {
			this.#loaded.set(key, page);
			return page;
		});
		this.#lists.set(key, loading);
		loading.catch(() => {
			if (this.#lists.get(key) === loading) this.#lists.delete(key); // the next request tries again
		});
		return loading;
	}

	async #openUserList(kind: BrowserKind, size: number, timeoutMs: number, origin: string): Promise<Page> {
		const started = performance.now();
		const session = await this.session(kind);
		const page = await session.newPage();
		// Another host serves the same replica: a page of this browser that the content script never enters.
		if (origin !== PORTAL) await page.route(`${origin}/**`, (route) => fulfilFromReplica(route));
		page.on('crash', () => this.#crashed.add(page));
		page.setDefaultTimeout(timeoutMs);
		// Neither our overlay nor Driver.js may spend the measured time in a smooth scroll or a fade.
		await page.emulateMedia({reducedMotion: 'reduce'});
		const last = lastUserOf(size);
		await openUserList(page, 'de', `&users=${size}&rows=${size}&pending=${last}&delay=0`, origin);
		await page.waitForFunction(
			({rows, extId}) => {
				const shown = document.querySelectorAll('table tbody tr');
				return shown.length >= rows && (shown[shown.length - 1]?.textContent ?? '').includes(extId);
			},
			{rows: size, extId: last},
			{timeout: timeoutMs, polling: 250},
		);
		await page.evaluate(installBenchHelpers);
		// The user sees the row they act on: bring the last row into view once, without animation.
		await page.evaluate((extId) => {
			const row = [...document.querySelectorAll('table tbody tr')].findLast((tr) =>
				tr.textContent.includes(extId),
			);
			row?.scrollIntoView({block: 'center'});
		}, last);
		this.#log(
			`user list of ${size.toLocaleString('en-US')} rows open (${kind}${origin === PORTAL ? '' : `, ${origin}`}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
		);
		return page;
	}

	usable(page: Page): boolean {
		return !page.isClosed() && !this.#crashed.has(page);
	}

	/** Closes every browser (also what aborts a part that overran its time: its pending calls then reject). */
	async close(): Promise<void> {
		const sessions = [...this.#sessions.entries()];
		this.#sessions.clear();
		this.#lists.clear();
		this.#loaded.clear();
		await Promise.allSettled(
			sessions.map(async ([kind, launching]) => {
				this.#closed.add(kind);
				await (await launching).close();
			}),
		);
	}
}
