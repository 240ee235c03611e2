// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {LABELS, matchesLabel} from '../../../src/portal/labels';
import {controlRole, controlText, findControl, findControls} from '../../../src/portal/locate';
import {controlNames} from '../../../src/portal/element-text';
import {isDisabled} from '../../../src/portal/control-state';
import {LANGS} from '../../../src/shared/lang';
import {LABEL_KEYS, type ControlRole, type LabelKey} from '../../../src/shared/target';
import {FIXTURE_STATES, type FixtureState} from './fixtures/portal-html';
import {loadFixture, loadHtml, loadSnapshot, snapshotStates} from './support/load';
import {replaceWithHtml} from './support/html';

type Where = {role: ControlRole; states: readonly FixtureState[]};
const USERS = ['user-selection', 'user-selection-row-menu', 'user-selection-row-selected'] as const;
const PERMISSIONS = ['permissions', 'permissions-profile-menu', 'permissions-tab-delegated'] as const;
const OVERVIEW = ['overview', 'overview-justified'] as const;
const COMPLETED = ['completed', 'completed-code-sent'] as const;
const DIALOG = ['create-user', 'edit-user'] as const;
// Pages with the main navigation usable (behind a modal it is not).
const WITH_NAV = FIXTURE_STATES.filter((state) => !['empty', 'foreign', ...DIALOG].includes(state));

/** On which hand-made page states each guide label is visible (and on no other). */
const WHERE: Record<LabelKey, Where> = {
	userManagement: {role: 'button', states: WITH_NAV},
	delegatedManagement: {role: 'menuitem', states: ['home-menu-open']},
	continue: {
		role: 'button',
		states: ['home-terms', 'unit-selection', 'unit-selection-expanded', ...USERS, ...PERMISSIONS],
	},
	backToUnits: {role: 'button', states: USERS},
	backToUsers: {role: 'button', states: PERMISSIONS},
	backToPermissions: {role: 'button', states: OVERVIEW},
	personSelector: {role: 'button', states: USERS},
	addUser: {role: 'button', states: USERS},
	deleteArchiveUser: {role: 'menuitem', states: ['user-selection-row-menu']},
	deactivateUser: {role: 'menuitem', states: ['user-selection-row-menu']},
	sendOnboardingReminder: {role: 'menuitem', states: ['user-selection-row-menu']},
	sendNewOnboardingCode: {role: 'menuitem', states: ['user-selection-row-menu']},
	resetOnboarding: {role: 'menuitem', states: []}, // the open menu belongs to a pending user; see below
	cancel: {role: 'button', states: DIALOG},
	saveAndCreateAnother: {role: 'button', states: ['create-user']},
	saveAndBackToList: {role: 'button', states: ['create-user']},
	saveAndContinue: {role: 'button', states: ['create-user']},
	firstName: {role: 'textbox', states: DIALOG},
	lastName: {role: 'textbox', states: DIALOG},
	email: {role: 'textbox', states: DIALOG},
	addProfile: {role: 'button', states: PERMISSIONS},
	archiveProfile: {role: 'menuitem', states: ['permissions-profile-menu']},
	deactivateProfile: {role: 'menuitem', states: ['permissions-profile-menu']},
	tabGrant: {role: 'tab', states: PERMISSIONS},
	tabGrantDelegated: {role: 'tab', states: PERMISSIONS},
	// Inside the first tab: hidden while the second tab is shown.
	grant: {role: 'button', states: ['permissions', 'permissions-profile-menu']},
	showMore: {role: 'link', states: OVERVIEW},
	justification: {role: 'textbox', states: OVERVIEW},
	startOnboardingManually: {role: 'button', states: OVERVIEW},
	sendNotificationEmail: {role: 'button', states: OVERVIEW},
	manageOtherUsers: {role: 'button', states: COMPLETED},
	print: {role: 'button', states: COMPLETED},
	sendOnboardingCode: {role: 'button', states: COMPLETED},
	// The CH-LOGIN settings card ("foreign") has a "Schliessen" too: findControl does not know pages;
	// resolveTarget refuses non-portal URLs, and the engine asks only on the step's page.
	close: {role: 'button', states: [...COMPLETED, 'foreign']},
};

function shows(el: Element, key: LabelKey, lang: (typeof LANGS)[number]): boolean {
	const names = el.matches('textarea, input') ? [el.id, el.getAttribute('aria-label') ?? ''] : controlNames(el);
	return el.matches('textarea, input') || names.some((name) => matchesLabel(name, LABELS[key], lang));
}

describe.each(['plain', 'messy'] as const)('every guide label on every hand-made page (%s markup)', (variant) => {
	describe.each(LANGS)('in %s', (lang) => {
		test.each(FIXTURE_STATES)('%s', (state) => {
			const doc = loadFixture(state, {lang, variant});
			const wrong: string[] = [];
			for (const key of LABEL_KEYS) {
				const {role, states} = WHERE[key];
				const found = findControl(doc, {role, label: key}, lang);
				const expected = states.includes(state);
				if (expected !== (found !== undefined)) wrong.push(`${key}: ${found ? 'found' : 'missing'}`);
				else if (found && !shows(found, key, lang)) wrong.push(`${key}: found a control in another language`);
				else if (found && role !== 'textbox' && controlRole(found) !== role)
					wrong.push(`${key}: role ${controlRole(found) ?? '?'}`);
			}
			expect(wrong).toEqual([]);
		});
	});
});

// Runs once `npm run replica:snapshots` (test/replica/snapshots.ts) has saved the replica's pages (pages.test.ts fails while any is missing).
describe.runIf(snapshotStates().length > 0)('replica snapshots', () => {
	// Replica states that show what a hand-made state shows, built differently.
	const SAME_AS: Record<string, FixtureState> = {'user-selection-row-menu-body': 'user-selection-row-menu'};
	test.each(snapshotStates().map((snapshot) => [snapshot.file, snapshot] as const))(
		'%s: each label of its page is found',
		(_file, snapshot) => {
			const doc = loadSnapshot(snapshot.file);
			const state = SAME_AS[snapshot.state] ?? (snapshot.state as FixtureState);
			const expected = LABEL_KEYS.filter((key) => WHERE[key].states.includes(state) && state !== 'foreign');
			const missing = expected.filter(
				(key) => !findControl(doc, {role: WHERE[key].role, label: key}, snapshot.lang),
			);
			expect(missing).toEqual([]);
		},
	);
});

describe('tolerance', () => {
	const body = (html: string): Document => loadHtml(`<!doctype html><html lang="de"><body>${html}</body></html>`);

	test('whitespace, nbsp, zero-width characters and case', () => {
		const doc = body('<button> \n\tneuen&nbsp;BENUTZER\u200B  hinzuf\u00FCgen \n</button>');
		expect(findControl(doc, {role: 'button', label: 'addUser'})).toBe(doc.querySelector('button'));
	});

	test('text split across nested elements, with and without spaces between them', () => {
		const doc = body(
			'<button><span>Neuen</span> <span><b>Benutzer</b></span></button><button id="b"><span>Onboarding</span><span> manuell </span><span>starten</span></button>',
		);
		expect(findControl(doc, {role: 'button', label: 'startOnboardingManually'})?.id).toBe('b');
		const joined = body('<button><div>Neuen</div><div>Benutzer</div><div>hinzufügen</div></button>');
		expect(findControl(joined, {role: 'button', label: 'addUser'})).toBeDefined();
	});

	test('icons before, after and inside the label are ignored (FA spans, <i> ligatures, svg)', () => {
		const doc = body(`<button><span class="fa fa-print"></span>Drucken</button>
			<button id="b"><i class="material-icons">send</i> Onboarding-Code per E-Mail senden <svg><title>arrow</title></svg></button>`);
		expect(findControl(doc, {role: 'button', label: 'print'})).toBeDefined();
		expect(findControl(doc, {role: 'button', label: 'sendOnboardingCode'})?.id).toBe('b');
	});

	test('an <a role="button"> and an <a> without href are buttons; a link with href is found as a button too', () => {
		const doc = body(
			'<a role="button" id="a">Weiter</a><a id="b">Zurück zur Unit-Auswahl</a><a id="c" href="/x">Andere Benutzer verwalten</a>',
		);
		expect(findControl(doc, {role: 'button', label: 'continue'})?.id).toBe('a');
		expect(findControl(doc, {role: 'button', label: 'backToUnits'})?.id).toBe('b');
		expect(findControl(doc, {role: 'button', label: 'manageOtherUsers'})?.id).toBe('c');
		expect(controlRole(doc.getElementById('c')!)).toBe('link');
	});

	test('the requested role wins over another clickable with the same label', () => {
		const doc = body('<a id="link" href="/weiter">Weiter</a><button id="button">Weiter</button>');
		expect(findControl(doc, {role: 'button', label: 'continue'})?.id).toBe('button');
		expect(findControl(doc, {role: 'link', label: 'continue'})?.id).toBe('link');
	});

	test('aria-label and title name icon-only controls, in any language', () => {
		const doc = body(
			'<button aria-label="Imprimer"><span class="fa fa-print"></span></button><button title="Chiudi" id="c"></button>',
		);
		expect(findControl(doc, {role: 'button', label: 'print'})).toBeDefined();
		expect(findControl(doc, {role: 'button', label: 'close'})?.id).toBe('c');
	});

	test('the page language is preferred when two languages are present', () => {
		const doc = body('<button id="de">Weiter</button><button id="fr">Continuer</button>');
		expect(findControl(doc, {role: 'button', label: 'continue'}, 'fr')?.id).toBe('fr');
		expect(findControl(doc, {role: 'button', label: 'continue'}, 'de')?.id).toBe('de');
		expect(findControl(doc, {role: 'button', label: 'continue'})?.id).toBe('de');
	});

	test('a label in another language than the given one is still found', () => {
		const doc = body('<button>Avanti</button>');
		expect(findControl(doc, {role: 'button', label: 'continue'}, 'de')).toBeDefined();
	});

	test('a longer text containing the label is not the label', () => {
		const doc = body('<button>Weiter zur Übersicht</button><p>Bitte klicken Sie auf Weiter</p>');
		expect(findControl(doc, {role: 'button', label: 'continue'})).toBeUndefined();
	});

	test('nested clickables yield the outermost one', () => {
		const doc = body('<a role="button" id="outer"><span role="button">Weiter</span></a>');
		expect(findControls(doc, {role: 'button', label: 'continue'}).map((el) => el.id)).toEqual(['outer']);
	});
});

describe('hidden elements and our own overlay', () => {
	const body = (html: string): Document => loadHtml(`<!doctype html><html lang="de"><body>${html}</body></html>`);

	test.each([
		['display:none', '<div style="display:none"><button>Weiter</button></div>'],
		['visibility:hidden', '<button style="visibility:hidden">Weiter</button>'],
		['hidden attribute', '<div hidden><button>Weiter</button></div>'],
		['aria-hidden', '<div aria-hidden="true"><button>Weiter</button></div>'],
		['a stylesheet', '<style>.menu{display:none}</style><div class="menu"><button>Weiter</button></div>'],
		['inert', '<div inert><button>Weiter</button></div>'],
	])('a control hidden by %s is not found', (_how, html) => {
		expect(findControl(body(html), {role: 'button', label: 'continue'})).toBeUndefined();
	});

	test('a visible twin is found instead of a hidden one', () => {
		const doc = body('<div hidden><button>Weiter</button></div><button id="v">Weiter</button>');
		expect(findControl(doc, {role: 'button', label: 'continue'})?.id).toBe('v');
	});

	test('nothing inside #eiam-assist-root counts', () => {
		const doc = body('');
		const root = doc.createElement('div');
		root.id = 'eiam-assist-root';
		replaceWithHtml(root, '<button>Weiter</button>');
		const shadow = root.attachShadow({mode: 'open'});
		replaceWithHtml(shadow, '<button>Weiter</button>');
		doc.documentElement.append(root);
		expect(findControl(doc, {role: 'button', label: 'continue'})).toBeUndefined();
	});

	test('disabled controls are found; isDisabled tells', () => {
		const doc = body(
			'<button disabled>Weiter</button><a role="button" aria-disabled="true">Drucken</a><fieldset disabled><button>Schliessen</button></fieldset>',
		);
		for (const label of ['continue', 'print', 'close'] as const) {
			const found = findControl(doc, {role: 'button', label});
			expect(found).toBeDefined();
			expect(isDisabled(found!)).toBe(true);
		}
	});
});

describe('menus and dialogs', () => {
	test('a row menu rendered in a body-level overlay container is found from the page and from the row', () => {
		const doc = loadFixture('user-selection-row-menu', {lang: 'fr', variant: 'messy'});
		const item = findControl(doc, {role: 'menuitem', label: 'sendNewOnboardingCode'}, 'fr');
		expect(item?.closest('.cdk-overlay-container')).not.toBeNull();
		const row = [...doc.querySelectorAll('tr')].find((tr) => tr.textContent.includes('2376660'))!;
		expect(findControl(row, {role: 'menuitem', label: 'sendNewOnboardingCode'}, 'fr')).toBe(item);
	});

	test('a menu item is found by "button" too (the guide need not know how the portal built it)', () => {
		const doc = loadFixture('user-selection-row-menu', {lang: 'de'});
		expect(findControl(doc, {role: 'button', label: 'deactivateUser'})).toBeDefined();
	});

	test("the reset item of a completed user's menu (IT text never seen: the replica's fill-in is known)", () => {
		for (const lang of LANGS) {
			const doc = loadFixture('user-selection', {lang});
			const row = [...doc.querySelectorAll('tr')].find((tr) => tr.textContent.includes('2110430'))!;
			row.querySelector('.dropdown-menu')?.classList.add('show');
			expect(findControl(doc, {role: 'menuitem', label: 'resetOnboarding'}, lang), lang).toBeDefined();
		}
	});

	test('in a 300-row list, an open row menu is found by its shown state or by its expanded toggle', () => {
		const doc = loadFixture('user-selection', {lang: 'de', users: 300});
		expect(findControl(doc, {role: 'menuitem', label: 'deactivateUser'})).toBeUndefined();
		const rows = [...doc.querySelectorAll('tbody tr')];
		const menu = rows[250]?.querySelector('.dropdown-menu');
		menu?.classList.add('show');
		expect(rows[250]?.contains(findControl(doc, {role: 'menuitem', label: 'deactivateUser'})!)).toBe(true);
		menu?.classList.remove('show');
		// ARIA only: the toggle says it is expanded and which element it controls; the menu is shown by a style.
		const toggle = rows[251]?.querySelector('[aria-haspopup]');
		const other = rows[251]?.querySelector<HTMLElement>('.dropdown-menu');
		other?.setAttribute('id', 'menu-251');
		other?.setAttribute('style', 'display:block');
		toggle?.setAttribute('aria-expanded', 'true');
		toggle?.setAttribute('aria-controls', 'menu-251');
		expect(rows[251]?.contains(findControl(doc, {role: 'menuitem', label: 'deactivateUser'})!)).toBe(true);
	});

	test('the navigation sub-menu item is hidden until the menu opens', () => {
		const doc = loadFixture('home', {lang: 'it'});
		expect(findControl(doc, {role: 'menuitem', label: 'delegatedManagement'})).toBeUndefined();
		doc.querySelector('.ob-main-nav-item:nth-child(2)')?.classList.add('ob-expanded');
		expect(findControl(doc, {role: 'menuitem', label: 'delegatedManagement'})).toBeDefined();
		expect(findControl(doc, {role: 'link', label: 'delegatedManagement'})).toBeDefined();
	});

	test('while a modal is open, the page behind it offers no controls', () => {
		const doc = loadFixture('create-user', {lang: 'de'});
		expect(findControl(doc, {role: 'button', label: 'addUser'})).toBeUndefined();
		expect(findControl(doc, {role: 'button', label: 'saveAndContinue'})).toBeDefined();
	});

	test('a dialog that is not (yet) modal comes before the page behind it, which stays usable', () => {
		// Angular Material's dialog says aria-modal="false" and hides the page behind it only after its opening
		// animation: meanwhile the list's column filter «Vorname» must not win over the dialog's field.
		const doc = loadHtml(
			'<!doctype html><html lang="de"><body><main><table><thead><tr><th>' +
				'<input id="filter" placeholder="Vorname"></th></tr></thead></table>' +
				'<button id="page-button">Abbrechen</button></main>' +
				'<div class="cdk-overlay-container"><div role="dialog" aria-modal="false">' +
				'<label for="first">Vorname</label><input id="first"></div></div></body></html>',
		);
		expect(findControl(doc, {role: 'textbox', label: 'firstName'})?.id).toBe('first');
		expect(findControls(doc, {role: 'textbox', label: 'firstName'}).map((el) => el.id)).toEqual(['first']);
		// Nothing of that name in the dialog: the page's control is still there.
		expect(findControl(doc, {role: 'button', label: 'cancel'})?.id).toBe('page-button');
		doc.querySelector('[role=dialog]')?.setAttribute('aria-modal', 'true');
		expect(findControl(doc, {role: 'button', label: 'cancel'})).toBeUndefined();
	});

	test('a control added after a delay is found once it is there', async () => {
		const doc = loadFixture('home', {lang: 'de'});
		expect(findControl(doc, {role: 'button', label: 'continue'})).toBeUndefined();
		await new Promise<void>((resolve) => {
			setTimeout(() => {
				const button = doc.createElement('button');
				button.textContent = 'Weiter';
				doc.querySelector('main')?.append(button);
				resolve();
			}, 20);
		});
		expect(findControl(doc, {role: 'button', label: 'continue'})).toBeDefined();
	});
});

describe('text fields', () => {
	const body = (html: string): Document => loadHtml(`<!doctype html><html lang="fr"><body>${html}</body></html>`);

	test.each([
		['label for', '<label for="x">Adresse électronique</label><input id="x">'],
		['wrapping label', '<label>Adresse électronique <input id="x" type="email"></label>'],
		['aria-label', '<input id="x" aria-label="Adresse électronique">'],
		['aria-labelledby', '<span id="l">Adresse électronique</span><input id="x" aria-labelledby="l">'],
		['placeholder', '<input id="x" placeholder="Adresse électronique">'],
		[
			'a bold label above, in its group',
			'<div class="form-group"><strong>Adresse électronique</strong><div><input id="x"></div></div>',
		],
	])('by %s', (_how, html) => {
		expect(findControl(body(html), {role: 'textbox', label: 'email'})?.id).toBe('x');
	});

	test('the field after the label, not the one before it', () => {
		const doc = body(
			'<div><label>Prénom</label><input id="first"><label>Adresse électronique</label><input id="mail"></div>',
		);
		expect(findControl(doc, {role: 'textbox', label: 'email'})?.id).toBe('mail');
	});

	test("what the user typed is not a field's name", () => {
		const doc = body('<input id="x" type="text" value="Adresse électronique">');
		expect(findControl(doc, {role: 'textbox', label: 'email'})).toBeUndefined();
	});

	test('a button with the label is not a text field', () => {
		expect(
			findControl(body('<button>Adresse électronique</button>'), {role: 'textbox', label: 'email'}),
		).toBeUndefined();
	});
});

test('controlText quotes what the user sees', () => {
	const doc = loadHtml(
		'<!doctype html><html><body><button><span class="fa fa-print"></span>  Drucken&nbsp;</button><button aria-label="Schliessen"></button></body></html>',
	);
	const [print, close] = doc.querySelectorAll('button');
	expect(controlText(print!)).toBe('Drucken');
	expect(controlText(close!)).toBe('Schliessen');
});
