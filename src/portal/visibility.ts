/**
 * Whether a portal element can be seen and clicked. Locators check only their few candidates, never every row
 * (shared/PERFORMANCE.md): the attribute walk is cheap, the style check runs once per candidate.
 */

/** True if the element or an ancestor is hidden by attribute or inline style: `hidden`, `inert`, `aria-hidden`. */
function hiddenByAttribute(el: Element): boolean {
	for (let node: Element | null = el; node; node = node.parentElement) {
		// ng-bootstrap sets aria-hidden on everything behind an open modal: that content is not actionable either.
		if (node.hasAttribute('hidden') || node.hasAttribute('inert') || node.getAttribute('aria-hidden') === 'true') {
			return true;
		}
		const style = (node as Partial<HTMLElement>).style;
		// `style` is missing on non-HTML elements (svg parts); they have no inline display to check.
		if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
	}
	return false;
}

/** True if the user cannot see the element: detached, hidden by attribute, inline style or stylesheet. */
export function isHidden(el: Element): boolean {
	return (
		!el.isConnected ||
		hiddenByAttribute(el) ||
		// Stylesheets: display:none on it or an ancestor, visibility:hidden on it. Every browser we support has
		// `checkVisibility` (Chromium 105+, Firefox 106+). Both option names: `visibilityProperty` is the standard
		// one, Chromium < 121 knows `checkVisibilityCSS`.
		!el.checkVisibility({visibilityProperty: true, checkVisibilityCSS: true})
	);
}

/** The element if the user can see it, else undefined: what a locator returns. */
export function ifShown(el: Element | undefined): Element | undefined {
	return el && !isHidden(el) ? el : undefined;
}
