/**
 * Text folding for matching portal labels. The portal renders the same label with different whitespace
 * (`&nbsp;`, line breaks inside narrow buttons), apostrophes (`'` vs `’`, shared/portal/labels.json notes both),
 * trailing colons/periods (`Nachname:`, `… via e-mail.`) and icons in front of the text
 * (shared/portal/OBLIQUE-DOM.md §4). Everything here is pure and allocation-light: it runs on every candidate
 * control of a 10,000-row page.
 */

// Zero-width and soft-hyphen characters, plus the Unicode private-use area where icon fonts put their glyphs.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\uE000-\uF8FF]/g;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2014\u2212]/g;
const COMBINING_MARKS = /[\u0300-\u036F]/g;
const WHITESPACE = /\s+/g;
// Decoration around a label that does not change its meaning: mandatory `*`, trailing `:` / `.` / `…`.
const TRAILING_DECORATION = /[\s.:*…]+$/;
const LEADING_DECORATION = /^[\s*]+/;
// Text that needs more than trimming: invisible characters, runs of whitespace, whitespace other than a space.
const NEEDS_CLEANING = /[\u00AD\u200B-\u200D\u2060\uFEFF\uE000-\uF8FF]|\s\s|[^\S ]/;

/** Whitespace-normalised text, case and accents kept: for reading data (names, e-mails, ids) off the page. */
export function cleanText(text: string | null | undefined): string {
	if (!text) return '';
	const trimmed = text.trim();
	// Most cells are already clean: one test instead of two replacements (10,000 rows × 6 cells).
	if (!NEEDS_CLEANING.test(trimmed)) return trimmed;
	return trimmed.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

/**
 * Folded text for comparing labels: compatibility-normalised (nbsp → space), accents and case removed,
 * typographic apostrophes and dashes unified, decoration trimmed. `fold(' Mehr&nbsp;anzeigen ')` ===
 * `fold('mehr anzeigen')`.
 */
export function foldText(text: string | null | undefined): string {
	if (!text) return '';
	return text
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.replace(INVISIBLE, '')
		.replace(APOSTROPHES, "'")
		.replace(DASHES, '-')
		.replace(WHITESPACE, ' ')
		.replace(TRAILING_DECORATION, '')
		.replace(LEADING_DECORATION, '')
		.toLowerCase();
}

// Pages repeat the same texts thousands of times (a status word per row, a menu per row); folding each once
// saves most of the work on a 10,000-row list.
const MEMO_LIMIT = 4096;
const keyMemo = new Map<string, string>();

/**
 * The key two label texts are compared by: folded and without any spaces. Text split across elements can lose
 * its spaces (`<span>Neuen</span><span>Benutzer</span>`) or gain some (block children, wrapped buttons);
 * none of the portal's labels differ only by spacing, so ignoring spaces costs no precision.
 */
export function matchKey(text: string | null | undefined): string {
	if (!text) return '';
	let key = keyMemo.get(text);
	if (key === undefined) {
		key = foldText(text).replace(WHITESPACE, '');
		// Bounded: a page repeats a few hundred distinct texts (labels, status words); data must not pile up.
		if (keyMemo.size >= MEMO_LIMIT) keyMemo.clear();
		keyMemo.set(text, key);
	}
	return key;
}

// Icon elements: `<i>` (Font Awesome, Material ligatures), svg, Material/Oblique icon components.
const ICON_TAGS = new Set(['I', 'SVG', 'svg', 'MAT-ICON', 'OB-ICON']);
// Elements whose content is never a label: code, and the option lists of form controls in table headers.
const NON_LABEL_TAGS = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'DATALIST', 'TEXTAREA']);
// Icon classes are the meaning here (an icon), not a layout hook: fa, fas, fa-pencil, pi, pi-chevron-down, …
const ICON_CLASS = /(?:^|\s)(?:fa[srbld]?|fa-[\w-]+|pi|pi-[\w-]+|glyphicon|material-icons[\w-]*|ob-icon)(?:\s|$)/;

/** True for an icon element: `<span class="fa fa-pencil">`, `<i>`, `<svg>`, `<mat-icon>`. */
export function isIconElement(el: Element): boolean {
	if (ICON_TAGS.has(el.tagName)) return true;
	const className = el.getAttribute('class');
	return className !== null && ICON_CLASS.test(className);
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
	const labelledBy = el.getAttribute('aria-labelledby');
	if (labelledBy) {
		const doc = el.ownerDocument;
		for (const id of labelledBy.split(/\s+/)) {
			const label = id ? doc.getElementById(id) : null;
			if (label) names.push(elementText(label));
		}
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
