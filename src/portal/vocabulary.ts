/**
 * The portal's markup vocabulary: selector lists that say what an element *means* (a button, a text field, a
 * dialog, a menu rendered at the end of `<body>`, a success toast), by ARIA role and native element first and by a
 * framework's element or class name only where that name is the meaning (`ngb-modal-window`, `.dropdown-menu`,
 * `.p-toast-message-success`). Like labels.ts this is data for the background, the tests and the benchmark: the
 * content script does not carry it (issue #14, size); the background sends it with the labels (`bg:page-labels`)
 * and the page's modules read it from label-table.ts (`VOCABULARY`) when they search, never when they load.
 */

/** Elements a user clicks, by tag or ARIA role (buttons, links, menu items, tabs). */
const CLICKABLE = [
	'button',
	'a',
	'[role="button"]',
	'[role="link"]',
	'[role="menuitem"]',
	'[role="menuitemradio"]',
	'[role="menuitemcheckbox"]',
	'[role="tab"]',
];

/** Fields a user types text into (a textarea, a text-like input, an ARIA textbox, an editable element). */
const TEXT_FIELDS = [
	'textarea',
	'input:not([type])',
	'input[type="text"]',
	'input[type="email"]',
	'input[type="tel"]',
	'input[type="search"]',
	'[role="textbox"]',
	'[contenteditable="true"]',
	'[contenteditable=""]',
];

// Elements that may carry a visible field label not tied to its field by `for`/`aria-labelledby`
// (the overview's bold "Begründung …" above the textarea).
const LABEL_LIKE = 'label, legend, strong, b, dt, p, h2, h3, h4, h5, h6';

const list = (...parts: string[]): string => parts.join(', ');

// The user list's count of its users (result-count.ts): DE «4 von 4 Resultat(e)», FR «4 de 4 Résultat(s)», IT «4 di
// 4 Risultati», EN (proposed) «4 of 4 result(s)», or only «4 Resultat(e)». Swiss thousands separators (1’000, 1'000,
// 1 000) are part of the number.
const NUMBER = String.raw`(\d{1,3}(?:[’'\u00A0\u202F ]\d{3})+|\d+)`;
const OF = String.raw`(?:von|de|di|of|sur|su)`;
const RESULTS = String.raw`(?:resultat\(e\)|resultate|resultat|r[ée]sultat\(s\)|r[ée]sultats?|risultat[io](?:\(i\))?|results?|result\(s\))`;

export const VOCABULARY = {
	// --- locate.ts: controls by role and label
	/**
	 * Everything a user can click. Anchors without href are included on purpose: Angular apps use `<a (click)>` and
	 * `<a role="button">` as buttons.
	 */
	clickable: list(
		...CLICKABLE,
		'input[type="button"]',
		'input[type="submit"]',
		'input[type="reset"]',
		'[role="option"]',
	),
	textField: list(...TEXT_FIELDS),
	/** What a text-field query looks at: the fields and the elements that may label them. */
	fieldOrLabel: list(...TEXT_FIELDS, LABEL_LIKE),
	labelLike: LABEL_LIKE,
	/** Menus: ARIA menus, Bootstrap drop-downs, Oblique's navigation sub-menu (the class is the meaning: a menu). */
	menu: '[role="menu"], [role="menubar"], [role="listbox"], .dropdown-menu, .ob-sub-menu, .sub-menu',
	tablist: '[role="tablist"], .nav-tabs',
	/** What an expanded toggle opened inside a big table body (its `aria-controls` names it). */
	expandedToggle: '[aria-expanded="true"][aria-controls]',

	// --- resolve-target.ts: icon-only buttons of rows and the profile box. Patterns (sources of regular
	// expressions, label-table.ts `pattern`): icons are how these buttons show their meaning (OBLIQUE-DOM.md §4,
	// §5): Font Awesome 4/5 and PrimeNG names.
	'icon-edit': /(?:^|\s)(?:fa-pencil[\w-]*|fa-pen[\w-]*|fa-edit|pi-pencil|pi-pen-to-square)(?:\s|$)/.source,
	'icon-info': /(?:^|\s)(?:fa-info[\w-]*|pi-info[\w-]*|fa-eye|pi-eye)(?:\s|$)/.source,
	'icon-menu-toggle':
		/(?:^|\s)(?:fa-(?:chevron|angle|caret)-(?:down|up)|pi-(?:chevron|angle|caret)-(?:down|up)|dropdown-toggle|fa-ellipsis[\w-]*|pi-ellipsis[\w-]*)(?:\s|$)/
			.source,
	buttons: 'button, a, [role="button"]',
	/** Where a profile box's arrow never is: rows, tab lists, navigation, header, menus. */
	notProfileBox: 'tr, [role="row"], [role="tablist"], nav, header, [role="menu"]',
	arrowIcon: '[class*="chevron"], [class*="angle"], [class*="caret"]',

	// --- learned-control.ts: what teach mode learns
	/** What the user can click or type into. Table rows are not taught: the guide finds its person's row itself. */
	interactive: list(
		...CLICKABLE,
		...TEXT_FIELDS,
		'input:not([type="hidden"])',
		'select',
		'[role="option"]',
		'[role="checkbox"]',
		'[role="radio"]',
		'[role="combobox"]',
	),
	/** A field, whose own text is its value, never its name. */
	field: 'input, textarea, select, [role="textbox"], [contenteditable="true"]',
	row: 'tr, [role="row"]',
	cell: 'td, [role="cell"], [role="gridcell"]',
	heading: 'h1, h2, h3, h4, [role="heading"]',
	dialog: 'dialog, [role="dialog"], [role="alertdialog"]',
	/** A row's drop-down menu (its items are found by name, not by place); the class is Bootstrap's "a menu". */
	rowMenu: '[role="menu"], [role="listbox"], .dropdown-menu',
	main: 'main, [role="main"]',

	// --- element-text.ts: icon classes are the meaning here (an icon), not a layout hook (a pattern).
	iconClass: /(?:^|\s)(?:fa[srbld]?|fa-[\w-]+|pi|pi-[\w-]+|glyphicon|material-icons[\w-]*|ob-icon)(?:\s|$)/.source,

	// --- row-selection.ts: what says a row is selected, by meaning (a highlight class alone is a hint, kept there)
	selectedMark: list(
		'[aria-selected="true"]',
		'[role="radio"][aria-checked="true"]',
		'[role="checkbox"][aria-checked="true"]',
	),

	// --- read-data.ts: bold field labels of the completed page's card («Nachname: Muster»)
	cardLabel: 'strong, b, label, dt, span',

	// --- pages.ts
	pageTitle: 'h1, [role="heading"][aria-level="1"]',
	permissionsMarker: '[role="tab"], a, button',
	fieldLabel: 'strong, b, label, dt, th, span',

	// --- dialogs.ts (shared/portal/OBLIQUE-DOM.md §10: ng-bootstrap `ngb-modal-window[role=dialog]`)
	/**
	 * Modal dialogs: ARIA roles first; the framework's element/class names are a fallback for versions that omit
	 * them — here they are the meaning ("this is a modal"), not a layout hook.
	 */
	openDialog:
		'[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"], ngb-modal-window, .modal.show',
	/** The words of a dialog that say which form it is: its title, field labels, buttons. */
	dialogWords: 'h1, h2, h3, h4, h5, h6, label, legend, button, [role="button"]',
	textInput: 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], textarea',

	// --- alerts.ts (shared/portal/OBLIQUE-DOM.md §7)
	/**
	 * Success confirmations: Oblique alerts (`ob-alert type="success"` → `.ob-alert-success`), Bootstrap 4 alerts,
	 * toasts (ng-bootstrap, PrimeNG), and live regions (`role=alert|status`) that do not say they are something else.
	 */
	success: list(
		'.ob-alert-success',
		'ob-alert[type="success"]',
		'.alert-success',
		'.toast',
		'ngb-toast',
		'.ui-toast-message-success',
		'.p-toast-message-success',
		'.ui-messages-success',
		'.p-message-success',
		'.ui-growl-message-success',
		'[role="alert"]',
		'[role="status"]',
	),

	/** A live region or toast that declares another kind (`ob-alert-info`, `alert-danger`, `type="error"`; a pattern). */
	otherKind: /(?:^|[\s-])(?:error|danger|warning|warn|info)(?:\s|$)/.source,
	successKind: /(?:^|[\s-])success(?:\s|$)/.source,

	// --- result-count.ts (patterns, case-insensitive): «X von Y Resultat(e)» and «X Resultat(e)»
	resultCountFull: String.raw`^${NUMBER}\s+${OF}\s+${NUMBER}\s+${RESULTS}$`,
	resultCountShort: String.raw`^${NUMBER}\s+${RESULTS}$`,

	// --- language.ts: where the portal's own words are (headings, table headers, tabs, navigation, form labels)
	evidence: 'h1, h2, h3, h4, th, [role="columnheader"], [role="tab"], nav a, nav button, label, legend',

	// --- regions.ts
	/**
	 * Containers the framework renders at the end of `<body>` instead of inside the row that opened them: Angular
	 * CDK overlays, Bootstrap drop-down menus appended to body (`container="body"`), ARIA menus and listboxes,
	 * PrimeNG menus/overlay panels, ng-bootstrap modal windows.
	 */
	overlayContainer: list(
		'.cdk-overlay-container',
		'.dropdown-menu',
		'[role="menu"]',
		'[role="listbox"]',
		'[role="dialog"]',
		'ngb-modal-window',
		'.ui-menu',
		'.p-menu',
		'.ui-tieredmenu',
		'.p-tieredmenu',
		'.ui-overlaypanel',
		'.p-overlaypanel',
	),

	// --- page-outline.ts: the diagnostics report's outline
	outlined: list(
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'[role="heading"]',
		...CLICKABLE,
		'th',
		'[role="columnheader"]',
		'label',
		'legend',
	),
	outlineClickable: list(...CLICKABLE),
	dataCell: '[role="cell"], [role="gridcell"]',
	personalCell: 'tbody td, tbody th, [role="cell"], [role="gridcell"]',
	valueField: 'input, textarea, select',

	// --- tables.ts
	table: 'table, [role="grid"], [role="treegrid"], [role="table"]',
	ariaCell:
		':scope > [role="cell"], :scope > [role="gridcell"], :scope > [role="columnheader"], :scope > [role="rowheader"]',
} as const;

/** The vocabulary as a portal page holds it (label-table.ts): every entry a selector list. */
export type Vocabulary = Readonly<Record<keyof typeof VOCABULARY, string>>;
