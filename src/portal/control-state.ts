/**
 * True if the control cannot be used right now: `disabled` (also through a disabled fieldset) or
 * `aria-disabled="true"` (anchors styled as buttons cannot be disabled natively). The engine marks a button only
 * once it is enabled (shared/DESIGN.md, testing contract) and watches these attributes with `watchAttributes`.
 */
export function isDisabled(el: Element): boolean {
	if (el.getAttribute('aria-disabled') === 'true') return true;
	try {
		return el.matches(':disabled');
	} catch {
		return el.hasAttribute('disabled'); // engines without :disabled support (none we ship to); stay safe
	}
}
