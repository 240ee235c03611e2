export const TARGET_ATTRIBUTE = 'data-eiam-assist-target';

/**
 * Marks exactly one portal element with `data-eiam-assist-target="<guide>:<step>"` (testing contract). This
 * attribute is the only thing we ever write into the portal's DOM. Returns the function that removes it.
 */
export function markTarget(element: Element, value: string, unmarkPrevious: () => void): () => void {
	if (element.getAttribute(TARGET_ATTRIBUTE) !== value) {
		unmarkPrevious();
		// Another stale mark (e.g. from an extension instance replaced by an update) must not remain either.
		for (const stale of element.ownerDocument.querySelectorAll(`[${TARGET_ATTRIBUTE}]`))
			stale.removeAttribute(TARGET_ATTRIBUTE);
		element.setAttribute(TARGET_ATTRIBUTE, value);
	}
	return () => {
		element.removeAttribute(TARGET_ATTRIBUTE);
	};
}
