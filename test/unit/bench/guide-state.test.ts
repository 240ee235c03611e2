import {expect, test} from 'vitest';
import {guideStateProblem} from '../../bench/guide-state';

test('a guide sample is valid only when the target is marked from its start to its end', () => {
	expect(guideStateProblem('guide-running', {start: true, end: true})).toBeUndefined();
	expect(guideStateProblem('guide-running', {start: true, end: false})).toBe(
		'invalid guide-running sample: no guide target marked at its end',
	);
	expect(guideStateProblem('guide-running', {start: false, end: false})).toBe(
		'invalid guide-running sample: no guide target marked at its start and end',
	);
});

test('an idle sample is invalid when a guide marks a target at its start or end', () => {
	expect(guideStateProblem('extension-idle', {start: false, end: false})).toBeUndefined();
	expect(guideStateProblem('extension-idle', {start: true, end: false})).toBe(
		'invalid extension-idle sample: a guide target marked at its start',
	);
});
