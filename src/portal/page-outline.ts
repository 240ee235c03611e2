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

export type OutlineEntry = {role: string; name: string; disabled: boolean; level?: number};

function outlineRole(el: Element): string {
	const explicit = el.getAttribute('role');
	if (explicit) return explicit.startsWith('menuitem') ? 'menuitem' : explicit;
	const tag = el.tagName.toLowerCase();
	if (/^h[1-6]$/.test(tag)) return 'heading';
	if (tag === 'th') return 'columnheader';
	if (tag === 'label' || tag === 'legend') return 'label';
	return controlRole(el) ?? tag;
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
		const role = outlineRole(el);
		const name = cleanText(
			controlNames(el)
				.map(cleanText)
				.find((text) => text !== '') ?? elementText(el),
		);
		const level = role === 'heading' ? Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)) : undefined;
		entries.push({role, name, disabled: isDisabled(el), ...(level && level > 0 ? {level} : {})});
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
