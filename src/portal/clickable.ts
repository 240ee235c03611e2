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
