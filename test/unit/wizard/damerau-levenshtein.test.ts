import fc from 'fast-check';
import {expect, test} from 'vitest';
import {damerauLevenshtein} from '../../../src/wizard/damerau-levenshtein';

test.each([
	['muller', 'muller', 0],
	['muller', 'muler', 1],
	['muller', 'mueller', 1],
	['schneider', 'schnieder', 1],
	['muller', 'keller', 2],
	['', 'anna', 4],
	['ca', 'abc', 3], // Optimal string alignment, not unrestricted Damerau–Levenshtein (which gives 2).
	['😀a', 'a😀', 1], // Code points, not UTF-16 units.
])('%s → %s takes %i edits', (a, b, distance) => {
	expect(damerauLevenshtein(a, b)).toBe(distance);
});

test('the distance is symmetric, zero only for equal strings, and between the length difference and the longer length', () => {
	fc.assert(
		fc.property(fc.string(), fc.string(), (a, b) => {
			const distance = damerauLevenshtein(a, b);
			const [lengthA, lengthB] = [Array.from(a).length, Array.from(b).length];
			expect(damerauLevenshtein(b, a)).toBe(distance);
			expect(distance === 0).toBe(a === b);
			expect(distance).toBeGreaterThanOrEqual(Math.abs(lengthA - lengthB));
			expect(distance).toBeLessThanOrEqual(Math.max(lengthA, lengthB));
		}),
	);
});

test('one adjacent swap costs one edit', () => {
	fc.assert(
		fc.property(
			fc.string({minLength: 2, maxLength: 20, unit: fc.constantFrom('a', 'b', 'c', 'd')}),
			fc.nat(),
			(text, at) => {
				const letters = Array.from(text);
				const index = at % (letters.length - 1);
				const [first, second] = [letters[index]!, letters[index + 1]!];
				fc.pre(first !== second);
				letters[index] = second;
				letters[index + 1] = first;
				expect(damerauLevenshtein(text, letters.join(''))).toBe(1);
			},
		),
	);
});
