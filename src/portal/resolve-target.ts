import type {Lang} from '../shared/lang';
import type {Target, TargetContext} from '../shared/target';
import {findBusinessRoleList, findGrantedTable} from './business-roles';
import {isIconElement} from './element-text';
import {findUnitTable, findUserRow, findUserTable} from './known-tables';
import {LABEL_GROUPS, VOCABULARY, labelIn, pattern} from './label-table';
import {findControl} from './locate';
import {scanPage} from './page-scan';
import {isPortalUrl} from './portal-url';
import {outermost} from './outermost';
import {mainRegion} from './regions';
import {cellAt, rowCells} from './tables';
import {ifShown, isHidden} from './visibility';

/**
 * Turns a guide's target (src/shared/target.ts) into an element of the current page, or undefined when the page
 * does not show it (yet). The engine calls this again after every `watchPortal` burst; nothing here waits.
 */

export type IconAction = 'edit' | 'info' | 'menu-toggle';

/** The pattern of icon classes that show an action (vocabulary.ts: FA 4/5 and PrimeNG names). */
const icon = (action: IconAction): RegExp => pattern(`icon-${action}`);

/** What an icon-only button shows itself to be, by ARIA, icon, or accessible name; undefined if it does not say. */
function actionOf(button: Element): IconAction | undefined {
	const popup = button.getAttribute('aria-haspopup');
	if ((popup && popup !== 'false') || button.hasAttribute('aria-expanded')) return 'menu-toggle';
	const own = button.getAttribute('class') ?? '';
	if (icon('menu-toggle').test(own)) return 'menu-toggle';
	for (const part of [button, ...button.querySelectorAll('*')]) {
		if (part !== button && !isIconElement(part)) continue;
		const classes = part.getAttribute('class') ?? '';
		for (const action of ['edit', 'info', 'menu-toggle'] as const) {
			if (icon(action).test(classes)) return action;
		}
	}
	const names = LABEL_GROUPS.iconActions;
	return labelIn(button.getAttribute('aria-label'), names) ?? labelIn(button.getAttribute('title'), names);
}

/**
 * Picks the icon-only button for `action` among a group: by what each button says it is, then by position
 * (pencil/info = the first button, arrow = the last one) when the buttons say nothing. A first button that
 * clearly is the other icon (info where a pencil is wanted) does not count: the row has no such action.
 */
function pickAction(buttons: readonly Element[], action: IconAction): Element | undefined {
	const kinds = buttons.map(actionOf);
	const direct = buttons.find((_, index) => kinds[index] === action);
	if (direct) return direct;
	// A lone button is never taken for the arrow.
	if (action === 'menu-toggle' && buttons.length < 2) return undefined;
	const position = action === 'menu-toggle' ? buttons.length - 1 : 0;
	return kinds[position] === undefined ? buttons[position] : undefined;
}

/**
 * The pencil, info or arrow button of a user-list row you already hold (a row of `findUserTable(doc).rows()`):
 * saves searching the list for the row again.
 */
export function findRowAction(doc: Document, row: Element, action: IconAction): Element | undefined {
	// The actions cell: the "Aktionen" column, else the last cell; its buttons outermost only, in order.
	const cell = cellAt(row, findUserTable(doc)?.columns.actions) ?? rowCells(row).at(-1);
	return ifShown(cell && pickAction(outermost(cell.querySelectorAll(VOCABULARY.buttons)), action));
}

/**
 * The arrow of the profile box on the permissions page: a menu toggle in the main content that is not in a table
 * row, a tab list or the navigation, inside a box that shows the profile's numeric id (PAGES.md §6: "_User /
 * 1598252"). With several profiles, the first one.
 */
function findProfileMenuToggle(doc: Document): Element | undefined {
	const region = mainRegion(doc);
	if (!region) return undefined;
	let best: {button: Element; rank: number} | undefined;
	for (const button of scanPage(region, VOCABULARY.buttons)) {
		if (button.closest(VOCABULARY.notProfileBox)) continue;
		if (actionOf(button) !== 'menu-toggle' || isHidden(button)) continue;
		// Walk up to the box: the first ancestor whose text carries the profile id (5+ digits).
		let box = button.parentElement;
		for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
			if (!/\d{5,}/.test(box.textContent)) continue;
			// A real menu toggle says it opens a popup; the column layout's collapse handle only says it is expanded
			// (Oblique 15 gives it aria-expanded) and sits right in the column that holds the profile box.
			const rank = menuToggleRank(button);
			if (!best || rank < best.rank) best = {button, rank};
			break;
		}
	}
	return best?.button;
}

function menuToggleRank(button: Element): number {
	const popup = button.getAttribute('aria-haspopup');
	if (popup && popup !== 'false') return 0;
	return icon('menu-toggle').test(button.getAttribute('class') ?? '') || button.querySelector(VOCABULARY.arrowIcon)
		? 1
		: 2;
}

/**
 * The element a target designates on this page, or undefined (not on this page, not rendered yet, hidden, or
 * not a portal page at all). `control` targets are searched in the page language first (`lang`), then in the
 * others.
 */
export function resolveTarget(doc: Document, target: Target, ctx: TargetContext, lang?: Lang): Element | undefined {
	// Outside the admin app nothing is a target, even where a page shares a word ("Schliessen" on CH-LOGIN).
	if (!isPortalUrl(doc.URL)) return undefined;
	switch (target.kind) {
		case 'control': {
			// A row menu's item: its menu is in the person's row or in a body-level container, which a search from
			// the row covers; never the other 9,999 rows. The target is the query (its role and label).
			const row = target.role === 'menuitem' ? findUserRow(doc, ctx.extId) : undefined;
			return findControl(row ?? doc, target, lang);
		}
		case 'table':
			return ifShown((target.table === 'units' ? findUnitTable(doc) : findUserTable(doc))?.element);
		case 'user-row':
			// The ExtID comes from the guide's context (the person it was started for); without it there is no row.
			return ifShown(findUserRow(doc, ctx.extId));
		case 'row-action': {
			const row = findUserRow(doc, ctx.extId);
			return row && findRowAction(doc, row, target.action);
		}
		case 'profile-menu-toggle': {
			return findProfileMenuToggle(doc);
		}
		case 'role-list':
			return findBusinessRoleList(doc);
		case 'granted-roles':
			return ifShown(findGrantedTable(doc)?.element);
	}
}
