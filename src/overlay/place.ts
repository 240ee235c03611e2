import type {Rect} from './view';

export type Corner = 'bottom-left' | 'bottom-right' | 'top-right' | 'top-left';
export type Size = {width: number; height: number};

const PREFERENCE: readonly Corner[] = ['bottom-left', 'bottom-right', 'top-right', 'top-left'];

/** The panel's rectangle in viewport coordinates when it sits in `corner`. */
export function cornerRect(corner: Corner, panel: Size, viewport: Size, margin: number): Rect {
	const left = corner.endsWith('left') ? margin : viewport.width - margin - panel.width;
	const top = corner.startsWith('top') ? margin : viewport.height - margin - panel.height;
	return {left, top, width: panel.width, height: panel.height};
}

function intersects(a: Rect, b: Rect, gap: number): boolean {
	return (
		a.left < b.left + b.width + gap &&
		b.left < a.left + a.width + gap &&
		a.top < b.top + b.height + gap &&
		b.top < a.top + a.height + gap
	);
}

/**
 * Picks the viewport corner for the step panel so that it never covers the target (viewport coordinates).
 * Pure: the caller measures, this decides (driver.js' placement idea without reading the DOM).
 */
export function placePanel(target: Rect | undefined, panel: Size, viewport: Size, margin = 16): Corner {
	if (!target) return PREFERENCE[0] ?? 'bottom-left';
	const free = PREFERENCE.find((corner) => !intersects(cornerRect(corner, panel, viewport, margin), target, 8));
	if (free) return free;
	// Nothing is free (huge target or tiny window): take the corner farthest from the target's centre.
	const centreX = target.left + target.width / 2;
	const centreY = target.top + target.height / 2;
	const vertical = centreY > viewport.height / 2 ? 'top' : 'bottom';
	const horizontal = centreX > viewport.width / 2 ? 'left' : 'right';
	return `${vertical}-${horizontal}`;
}
