import type {Lang} from '../shared/lang';
import type {ControlRole, LabelKey} from '../shared/target';
import {isModal, openDialogs} from './dialogs';
import {controlNames, elementText, fieldNames} from './element-text';
import {LABELS, VOCABULARY, entryKeys, entryKeysIn, type LabelVariants} from './label-table';
import {cleanText, matchKey} from './normalize-text';
import {scanPage} from './page-scan';
import {bodyOverlayContainers} from './regions';
import {isHidden} from './visibility';

/**
 * Controls by meaning: role + label in any of the four languages (shared/DESIGN.md, "Principles"). No CSS
 * classes of the portal; ARIA roles and native elements decide the role, the label decides which one.
 */
export type ControlQuery = {role: ControlRole; label: LabelKey};

/** The role family an element belongs to, from its explicit role, its tag and where it sits. */
export function controlRole(el: Element): ControlRole | undefined {
	const explicit = el.getAttribute('role');
	if (explicit === 'button' || explicit === 'link' || explicit === 'tab' || explicit === 'textbox') return explicit;
	if (explicit?.startsWith('menuitem') || explicit === 'option') return 'menuitem';
	// A textarea, a text-like input, an editable element (an explicit textbox role returned above).
	if (explicit === 'searchbox' || explicit === 'combobox' || el.matches(VOCABULARY.textField)) return 'textbox';
	const tag = el.tagName;
	if (tag !== 'BUTTON' && tag !== 'A' && tag !== 'INPUT') return undefined;
	if (el.closest(VOCABULARY.menu)) return 'menuitem';
	if (el.closest(VOCABULARY.tablist)) return 'tab';
	// As in ARIA: `<a href>` is a link; an `<a>` without href is a button in disguise (Angular's `<a (click)>`).
	if (tag === 'A') return el.hasAttribute('href') ? 'link' : 'button';
	return 'button';
}

// Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module needs no global `Node` (it also runs on DOMs
// that are not the global one: happy-dom windows in the benchmark, other frames).
const FOLLOWING = 4;

/** The text field a visible label belongs to: `for`, wrapping, else the next field after it in its group. */
function fieldOfLabel(label: Element): Element | undefined {
	// Without `for` nothing is found: no element has the empty id.
	const target = label.ownerDocument.getElementById(label.getAttribute('for') ?? '');
	if (target?.matches(VOCABULARY.textField)) return target;
	const inner = label.querySelector(VOCABULARY.textField);
	if (inner) return inner;
	let group = label.parentElement;
	for (let depth = 0; group && depth < 3; depth++, group = group.parentElement) {
		for (const field of group.querySelectorAll(VOCABULARY.textField)) {
			// Only a field after the label: the one before belongs to the previous label.
			if (label.compareDocumentPosition(field) & FOLLOWING) return field;
		}
	}
	return undefined;
}

function isElement(root: Document | Element): root is Element {
	return root.nodeType === 1;
}

/** A candidate and how well it fits: the requested role counts before the page language (0 is best, 3 worst). */
type Match = {el: Element; rank: number};

function rankOf(names: readonly string[], entry: LabelVariants, lang: Lang | undefined): number | undefined {
	const all = entryKeys(entry);
	let rank: number | undefined;
	for (const name of names) {
		const key = matchKey(name);
		if (key === '' || !all.has(key)) continue;
		if (!lang || entryKeysIn(entry, lang).has(key)) return 0;
		rank = 1;
	}
	return rank;
}

/** The roots to search: the root itself, and for an element root the body-level overlay containers too. */
function searchRoots(root: Document | Element): (Document | Element)[] {
	if (!isElement(root)) return [root];
	return [
		root,
		...bodyOverlayContainers(root.ownerDocument).filter(
			(container) => !container.contains(root) && !root.contains(container),
		),
	];
}

/**
 * Matches among `candidates` (elements already known to match the role's selector). Nested clickables
 * (`<a role=button><span role=button>`) yield the outermost one.
 */
function collectMatches(
	candidates: Iterable<Element>,
	query: ControlQuery,
	lang: Lang | undefined,
	seen: Set<Element>,
): Match[] {
	const entry = LABELS[query.label];
	const matches: Match[] = [];
	// Nothing to add without an element or a label match.
	const add = (el: Element | undefined, langRank: number | undefined): void => {
		if (!el || langRank === undefined || seen.has(el)) return;
		seen.add(el);
		matches.push({el, rank: (controlRole(el) === query.role ? 0 : 2) + langRank});
	};
	for (const el of candidates) {
		if (query.role === 'textbox') {
			if (el.matches(VOCABULARY.textField)) {
				add(el, rankOf(fieldNames(el), entry, lang));
			} else {
				const rank = rankOf([elementText(el)], entry, lang);
				if (rank !== undefined) add(fieldOfLabel(el), rank);
			}
		} else {
			const rank = rankOf(controlNames(el), entry, lang);
			if (rank !== undefined && !el.parentElement?.closest(VOCABULARY.clickable)) add(el, rank);
		}
	}
	return matches;
}

/**
 * Visible matches, best first. While a dialog is open, the matches in front of the page (inside a dialog or a
 * body-level overlay such as a menu opened from it) come first: a modal dialog allows nothing else, since the page
 * behind it cannot be clicked. A non-modal one (Angular Material's, `aria-modal="false"`, which hides the page
 * behind only once its opening animation is over) keeps the page's matches when nothing in front matches.
 */
function rank(matches: Match[], doc: Document): Element[] {
	let visible = matches.filter((match) => !isHidden(match.el));
	if (visible.length === 0) return [];
	const dialogs = openDialogs(doc);
	if (dialogs.length > 0) {
		const layers = [...dialogs, ...bodyOverlayContainers(doc)];
		const inFront = visible.filter((match) => layers.some((layer) => layer.contains(match.el)));
		if (inFront.length > 0 || dialogs.some(isModal)) visible = inFront;
	}
	return (
		visible
			// A stable sort: equal ranks stay in document order.
			.sort((a, b) => a.rank - b.rank)
			.map((match) => match.el)
	);
}

/**
 * Every visible control matching the query, best first: the requested role before other clickables (a guide
 * may say "button" for what the portal renders as a menu link), the page language before other languages, then
 * document order. While a dialog is open, controls inside it (or in body-level menus opened from it) come
 * before the page behind it; while a modal one is open only they count. Controls outside table bodies are searched
 * first; the rows only when nothing outside matches.
 */
export function findControls(root: Document | Element, query: ControlQuery, lang?: Lang): Element[] {
	const doc = isElement(root) ? root.ownerDocument : root;
	// The elements a query looks at: clickables, or text fields and the labels that name them.
	const selector = query.role === 'textbox' ? VOCABULARY.fieldOrLabel : VOCABULARY.clickable;
	const roots = searchRoots(root);
	const seen = new Set<Element>();
	// First the page without its table bodies: cheap, and where nearly every control is (page-scan.ts).
	const outside = roots.flatMap((scope) => scanPage(scope, selector));
	const found = rank(collectMatches(outside, query, lang, seen), doc);
	if (found.length > 0) return found;
	// Then the table bodies (a menu opened inside a row), paid only when nothing outside matched.
	const inRows = roots.flatMap((scope) => rowCandidates(scope, selector));
	return rank(collectMatches(inRows, query, lang, seen), doc);
}

// Up to this many rows a table body is searched in full; beyond, only what is open in it (test/bench: a full
// search of a 10,000-row list with a menu per row reads 50,000 buttons, ~100 ms in Chromium).
const FULL_SCAN_ROWS = 200;

/**
 * The candidates inside table bodies: all of a small body; of a big one only the open parts — a drop-down shown
 * (Bootstrap's `show` state class, which is its meaning) or what an expanded toggle controls (`aria-expanded` +
 * `aria-controls`). Closed menus are hidden anyway, so nothing visible is lost.
 */
function rowCandidates(scope: Document | Element, selector: string): Element[] {
	const found: Element[] = [];
	const doc = isElement(scope) ? scope.ownerDocument : scope;
	const bodies = isElement(scope) && scope.tagName === 'TR' ? [scope] : scope.getElementsByTagName('tbody');
	for (const body of bodies) {
		if (body.childElementCount <= FULL_SCAN_ROWS) {
			found.push(...body.querySelectorAll(selector));
			continue;
		}
		const open = new Set<Element>(body.getElementsByClassName('show'));
		for (const toggle of body.querySelectorAll(VOCABULARY.expandedToggle)) {
			const controlled = doc.getElementById(toggle.getAttribute('aria-controls') ?? '');
			if (controlled) open.add(controlled);
		}
		for (const region of open) {
			if (region.matches(selector)) found.push(region);
			found.push(...region.querySelectorAll(selector));
		}
	}
	return found;
}

/**
 * The visible control with this role and label, tolerant of whitespace, nbsp, case, icons, text split across
 * child elements, anchors used as buttons and menus rendered in body-level overlay containers. Hidden elements
 * and our own overlay are ignored. Disabled controls are returned (check `isDisabled` before marking them).
 */
export function findControl(root: Document | Element, query: ControlQuery, lang?: Lang): Element | undefined {
	return findControls(root, query, lang)[0];
}

/** The visible text of a control, cleaned, for messages such as "look for *Weiter*". */
export function controlText(el: Element): string {
	return cleanText(elementText(el)) || cleanText(el.getAttribute('aria-label'));
}
