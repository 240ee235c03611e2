import type {Rect} from './view';

export type Size = {width: number; height: number};
export type Point = {left: number; top: number};

function intersection(a: Rect, b: Rect, gap: number): number {
	const width = Math.min(a.left + a.width, b.left + b.width + gap) - Math.max(a.left, b.left - gap);
	const height = Math.min(a.top + a.height, b.top + b.height + gap) - Math.max(a.top, b.top - gap);
	return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Where the step panel goes (viewport coordinates) so that it never covers the target: the bottom-left corner
 * if free, else another corner, else just below or above the target. When nothing is free (a huge target in a
 * small window) it takes the place that covers the least of it. Pure: the caller measures, this decides.
 */
export function placePanel(target: Rect | undefined, panel: Size, viewport: Size, margin = 16): Point {
	const right = Math.max(margin, viewport.width - margin - panel.width);
	const bottom = Math.max(margin, viewport.height - margin - panel.height);
	const corners: Point[] = [
		{left: margin, top: bottom},
		{left: right, top: bottom},
		{left: right, top: margin},
		{left: margin, top: margin},
	];
	if (!target) return corners[0] ?? {left: margin, top: margin};
	const clampTop = (top: number): number => Math.min(Math.max(top, margin), bottom);
	const beside: Point[] = [
		{left: margin, top: clampTop(target.top + target.height + 12)},
		{left: right, top: clampTop(target.top + target.height + 12)},
		{left: margin, top: clampTop(target.top - 12 - panel.height)},
		{left: right, top: clampTop(target.top - 12 - panel.height)},
	];
	let best = corners[0] ?? {left: margin, top: margin};
	let bestOverlap = Number.POSITIVE_INFINITY;
	for (const point of [...corners, ...beside]) {
		const overlap = intersection({...point, ...panel}, target, 8);
		if (overlap === 0) return point;
		if (overlap < bestOverlap) {
			best = point;
			bestOverlap = overlap;
		}
	}
	return best;
}
