import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Lang} from '../../../../src/shared/lang';
import {pageHtml, type FixtureOptions, type FixtureState} from '../fixtures/portal-html';

/** A URL of the admin app; detection must not care which sub-route. */
export const PORTAL_URL = 'https://www.portal.eiam.admin.ch/portal/adminservice/app/some/route';
export const NON_PORTAL_URLS = [
	'https://www.portal.eiam.admin.ch/portal/selfadminservice/app/onboarding',
	'https://example.org/portal/other/',
	'about:blank',
	'not a url',
];

/**
 * Replaces the test document (happy-dom's global `document`) with a whole HTML page, `<html lang>` included,
 * and returns it. Using the global document (not DOMParser) gives elements a window, so styles and
 * checkVisibility work as in a browser tab.
 */
export function loadHtml(html: string, url: string = PORTAL_URL): Document {
	setUrl(url);
	const parsed = new DOMParser().parseFromString(html, 'text/html');
	const root = document.documentElement;
	for (const name of root.getAttributeNames()) root.removeAttribute(name);
	for (const {name, value} of parsed.documentElement.attributes) root.setAttribute(name, value);
	document.head.replaceChildren(...[...parsed.head.childNodes].map((node) => document.adoptNode(node)));
	// A test may have removed the body (robustness.test.ts); give the next one a fresh one.
	const body = (document.body as HTMLElement | null) ?? root.appendChild(document.createElement('body'));
	body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
	return document;
}

export function loadFixture(state: FixtureState, options: FixtureOptions, url: string = PORTAL_URL): Document {
	return loadHtml(pageHtml(state, options), url);
}

/** Moves the test window to `url` (happy-dom's own API; `document.URL` follows). */
export function setUrl(url: string): void {
	(window as unknown as {happyDOM: {setURL(url: string): void}}).happyDOM.setURL(url);
}

// A string, not `new URL(…)`: under happy-dom the global URL is the DOM's, which node:url rejects.
export const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../snapshots/');

/** Replica snapshots present on disk: `<state>.<lang>.html`. */
export function snapshotStates(): {state: string; lang: Lang; file: string}[] {
	if (!existsSync(SNAPSHOT_DIR)) return [];
	return readdirSync(SNAPSHOT_DIR)
		.map((file) => /^(?<state>[\w-]+)\.(?<lang>de|fr|it|en)\.html$/.exec(file))
		.filter((match) => match?.groups !== undefined)
		.map((match) => ({state: match!.groups!.state!, lang: match!.groups!.lang as Lang, file: match![0]}));
}

export function loadSnapshot(file: string): Document {
	return loadHtml(readFileSync(SNAPSHOT_DIR + file, 'utf8'));
}
