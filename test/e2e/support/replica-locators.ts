import type {Locator, Page} from 'playwright-core';
import type {Lang} from '../../replica/src/i18n/lang';

// Finding the portal replicas' controls the way a user does (role and name), for specs and scripts that run on both
// replicas (support/replicas.ts). Where ARIA does not say what a user sees (which row is highlighted, an icon),
// both libraries' forms are named: PrimeNG's old `ui-` markup (classic replica) and its current `p-` markup (ng).

/** A table cell showing exactly `name` (PrimeNG's old grid has gridcells, its new table and Oblique's tables cells). */
export function cell(scope: Page | Locator, name: string): Locator {
	return scope.getByRole('gridcell', {name, exact: true}).or(scope.getByRole('cell', {name, exact: true}));
}

/** The rows of a page's tables that hold data (not the header or filter rows). */
export function dataRows(page: Page): Locator {
	return page.getByRole('row').filter({has: page.getByRole('gridcell').or(page.getByRole('cell'))});
}

export function userRow(page: Page, extId: string): Locator {
	return page.getByRole('row').filter({has: cell(page, extId)});
}

/** The split button's arrow in a row or profile box: the button that opens a menu. */
export function menuToggle(scope: Locator): Locator {
	return scope.locator('button[aria-haspopup]');
}

/** An item of an open action menu: a button (ng-bootstrap) or a menu item (PrimeNG). */
export function menuItem(page: Page, name: string): Locator {
	return page.getByRole('button', {name, exact: true}).or(page.getByRole('menuitem', {name, exact: true}));
}

/** The open action menu, wherever it renders. */
export function openMenu(page: Page): Locator {
	return page.locator('.dropdown-menu.show').or(page.getByRole('menu'));
}

/** Whether a table row shows as selected: ARIA, or the highlight class of PrimeNG's old or new theme. */
export async function isSelected(row: Locator): Promise<boolean> {
	const highlights = ['ui-state-highlight', 'p-highlight', 'p-datatable-row-selected', 'p-treetable-row-selected'];
	return row.evaluate(
		(element, classes) =>
			element.getAttribute('aria-selected') === 'true' ||
			classes.some((name) => element.classList.contains(name)),
		highlights,
	);
}

/** A Font Awesome (classic) or PrimeIcons (ng) icon in `scope`. */
export function icon(scope: Locator, name: 'pencil' | 'info-circle'): Locator {
	return scope.locator(`.fa-${name}, .pi-${name}`);
}

/** The portal header's language switch: buttons (classic) or Oblique's language select. */
export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
	const code = lang.toUpperCase();
	const switchButton = page.getByRole('button', {name: code, exact: true});
	if ((await switchButton.count()) > 0) {
		await switchButton.click();
		return;
	}
	await page.locator('ob-service-navigation-languages').getByRole('combobox').click();
	await page
		.getByRole('option')
		.filter({hasText: new RegExp(`^\\s*${code}\\s*$`)})
		.click();
}

/**
 * The paginator's button for page `number` (1-based). PrimeNG's old paginator has unnamed anchors without
 * `href` (no role), its new one named buttons: in both the page number is the control's visible text.
 */
export function paginatorPage(page: Page, number: number): Locator {
	const name = String(number);
	return page.getByRole('button', {name, exact: true}).or(page.locator('p-paginator').getByText(name, {exact: true}));
}
