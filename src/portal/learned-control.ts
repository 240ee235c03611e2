import type {LearnedRole, LearnedTarget} from '../shared/learned-target';
import {controlNames, elementText, fieldNames} from './element-text';
import {findUserRow} from './known-tables';
import {controlRole} from './locate';
import {cleanText, matchKey} from './normalize-text';
import {outermost} from './outermost';
import {scanPage} from './page-scan';
import {isOwnElement} from './regions';
import {isHidden} from './visibility';
import {VOCABULARY} from './label-table';

/**
 * Teach mode's knowledge of the page (issue #12): which control the user picked (the nearest interactive ancestor
 * of what was under the pointer), how to describe it by meaning (role, accessible name, the heading of its region,
 * its place among a row's actions) and how to find it again from that description after a re-render, a reload or
 * in a new session. Never a CSS path, never a row's personal data.
 */

/** The control the user meant: the outermost interactive element around the first portal element under the pointer. */
export function interactiveAt(stack: readonly Element[]): Element | undefined {
	const first = stack.find((el) => !isOwnElement(el) && el.tagName !== 'HTML' && el.tagName !== 'BODY');
	// `<a role=button><span role=button>`: the outer one is the control. Outside our overlay, as `first` is.
	let control: Element | undefined;
	for (let node: Element | null | undefined = first; node; node = node.parentElement) {
		if (node.matches(VOCABULARY.interactive)) control = node;
	}
	return control;
}

/** The role a learned target records for an element. */
export function learnedRoleOf(el: Element): LearnedRole | undefined {
	const explicit = el.getAttribute('role');
	if (explicit === 'checkbox' || explicit === 'radio' || explicit === 'combobox' || explicit === 'option')
		return explicit;
	if (el.tagName === 'SELECT') return 'combobox';
	if (el.tagName === 'INPUT') {
		const type = (el.getAttribute('type') ?? '').toLowerCase();
		if (type === 'checkbox' || type === 'radio') return type;
	}
	return controlRole(el);
}

/** Masks ids (runs of 4+ digits); a name holding an e-mail address is personal and is not kept at all. */
export function meaningOf(text: string | null | undefined): string {
	const clean = cleanText(text).slice(0, 120);
	return clean.includes('@') ? '' : clean.replace(/\d{4,}/g, '#');
}

/** The control's accessible name: visible text, aria-label, labelledby, title; for a field its label. */
function nameOf(el: Element): string {
	const names = el.matches(VOCABULARY.field) ? fieldNames(el) : controlNames(el);
	return names.map(meaningOf).find((name) => name !== '') ?? '';
}

/** The heading of the region the control sits in: its dialog's title, else the nearest heading before it. */
function regionOf(el: Element): string {
	const dialog = el.closest(VOCABULARY.dialog);
	if (dialog) {
		const title = dialog.getAttribute('aria-label') ?? dialog.querySelector(VOCABULARY.heading)?.textContent;
		return meaningOf(title);
	}
	for (let scope = el.parentElement; scope; scope = scope.parentElement) {
		const before = [...scope.querySelectorAll(VOCABULARY.heading)].filter(
			(heading) => !heading.contains(el) && heading.compareDocumentPosition(el) & 4,
		);
		const nearest = before.at(-1);
		if (nearest) return meaningOf(elementText(nearest));
		if (scope.matches(VOCABULARY.main)) break;
	}
	return '';
}

/** The row actions of a table cell: its interactive elements, outermost only, in order, menus left out. */
function controlsIn(cell: Element): Element[] {
	return outermost(cell.querySelectorAll(VOCABULARY.interactive)).filter((el) => !el.closest(VOCABULARY.rowMenu));
}

/** The texts of a row's cells: what must never end up in a learned target. */
function rowTexts(row: Element): string[] {
	return [...row.querySelectorAll(VOCABULARY.cell)]
		.map((cell) => matchKey(elementText(cell)))
		.filter((text) => text !== '');
}

export type Description = Pick<LearnedTarget, 'role' | 'name' | 'region' | 'rowAction'>;

/** A description by meaning of a picked control, or undefined when it is nothing a user could click or type into. */
export function describeControl(el: Element): Description | undefined {
	const role = learnedRoleOf(el);
	if (!role) return undefined;
	const row = el.closest(VOCABULARY.row);
	const cell = row && !el.closest(VOCABULARY.rowMenu) ? el.closest(VOCABULARY.cell) : null;
	let rowAction: Description['rowAction'];
	if (cell) {
		const controls = controlsIn(cell);
		const index = controls.indexOf(el);
		if (index >= 0) rowAction = {index, of: controls.length};
	}
	return {role, name: safeName(el), region: regionOf(el), ...(rowAction ? {rowAction} : {})};
}

/** The name as kept: a row names its person, so a control named after a cell's text (a name, an address) has none. */
function safeName(el: Element): string {
	const name = nameOf(el);
	const key = matchKey(name);
	const row = el.closest(VOCABULARY.rowMenu) ? null : el.closest(VOCABULARY.row);
	if (key === '' || !row) return name;
	return rowTexts(row).some((text) => text.includes(key) || key.includes(text)) ? '' : name;
}

function matches(el: Element, learned: Description): boolean {
	return learnedRoleOf(el) === learned.role && matchKey(safeName(el)) === matchKey(learned.name);
}

/**
 * The control a learned target describes on this page, or undefined when nothing matches any more (renamed,
 * removed, or another role). A row control is looked for in the guide's person's row only.
 */
export function findLearnedControl(
	doc: Document,
	learned: Description,
	extId: string | undefined,
): Element | undefined {
	if (learned.rowAction) {
		// No row when the guide is for no one or the person is not on this page: then nothing matches.
		for (const cell of findUserRow(doc, extId)?.querySelectorAll(VOCABULARY.cell) ?? []) {
			const controls = controlsIn(cell);
			if (controls.length !== learned.rowAction.of) continue;
			const control = controls[learned.rowAction.index];
			if (control && matches(control, learned) && !isHidden(control)) return control;
		}
		return undefined;
	}
	// One scan of the document covers the body-level overlay containers too: they are children of <body>.
	const candidates = scanPage(doc, VOCABULARY.interactive).filter((el) => matches(el, learned) && !isHidden(el));
	// The region decides between controls of the same name (a dialog's "Speichern" and the page's).
	const key = matchKey(learned.region);
	return candidates.find((el) => matchKey(regionOf(el)) === key) ?? (key === '' ? candidates[0] : undefined);
}
