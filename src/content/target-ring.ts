import type {Rect} from '../overlay/view';

/** The ring's distance from the target's box, in CSS px. */
const RING_PAD = 4;

/**
 * The ring around the marked element, drawn by the content script in the frame that marks it (the background's
 * tree comes a frame later, which on a 10,000-row page is tens of milliseconds). In document coordinates, so the
 * compositor moves it with the page for free (PERFORMANCE.md), first in the shadow root so the overlay's tree lies
 * above it; `pointer-events: none` (overlay.css): the control underneath stays fully clickable. Returns the
 * function that draws it around a box, or takes it away (`undefined`); it writes only what changed.
 */
export function targetRing(root: ShadowRoot): (target: Rect | undefined) => void {
	const ring = root.ownerDocument.createElement('div');
	ring.className = 'spotlight';
	ring.setAttribute('aria-hidden', 'true');
	const style = ring.style as unknown as Record<string, string>;
	return (target) => {
		if (!target) return ring.remove();
		if (!ring.isConnected) root.prepend(ring);
		const box = {
			top: target.top - RING_PAD,
			left: target.left - RING_PAD,
			width: target.width + RING_PAD * 2,
			height: target.height + RING_PAD * 2,
		};
		for (const [side, value] of Object.entries(box)) if (style[side] !== `${value}px`) style[side] = `${value}px`;
	};
}
