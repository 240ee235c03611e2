/**
 * True if the control cannot be used right now: `disabled` (also through a disabled fieldset) or
 * `aria-disabled="true"` (anchors styled as buttons cannot be disabled natively). The engine marks a button only
 * once it is enabled (shared/DESIGN.md, testing contract) and watches these attributes with `watchAttributes`.
 */
export function isDisabled(el: Element): boolean {
	if (el.getAttribute('aria-disabled') === 'true' || el.hasAttribute('disabled')) return true;
	// A disabled fieldset disables its controls (spelled out: not every DOM implements :disabled for it).
	return el.closest('fieldset[disabled]') !== null && !el.matches('a, [role="button"]');
}
