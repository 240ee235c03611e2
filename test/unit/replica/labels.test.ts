// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.portal.eiam.admin.ch/portal/adminservice/app/home"}
import {afterAll, describe, expect, test} from 'vitest';
import catalog from '../../replica/labels.json';
import {FIXTURE_IDS} from '../../replica/src/data/users';
import {LANGS, type Lang} from '../../replica/src/i18n/lang';
import type {LabelPage} from '../../replica/src/i18n/labels';
import {click, closeReplica, openReplica, pageText, textNodes} from './mount';

/**
 * Holds every replica page to labels.json: each DE/FR/IT label of a page (EN: `en_proposed`) appears on that
 * page, and no page shows a label that exists only in another language.
 */
const PAGES: readonly LabelPage[] = [
	'home',
	'termsOfUse',
	'unitSelection',
	'userSelection',
	'createUser',
	'permissions',
	'overview',
	'completed',
];

const UNIT = '1200.TI';
const MANAGED = {unitId: UNIT, managedExtId: FIXTURE_IDS.pending, listSelection: FIXTURE_IDS.pending};

/** Renders every state of a page in which some of its labels show, and returns the text of each state. */
async function renderStates(page: LabelPage, lang: Lang): Promise<{texts: string[]; nodes: string[][]}> {
	const texts: string[] = [];
	const nodes: string[][] = [];
	const keep = (): void => {
		texts.push(pageText());
		nodes.push(textNodes());
	};
	switch (page) {
		case 'home':
			await openReplica('home', lang);
			await click('.ob-main-nav-item > button[aria-haspopup]');
			keep();
			break;
		case 'termsOfUse':
			await openReplica('home', lang, {query: 'terms=1'});
			keep();
			break;
		case 'unitSelection':
			await openReplica('units', lang);
			keep();
			await click('.ui-treetable-toggler');
			await click('.ui-treetable-tbody > tr', 1);
			keep();
			break;
		case 'userSelection':
			await openReplica('users', lang, {state: {unitId: UNIT}});
			keep();
			for (const index of [0, 3]) {
				// A user with onboarding Abgeschlossen (reset item) and one with Laufend (reminder, new code).
				await click('tbody.ui-table-tbody .dropdown-toggle', index);
				keep();
			}
			await click('p-dropdown .ui-dropdown');
			keep();
			break;
		case 'createUser':
			await openReplica('users', lang, {state: {unitId: UNIT}});
			await click('.toolbar > .btn', 1);
			expect(document.querySelector('ngb-modal-window')).not.toBeNull();
			keep();
			break;
		case 'permissions':
			await openReplica('permissions', lang, {state: MANAGED});
			await click('.profile-box .dropdown-toggle');
			keep();
			await click('[role=tab]', 1);
			keep();
			break;
		case 'overview':
			await openReplica('overview', lang, {state: MANAGED});
			keep();
			break;
		case 'completed':
			await openReplica('completed', lang, {state: MANAGED});
			keep();
			break;
	}
	return {texts, nodes};
}

type Entry = Partial<Record<'de' | 'fr' | 'it' | 'en_proposed', unknown>>;

function entries(page: LabelPage): [string, Entry][] {
	const pageEntries: Readonly<Record<string, unknown>> = catalog[page];
	return (
		Object.entries(pageEntries)
			.filter(([key]) => !key.startsWith('_') && key !== 'sampleData')
			.filter((pair): pair is [string, Entry] => typeof pair[1] === 'object' && pair[1] !== null)
			// Icon-only controls have no text in any observed language (their en_proposed is only a naming idea).
			.filter(([, entry]) => !(entry.de === null && entry.fr === null && entry.it === null))
	);
}

function valuesOf(entry: Entry, lang: Lang): string[] {
	const value = entry[lang === 'en' ? 'en_proposed' : lang];
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
	return [];
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What must be visible of a label: the label itself, or the literal parts of a template. */
function expectedParts(label: string): string[] {
	return label
		.split(/\{\w+\}/)
		.map(normalize)
		.filter((part) => part !== '');
}

/** Every label text of a language, all pages (a page may show another page's label, e.g. the navigation). */
function labelTexts(lang: Lang): Set<string> {
	const texts = new Set<string>();
	for (const page of PAGES)
		for (const [, entry] of entries(page))
			for (const value of valuesOf(entry, lang)) {
				for (const part of expectedParts(value)) texts.add(part);
			}
	return texts;
}

/** Labels of the other languages that the page's own language does not have. */
function foreignLabels(lang: Lang): string[] {
	const own = labelTexts(lang);
	const foreign = new Set<string>();
	for (const other of LANGS) {
		if (other === lang) continue;
		for (const page of PAGES)
			for (const [, entry] of entries(page))
				for (const value of valuesOf(entry, other)) {
					const isTemplate = /\{\w+\}/.test(value);
					for (const part of expectedParts(value)) {
						// Short literal pieces of templates ("von", "di") are ordinary words, not labels.
						if (isTemplate && part.length < 4) continue;
						// Punctuation alone (the FR checkbox label ends in ".") belongs to no language.
						if (!/\p{L}/u.test(part)) continue;
						if (!own.has(part)) foreign.add(part);
					}
				}
	}
	return [...foreign];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The label as a whole word or phrase (case-sensitive: "Alle" is a label, "alle" an Italian word). */
const asWord = (label: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escape(label)}(?![\\p{L}\\p{N}])`, 'u');

/** Foreign labels on the page: as a word in a text node, or (long ones) anywhere in the page's text. */
function intruders(foreign: readonly string[], texts: readonly string[], nodes: readonly string[][]): string[] {
	const shown = texts.join(' \u2016 ');
	const separated = nodes.flat().join(' \u2016 ');
	return foreign.filter((label) => asWord(label).test(separated) || (label.length >= 12 && shown.includes(label)));
}

afterAll(() => closeReplica());

describe.each(LANGS)('replica pages in %s', (lang) => {
	const foreign = foreignLabels(lang);

	test.each(PAGES)('%s shows all its labels and none of another language', async (page) => {
		const {texts, nodes} = await renderStates(page, lang);
		const shown = texts.join(' \u2016 ');
		const expected = entries(page).flatMap(([key, entry]) =>
			valuesOf(entry, lang).flatMap((value) => expectedParts(value).map((part) => ({key, part}))),
		);
		// termsOfUse has no IT screenshot (null labels), so IT has nothing to prove there; every other page has.
		if (!(page === 'termsOfUse' && lang === 'it')) expect(expected.length).toBeGreaterThan(0);
		const missing = expected.filter(({part}) => !shown.includes(part)).map(({key, part}) => `${key}: ${part}`);
		expect(missing).toEqual([]);

		expect(intruders(foreign, texts, nodes)).toEqual([]);
	});
});

describe('the check itself', () => {
	test('finds a label of another language', () => {
		expect(foreignLabels('de')).toContain('Sélectionner un utilisateur');
		expect(asWord('Alle').test('Torna alle autorizzazioni')).toBe(false);
		expect(asWord('Unit').test('Unité')).toBe(false);
		expect(asWord('Status').test('Benutzerstatus | Status')).toBe(true);
	});

	test('flags a French label on a German page', async () => {
		await openReplica('users', 'de', {state: {unitId: UNIT}});
		const cell = document.querySelector('tbody.ui-table-tbody td:nth-child(6)');
		cell?.append(' Tous');
		expect(intruders(foreignLabels('de'), [pageText()], [textNodes()])).toEqual(['Tous']);
	});

	test('knows which labels are shared between languages', () => {
		expect(foreignLabels('fr')).not.toContain('Adresse');
		expect(foreignLabels('de')).not.toContain('Information');
	});
});
