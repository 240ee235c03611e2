import type {Rect} from './view';

export type Size = {width: number; height: number};
/** Where the panel goes (viewport coordinates) and, when it must shrink to stay clear of the target, how tall. */
export type Placement = {left: number; top: number; maxHeight?: number};

const GAP = 12;
/** Below this the panel would be too cramped to read; then it may overlap the target a little instead. */
const MIN_HEIGHT = 180;

function intersection(a: Rect, b: Rect, gap: number): number {
	const width = Math.min(a.left + a.width, b.left + b.width + gap) - Math.max(a.left, b.left - gap);
	const height = Math.min(a.top + a.height, b.top + b.height + gap) - Math.max(a.top, b.top - gap);
	return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Where the step panel goes so that it never covers the target (all in viewport coordinates). In order of
 * preference: right below the target, right above it, beside it, then the viewport's corners; if none is free it
 * shrinks (scrolls inside) into the larger free band above or below the target; only in a tiny window does it
 * take the place that covers the least. Pure: the caller measures, this decides (driver.js' idea, no DOM reads).
 */
export function placePanel(target: Rect | undefined, panel: Size, viewport: Size, margin = 16): Placement {
	const maxLeft = viewport.width - margin - panel.width;
	const maxTop = viewport.height - margin - panel.height;
	const bottomLeft: Placement = {left: margin, top: clamp(maxTop, margin, maxTop)};
	const corners: Placement[] = [
		bottomLeft,
		{left: clamp(maxLeft, margin, maxLeft), top: clamp(maxTop, margin, maxTop)},
		{left: clamp(maxLeft, margin, maxLeft), top: margin},
		{left: margin, top: margin},
	];
	if (!target) return bottomLeft;
	const alignedLeft = clamp(target.left, margin, maxLeft);
	const near: Placement[] = [
		{left: alignedLeft, top: target.top + target.height + GAP},
		{left: alignedLeft, top: target.top - GAP - panel.height},
		{left: target.left + target.width + GAP, top: clamp(target.top, margin, maxTop)},
		{left: target.left - GAP - panel.width, top: clamp(target.top, margin, maxTop)},
	];
	const fits = (place: Placement): boolean =>
		place.left >= margin && place.top >= margin && place.left <= maxLeft + 0.5 && place.top <= maxTop + 0.5;
	for (const place of [...near, ...corners]) {
		if (fits(place) && intersection({...place, ...panel}, target, 8) === 0) return place;
	}
	// Too tall for any free spot: shrink into the larger band above or below the target.
	const below = viewport.height - margin - (target.top + target.height + GAP);
	const above = target.top - GAP - margin;
	const band = Math.max(below, above);
	if (band >= MIN_HEIGHT) {
		const top = below >= above ? target.top + target.height + GAP : margin;
		return {left: alignedLeft, top, maxHeight: band};
	}
	let best = bottomLeft;
	let bestOverlap = Number.POSITIVE_INFINITY;
	for (const place of corners) {
		const overlap = intersection({...place, ...panel}, target, 8);
		if (overlap < bestOverlap) {
			best = place;
			bestOverlap = overlap;
		}
	}
	return best;
}
