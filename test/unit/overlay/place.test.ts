import {expect, test} from 'vitest';
import {placePanel} from '../../../src/overlay/place';

const viewport = {width: 1280, height: 900};
const panel = {width: 360, height: 280};

const overlaps = (point: {left: number; top: number}, size: {width: number; height: number}, target: {top: number; left: number; width: number; height: number}): boolean =>
	point.left < target.left + target.width &&
	target.left < point.left + size.width &&
	point.top < target.top + target.height &&
	target.top < point.top + size.height;

test('with no target the panel sits bottom left', () => {
	expect(placePanel(undefined, panel, viewport)).toEqual({left: 16, top: 900 - 16 - 280});
});

test('a target at the bottom left moves the panel to the bottom right', () => {
	expect(placePanel({top: 840, left: 40, width: 100, height: 36}, panel, viewport)).toEqual({left: 1280 - 16 - 360, top: 604});
});

test('the sticky Weiter at the bottom right keeps the panel bottom left', () => {
	expect(placePanel({top: 850, left: 1180, width: 80, height: 36}, panel, viewport)).toEqual({left: 16, top: 604});
});

test('a full-width field in the middle of the page puts the panel below or above it, never over it', () => {
	const textarea = {top: 335, left: 20, width: 1240, height: 135};
	const tall = {width: 360, height: 400};
	const point = placePanel(textarea, tall, viewport);
	expect(overlaps(point, tall, textarea)).toBe(false);
});

test('the chosen place never overlaps the target when there is room', () => {
	const targets = [
		{top: 700, left: 0, width: 1280, height: 200},
		{top: 0, left: 0, width: 500, height: 300},
		{top: 600, left: 900, width: 380, height: 300},
		{top: 100, left: 0, width: 1280, height: 150},
	];
	for (const target of targets) expect(overlaps(placePanel(target, panel, viewport), panel, target), JSON.stringify(target)).toBe(false);
});

test('when nothing is free it covers as little of the target as it can', () => {
	const huge = {top: 0, left: 0, width: 1280, height: 900};
	const point = placePanel(huge, panel, viewport);
	expect(point.left).toBeGreaterThanOrEqual(0);
	expect(point.top).toBeGreaterThanOrEqual(0);
});
