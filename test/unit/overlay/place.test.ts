import {expect, test} from 'vitest';
import {placePanel, type Placement} from '../../../src/overlay/place';

const viewport = {width: 1280, height: 900};
const panel = {width: 360, height: 280};
type Box = {top: number; left: number; width: number; height: number};

const overlaps = (place: Placement, size: {width: number; height: number}, target: Box): boolean => {
	const height = Math.min(size.height, place.maxHeight ?? size.height);
	return (
		place.left < target.left + target.width &&
		target.left < place.left + size.width &&
		place.top < target.top + target.height &&
		target.top < place.top + height
	);
};
const inside = (place: Placement, size: {width: number; height: number}): boolean =>
	place.left >= 0 &&
	place.top >= 0 &&
	place.left + size.width <= viewport.width &&
	place.top + Math.min(size.height, place.maxHeight ?? size.height) <= viewport.height;

test('with no target the panel sits bottom left', () => {
	expect(placePanel(undefined, panel, viewport)).toEqual({left: 16, top: 900 - 16 - 280});
});

test('it sits right below a target near the top (close to where the user looks)', () => {
	expect(placePanel({top: 60, left: 100, width: 200, height: 40}, panel, viewport)).toEqual({left: 100, top: 112});
});

test('the sticky Weiter at the bottom right gets the panel right above it', () => {
	const place = placePanel({top: 850, left: 1180, width: 80, height: 36}, panel, viewport);
	expect(overlaps(place, panel, {top: 850, left: 1180, width: 80, height: 36})).toBe(false);
	expect(inside(place, panel)).toBe(true);
});

test('a tall panel beside a full-width field shrinks into the free band instead of covering the field', () => {
	const textarea = {top: 337, left: 20, width: 1240, height: 133};
	const tall = {width: 360, height: 455};
	const place = placePanel(textarea, tall, viewport);
	expect(place.maxHeight).toBeDefined();
	expect(place.maxHeight).toBeGreaterThanOrEqual(180);
	expect(overlaps(place, tall, textarea)).toBe(false);
	expect(inside(place, tall)).toBe(true);
});

test('the chosen place never overlaps the target and stays in the window when there is room', () => {
	const targets: Box[] = [
		{top: 700, left: 0, width: 1280, height: 200},
		{top: 0, left: 0, width: 500, height: 300},
		{top: 600, left: 900, width: 380, height: 300},
		{top: 100, left: 0, width: 1280, height: 150},
		{top: 400, left: 600, width: 100, height: 30},
	];
	for (const target of targets) {
		const place = placePanel(target, panel, viewport);
		expect(overlaps(place, panel, target), JSON.stringify(target)).toBe(false);
		expect(inside(place, panel), JSON.stringify(target)).toBe(true);
	}
});

test('when nothing is free it covers as little of the target as it can, inside the window', () => {
	const huge = {top: 0, left: 0, width: 1280, height: 900};
	expect(inside(placePanel(huge, panel, viewport), panel)).toBe(true);
});
