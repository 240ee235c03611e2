/** What became of a text offered for a field: put in, or waiting for the user to agree to replace theirs. */
export type Offered = 'filled' | 'needs-confirm';

/**
 * Puts text into a portal field the way typing would, so Angular's forms notice it and enable their buttons: the
 * value, then real `input` and `change` events. A content script runs in its own isolated world: a framework that
 * shadows `value` on the element or its prototype does so in the page's world, so this assignment always reaches
 * the native setter, as typing does.
 * Used only when the user picks a justification template (shared/DESIGN.md, "Guide, don't automate").
 */
export function fillField(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
	field.value = text;
	field.dispatchEvent(new Event('input', {bubbles: true}));
	field.dispatchEvent(new Event('change', {bubbles: true}));
	field.focus({preventScroll: true});
}

export function isTextField(element: Element | undefined): element is HTMLInputElement | HTMLTextAreaElement {
	return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

/**
 * A template offered for the step's field: filled at once, unless the user typed other text there and did not
 * say to replace it. Anything that is not a text field is left alone (the step moved on meanwhile).
 */
export function offerText(field: Element | undefined, text: string, replace: boolean): Offered {
	if (!isTextField(field)) return 'filled';
	if (field.value.trim() !== '' && field.value !== text && !replace) return 'needs-confirm';
	fillField(field, text);
	return 'filled';
}
