/**
 * The elements of `elements` (in document order) that no other of them encloses: nested matches of one selector
 * (`<a role=button><span role=button>`, an alert inside a toast, ngb-modal-window around its dialog) are one thing,
 * and the outer element is it.
 */
export function outermost(elements: Iterable<Element>): Element[] {
	const found: Element[] = [];
	for (const el of elements) {
		// In document order an enclosing element comes first, so comparing with those kept suffices.
		if (!found.some((outer) => outer.contains(el))) found.push(el);
	}
	return found;
}
