import {expect, test} from 'vitest';
import {cornerRect, placePanel} from '../../../src/overlay/place';

const viewport = {width: 1280, height: 900};
const panel = {width: 360, height: 280};

test('with no target the panel sits bottom left', () => {
	expect(placePanel(undefined, panel, viewport)).toBe('bottom-left');
});

test('a target at the bottom left (e.g. a sticky footer button) moves the panel away', () => {
	const target = {top: 840, left: 40, width: 100, height: 36};
	const corner = placePanel(target, panel, viewport);
	expect(corner).toBe('bottom-right');
});

test('the sticky Weiter at the bottom right keeps the panel bottom left', () => {
	expect(placePanel({top: 850, left: 1180, width: 80, height: 36}, panel, viewport)).toBe('bottom-left');
});

test('the chosen corner never overlaps the target', () => {
	const targets = [
		{top: 700, left: 0, width: 1280, height: 200},
		{top: 0, left: 0, width: 500, height: 300},
		{top: 600, left: 900, width: 380, height: 300},
	];
	for (const target of targets) {
		const rect = cornerRect(placePanel(target, panel, viewport), panel, viewport, 16);
		const overlaps =
			rect.left < target.left + target.width &&
			target.left < rect.left + rect.width &&
			rect.top < target.top + target.height &&
			target.top < rect.top + rect.height;
		expect(overlaps, JSON.stringify(target)).toBe(false);
	}
});

test('when every corner is covered it picks the one away from the target centre', () => {
	const huge = {top: 0, left: 0, width: 1280, height: 900};
	expect(['top-left', 'top-right', 'bottom-left', 'bottom-right']).toContain(placePanel(huge, panel, viewport));
	expect(placePanel({top: 0, left: 0, width: 900, height: 700}, panel, {width: 1000, height: 800})).toBe('bottom-right');
});
