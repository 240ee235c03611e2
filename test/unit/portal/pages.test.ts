// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {
	detectPage,
	examples,
	isCompleted,
	isCreateUser,
	isHome,
	isOverview,
	isPermissions,
	isPortalUrl,
	isUnitSelection,
	isUserSelection,
	type PageDetector,
	type PageId,
} from '../../../src/portal/pages';
import {LANGS} from '../../../src/shared/lang';
import {FIXTURE_STATES, type FixtureState} from './fixtures/portal-html';
import {loadFixture, loadSnapshot, NON_PORTAL_URLS, PORTAL_URL, snapshotStates} from './support/load';

const DETECTORS: Record<Exclude<PageId, 'unknown'>, PageDetector> = {
	home: isHome,
	'unit-selection': isUnitSelection,
	'user-selection': isUserSelection,
	'create-user': isCreateUser,
	permissions: isPermissions,
	overview: isOverview,
	completed: isCompleted,
};

/** The page each example state belongs to, from `examples` in src/portal/pages.ts. */
const PAGE_OF = new Map<string, PageId>(
	Object.entries(examples).flatMap(([page, states]) => states.map((state) => [state, page as PageId] as const)),
);

// States only the replica has (its sign-in and self-service pages) and only the hand-made fixtures have.
const SNAPSHOT_ONLY = ['login', 'self-admin', 'user-selection-row-menu-body'];
const FIXTURE_ONLY = ['empty', 'foreign'];

test('every example state is a fixture or a replica snapshot, of exactly one page', () => {
	expect([...PAGE_OF.keys()].sort()).toEqual([...FIXTURE_STATES, ...SNAPSHOT_ONLY].sort());
	expect(Object.values(examples).flat()).toHaveLength(PAGE_OF.size);
});

describe.each(['plain', 'messy'] as const)('hand-made pages (%s markup)', (variant) => {
	describe.each(LANGS)('in %s', (lang) => {
		test.each(FIXTURE_STATES)('%s: only its own detector matches, detectPage agrees', (state: FixtureState) => {
			const doc = loadFixture(state, {lang, variant});
			const expected = PAGE_OF.get(state);
			for (const [page, isPage] of Object.entries(DETECTORS)) {
				expect(isPage(doc, PORTAL_URL), `${page} on ${state}`).toBe(page === expected);
			}
			expect(detectPage(doc, PORTAL_URL)).toEqual({page: expected, lang});
		});
	});
});

describe('replica snapshots', () => {
	const snapshots = snapshotStates();
	test('exist for every example state in every language', () => {
		const missing = [...PAGE_OF.keys()]
			.filter((state) => !FIXTURE_ONLY.includes(state))
			.flatMap((state) => LANGS.map((lang) => `${state}.${lang}.html`))
			.filter((file) => !snapshots.some((snapshot) => snapshot.file === file));
		expect(missing).toEqual([]);
	});
	test.each(snapshots.map((snapshot) => [snapshot.file, snapshot] as const))('%s', (_file, snapshot) => {
		const doc = loadSnapshot(snapshot.file);
		const expected = PAGE_OF.get(snapshot.state);
		expect(expected, `${snapshot.state} is listed in examples`).toBeDefined();
		for (const [page, isPage] of Object.entries(DETECTORS)) {
			expect(isPage(doc, PORTAL_URL), `${page} on ${snapshot.file}`).toBe(page === expected);
		}
		expect(detectPage(doc, PORTAL_URL)).toEqual({page: expected, lang: snapshot.lang});
	});
});

describe('outside the admin app', () => {
	test.each(NON_PORTAL_URLS)('a portal page served at %s is unknown and matches no detector', (url) => {
		const doc = loadFixture('user-selection', {lang: 'fr'});
		for (const isPage of Object.values(DETECTORS)) expect(isPage(doc, url)).toBe(false);
		expect(detectPage(doc, url).page).toBe('unknown');
	});

	test('any sub-route of /portal/adminservice/ counts, nothing else', () => {
		expect(isPortalUrl('https://www.portal.eiam.admin.ch/portal/adminservice/app/home')).toBe(true);
		expect(isPortalUrl(new URL('https://host/portal/adminservice/whatever/we/do/not/know'))).toBe(true);
		expect(isPortalUrl({href: 'https://host/portal/adminservice/'})).toBe(true);
		expect(isPortalUrl('https://host/portal/adminservice')).toBe(false);
		expect(isPortalUrl('https://host/x/portal/adminservice/')).toBe(false);
		expect(isPortalUrl('')).toBe(false);
	});
});

describe('pages that share labels', () => {
	test('the user list behind the create-user dialog does not make it the user selection', () => {
		const doc = loadFixture('create-user', {lang: 'de'});
		expect(isUserSelection(doc, PORTAL_URL)).toBe(false);
		expect(detectPage(doc, PORTAL_URL).page).toBe('create-user');
	});

	test('closing the dialog returns to the user selection', () => {
		const doc = loadFixture('create-user', {lang: 'it'});
		for (const el of doc.querySelectorAll('ngb-modal-window, ngb-modal-backdrop')) el.remove();
		expect(detectPage(doc, PORTAL_URL).page).toBe('user-selection');
	});

	test('a hidden (closing) dialog no longer counts', () => {
		const doc = loadFixture('create-user', {lang: 'de'});
		doc.querySelector('ngb-modal-window')?.setAttribute('style', 'display:none');
		expect(detectPage(doc, PORTAL_URL).page).toBe('user-selection');
	});

	test('a confirmation dialog over the user list is not the create-user dialog', () => {
		const doc = loadFixture('user-selection', {lang: 'de'});
		const dialog = doc.createElement('ngb-modal-window');
		dialog.setAttribute('role', 'dialog');
		dialog.setAttribute('aria-modal', 'true');
		const title = doc.createElement('h4');
		title.textContent = 'Benutzer deaktivieren?';
		const names = doc.createElement('p');
		names.textContent = 'Vorname: Anna, Nachname: Müller';
		dialog.append(title, names);
		doc.body.append(dialog);
		expect(detectPage(doc, PORTAL_URL).page).toBe('user-selection');
	});

	test.each(LANGS)('overview and permissions without titles are still told apart (%s)', (lang) => {
		for (const state of ['overview', 'permissions'] as const) {
			const doc = loadFixture(state, {lang});
			doc.querySelector('h1')?.remove();
			expect(detectPage(doc, PORTAL_URL).page).toBe(state);
		}
	});

	test.each(LANGS)('every page is recognised by its content when the title is renamed (%s)', (lang) => {
		for (const state of ['unit-selection', 'user-selection', 'permissions', 'overview', 'completed'] as const) {
			const doc = loadFixture(state, {lang, variant: 'messy'});
			const title = doc.querySelector('h1');
			if (title) title.textContent = 'Ein neuer Titel';
			expect(detectPage(doc, PORTAL_URL).page, state).toBe(state);
		}
	});

	test('an unknown title with no known content is unknown, not home', () => {
		const doc = loadFixture('home', {lang: 'de'});
		const main = doc.querySelector('main');
		if (main) main.textContent = '';
		const title = doc.createElement('h1');
		title.textContent = 'Personenauswahl';
		main?.append(title);
		expect(detectPage(doc, PORTAL_URL).page).toBe('unknown');
	});
});

describe('language', () => {
	test.each(LANGS)('comes from the labels when <html> has no lang (%s)', (lang) => {
		for (const state of ['home', 'user-selection', 'create-user', 'overview', 'completed'] as const) {
			const doc = loadFixture(state, {lang, htmlLang: null});
			expect(detectPage(doc, PORTAL_URL), state).toEqual({page: expect.any(String) as unknown, lang});
		}
	});

	test('a declared lang that the labels clearly contradict loses (an app that never updates <html lang>)', () => {
		const doc = loadFixture('user-selection', {lang: 'fr', htmlLang: 'de'});
		expect(detectPage(doc, PORTAL_URL).lang).toBe('fr');
	});

	test('a regional tag counts (de-CH)', () => {
		const doc = loadFixture('overview', {lang: 'de', htmlLang: 'de-CH'});
		expect(detectPage(doc, PORTAL_URL).lang).toBe('de');
	});
});
