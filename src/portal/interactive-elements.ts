// Selector lists of what users act on, shared by the locator, learned targets and the diagnostics outline.

/** Elements a user clicks, by tag or ARIA role (buttons, links, menu items, tabs); a selector list, order-free. */
export const CLICKABLE: readonly string[] = [
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
export const TEXT_FIELDS: readonly string[] = [
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
