import type {Rect, Viewport} from '../overlay/view';

/** The element's box in document coordinates (the overlay root sits at the document's origin). */
export function documentRect(element: Element): Rect {
	const box = element.getBoundingClientRect();
	const view = element.ownerDocument.defaultView;
	return {
		top: box.top + (view?.scrollY ?? 0),
		left: box.left + (view?.scrollX ?? 0),
		width: box.width,
		height: box.height,
	};
}

/** Brings the target into view (centred, clear of a sticky header or footer) only if it is not already visible. */
export function revealIfHidden(element: Element): void {
	const box = element.getBoundingClientRect();
	const view = element.ownerDocument.defaultView;
	if (!view) return;
	const visible = box.bottom > 0 && box.top < view.innerHeight && box.right > 0 && box.left < view.innerWidth;
	if (visible) return;
	const calm = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
	element.scrollIntoView({block: 'center', inline: 'nearest', behavior: calm ? 'auto' : 'smooth'});
}

/** The visible part of the page and how far it is scrolled, for placing the panel. */
export function viewportOf(doc: Document): Viewport {
	return {
		width: doc.documentElement.clientWidth,
		height: doc.documentElement.clientHeight,
		scrollX: doc.defaultView?.scrollX ?? 0,
		scrollY: doc.defaultView?.scrollY ?? 0,
	};
}
