import {controlNames, elementText} from './element-text';
import {controlRole} from './locate';
import {cleanText} from './normalize-text';
import {scanPage} from './page-scan';
import {readShownUser} from './read-data';
import {isHidden} from './visibility';
import {isDisabled} from './control-state';
import {VOCABULARY} from './label-table';

/*
 * The diagnostics report's view of the page (issue #12): the page's structure as a screen reader would list it —
 * headings, buttons, links, menu items, tabs, column headers and field labels, with role, name and disabled state,
 * in document order — and never what the structure holds: no cell, no field value. Table bodies are not walked at
 * all; what the page shows about people is collected separately so the report can mask it wherever it appears.
 */

/**
 * One outlined element as the page shows it: `role` is its ARIA role, else its control role (locate.ts), else its tag
 * (`h2`, `th`, `label`); `level` its aria-level or its heading tag's digit. The background names the role as a screen
 * reader would (`reportedRole`), so the page carries no such table (issue #14, size).
 */
export type OutlineEntry = {role: string; name: string; disabled: boolean; level?: number};

/** The role the report names for an outlined element's `role` (`h2` → heading, `th` → columnheader, …). */
export function reportedRole(shown: string): string {
	if (shown.startsWith('menuitem')) return 'menuitem';
	if (/^h[1-6]$/.test(shown)) return 'heading';
	if (shown === 'th') return 'columnheader';
	if (shown === 'legend') return 'label';
	return shown;
}

/** A data row of a table built from divs (`role=row` holding cells): its content is data, never outlined. */
function inDataRow(el: Element): boolean {
	const row = el.closest('[role="row"]');
	return row !== null && row.querySelector(VOCABULARY.dataCell) !== null;
}

/** The page's outline, in document order (body-level menus and dialogs after the page, as they are in the DOM). */
export function pageOutline(doc: Document): OutlineEntry[] {
	const entries: OutlineEntry[] = [];
	// One scan of the document covers the body-level overlay containers too: they are children of <body>.
	for (const el of scanPage(doc, VOCABULARY.outlined)) {
		if (inDataRow(el) || isHidden(el)) continue;
		// Nested clickables (`<a role=button><span role=button>`) are one control.
		if (el.parentElement?.closest(VOCABULARY.outlineClickable) && el.matches(VOCABULARY.outlineClickable)) continue;
		// An empty role attribute is none (`||`): the element is named by what it is.
		const role = el.getAttribute('role') || controlRole(el) || el.tagName.toLowerCase();
		// The first name that says something; the first is the element's own text (element-text.ts).
		const name =
			controlNames(el)
				.map(cleanText)
				.find((text) => text !== '') ?? '';
		const level = Number(el.getAttribute('aria-level') ?? el.tagName.slice(1));
		entries.push({role, name, disabled: isDisabled(el), ...(level > 0 ? {level} : {})});
	}
	return entries;
}

/**
 * What the page shows about people, to be masked wherever it appears: every table cell (rows of any table, also
 * div-based), every field value, and the person the page shows. Read only here, never written anywhere.
 */
export function personalValues(doc: Document): string[] {
	const values: string[] = [];
	for (const cell of doc.querySelectorAll(VOCABULARY.personalCell)) {
		values.push(cleanText(elementText(cell)));
	}
	for (const field of doc.querySelectorAll(VOCABULARY.valueField)) {
		const value = (field as HTMLInputElement).value;
		if (typeof value === 'string') values.push(cleanText(value));
	}
	const shown = readShownUser(doc);
	if (shown) values.push(shown.firstName, shown.lastName, shown.email, shown.userId);
	return values.filter((value) => value !== '');
}
