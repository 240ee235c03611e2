/**
 * Optimal string alignment distance (restricted Damerau–Levenshtein): the number of insertions, deletions,
 * substitutions and transpositions of adjacent characters needed to turn `a` into `b`, where no substring is edited
 * twice. Transpositions count once because swapped letters ("Mülelr") are the most common typo in names.
 * Works on code points, so a letter outside the BMP counts as one.
 */
export function damerauLevenshtein(a: string, b: string): number {
	const s = Array.from(a);
	const t = Array.from(b);
	// Three rolling rows are enough: the transposition looks two rows back.
	let beforePrevious: number[] = [];
	let previous = Array.from({length: t.length + 1}, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const current = [i];
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let best = Math.min(
				(previous[j] ?? 0) + 1, // Deletion.
				(current[j - 1] ?? 0) + 1, // Insertion.
				(previous[j - 1] ?? 0) + cost, // Substitution.
			);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
				best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1); // Transposition.
			}

			current.push(best);
		}

		beforePrevious = previous;
		previous = current;
	}

	return previous[t.length] ?? 0;
}
