import {namesRole} from '../spiges/role-category';
import {controlNames} from './element-text';
import type {LabelGroups} from './label-groups';
import {LABEL_GROUPS, PAGE_LABELS, matchesLabel} from './label-table';
import {cleanText} from './normalize-text';
import {scanPage} from './page-scan';
import {mainRegion} from './regions';
import {cellAt, findDataTable, type DataTable} from './tables';
import {isHidden} from './visibility';

/*
 * The permissions page's business roles (shared/portal/PAGES.md §6): the single-select list of roles to grant and
 * the table of the permissions granted on the profile being edited. Found by meaning: the list is a listbox named
 * «Geschäftsrollen» (any language) or, when it has no name, the listbox whose options read as SpiGes roles; the table
 * is the one headed «Gewährt … Attribut».
 */

type GrantedColumn = keyof LabelGroups['grantedColumns'];

function options(list: Element): Element[] {
	return [...list.querySelectorAll('[role="option"]')];
}

function optionText(option: Element): string {
	return cleanText(option.getAttribute('aria-label') ?? option.textContent);
}

/** The business-role list: by its name first, else the listbox with the most options that are SpiGes roles. */
export function findBusinessRoleList(doc: Document): Element | undefined {
	const region = mainRegion(doc) ?? doc;
	let best: {list: Element; score: number} | undefined;
	for (const list of scanPage(region, '[role="listbox"]')) {
		if (isHidden(list)) continue;
		// Its name: aria-label or aria-labelledby (the label above it).
		const named = controlNames(list).some((name) => matchesLabel(name, PAGE_LABELS.businessRoles));
		const roles = options(list).filter((option) => namesRole(optionText(option))).length;
		const score = (named ? 1000 : 0) + roles;
		if (score > 0 && (!best || score > best.score)) best = {list, score};
	}
	return best?.list;
}

/** The role chosen in the list ('' while none is): the option marked selected. */
export function chosenRole(list: Element): string {
	const chosen = options(list).find((option) => option.getAttribute('aria-selected') === 'true');
	return chosen ? optionText(chosen) : '';
}

/** The granted-permissions table of the profile being edited (empty for a new profile). */
export function findGrantedTable(doc: Document): DataTable<GrantedColumn> | undefined {
	return findDataTable(mainRegion(doc) ?? doc, LABEL_GROUPS.grantedColumns, ['granted', 'attribute']);
}

/**
 * The business roles granted on the profile, as the table shows them («Über Geschäftsrolle KT_User»): the
 * «Gewährt» cell of each row, or the whole row when that cell names no role.
 */
export function readGrantedRoles(table: DataTable<GrantedColumn>): string[] {
	return table
		.rows()
		.map((row) => {
			const text = cleanText(cellAt(row, table.columns.granted)?.textContent);
			return namesRole(text) ? text : cleanText(row.textContent);
		})
		.filter((text) => text !== '');
}
