import {pattern} from './label-table';

/**
 * The text of portal elements as a user reads it: icons in front of a label ignored (shared/portal/OBLIQUE-DOM.md
 * §4), text split across child elements joined, and every name a control can be known by. Raw: normalize-text.ts
 * folds it for comparing.
 */

// Icon elements: `<i>` (Font Awesome, Material ligatures), svg, Material/Oblique icon components.
const ICON_TAGS = new Set(['I', 'SVG', 'svg', 'MAT-ICON', 'OB-ICON']);
// Elements whose content is never a label: code, and the option lists of form controls in table headers.
const NON_LABEL_TAGS = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'DATALIST', 'TEXTAREA']);

/**
 * True for an icon element: `<span class="fa fa-pencil">` (icon classes: fa, fas, fa-pencil, pi, pi-chevron-down, …;
 * vocabulary.ts), `<i>`, `<svg>`, `<mat-icon>`.
 */
export function isIconElement(el: Element): boolean {
	return ICON_TAGS.has(el.tagName) || pattern('iconClass').test(el.getAttribute('class') ?? '');
}

function shouldSkip(el: Element): boolean {
	// Decorative parts (Oblique's `span.ob-toggle`, icon spans) are aria-hidden; their text is never the label.
	return NON_LABEL_TAGS.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || isIconElement(el);
}

function collectText(node: Node, parts: string[]): void {
	for (let child = node.firstChild; child; child = child.nextSibling) {
		if (child.nodeType === 3) {
			parts.push((child as Text).data);
		} else if (child.nodeType === 1) {
			const el = child as Element;
			if (el.tagName === 'BR') parts.push(' ');
			else if (!shouldSkip(el)) collectText(el, parts);
		}
	}
}

/**
 * The visible text of an element, ignoring icon glyphs and the contents of selects/textareas, joined across
 * child elements. Raw (not folded): callers fold or clean it as they need.
 */
export function elementText(el: Element): string {
	// Fast path: most cells and buttons are a single text node.
	const only = el.firstChild;
	if (only && only === el.lastChild && only.nodeType === 3) return (only as Text).data;
	const parts: string[] = [];
	collectText(el, parts);
	return parts.join('');
}

/**
 * Every name a control can be known by: its visible text (icons ignored), `aria-label`, the text of
 * `aria-labelledby`, `title`, and the value of `<input type=button|submit>`. Icon-only buttons are found by the
 * latter when the portal provides them.
 */
export function controlNames(el: Element): string[] {
	const names = [elementText(el)];
	const ariaLabel = el.getAttribute('aria-label');
	if (ariaLabel) names.push(ariaLabel);
	// An empty id (leading or trailing spaces) finds no element.
	for (const id of el.getAttribute('aria-labelledby')?.split(/\s+/) ?? []) {
		const label = el.ownerDocument.getElementById(id);
		if (label) names.push(elementText(label));
	}
	const title = el.getAttribute('title');
	if (title) names.push(title);
	// The value names only button-like inputs; in a text field it is what the user typed.
	if (el.tagName === 'INPUT' && /^(?:button|submit|reset)$/i.test(el.getAttribute('type') ?? '')) {
		const value = (el as HTMLInputElement).value;
		if (value) names.push(value);
	}
	return names;
}

/**
 * The names a field is known by: aria-label, labelledby, title, its `<label>`s, its placeholder — never its own
 * text, which is its value.
 */
export function fieldNames(el: Element): string[] {
	const names = controlNames(el).slice(1);
	const labels = (el as Partial<HTMLInputElement>).labels;
	// `labels` is null for hidden inputs and missing on contenteditable elements.
	if (labels) for (const label of labels) names.push(elementText(label));
	const placeholder = el.getAttribute('placeholder');
	if (placeholder) names.push(placeholder);
	return names;
}
