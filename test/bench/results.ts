import {z} from 'zod/mini';
import {summarize} from './stats';

/**
 * What `npm run bench` reports: one entry per measure in `artifacts/bench.json` (an array of
 * `{measure, value, unit}` plus spread, sample count, target and, for a measure that failed, the error), and the
 * table printed at the end. A measure is declared before its part runs, so a part that crashes still leaves an
 * entry with its error for every figure it did not deliver.
 */

export const BenchEntrySchema = z.object({
	measure: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
	/** The median of the samples (or the single value); null when the measure failed. */
	value: z.nullable(z.number()),
	unit: z.string(),
	/** Samples behind the value (after warm-up); 1 for a deterministic figure such as a size. */
	n: z.int().check(z.nonnegative()),
	min: z.optional(z.number()),
	max: z.optional(z.number()),
	q1: z.optional(z.number()),
	q3: z.optional(z.number()),
	/** Upper bound from issue #14 / shared/PERFORMANCE.md, and whether the value is within it. */
	target: z.optional(z.number()),
	meetsTarget: z.optional(z.boolean()),
	note: z.optional(z.string()),
	error: z.optional(z.string()),
});
export type BenchEntry = z.infer<typeof BenchEntrySchema>;
export const BenchFileSchema = z.array(BenchEntrySchema);

export type MeasureSpec = {measure: string; unit: string; target?: number; note?: string};

/** Rounds to a precision that keeps the JSON readable without losing what a median of a few samples can tell. */
function round(value: number): number {
	if (!Number.isFinite(value)) return value;
	const digits = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 1 ? 2 : 4;
	return Number(value.toFixed(digits));
}

function finiteOrNull(value: number): number | null {
	return Number.isFinite(value) ? round(value) : null;
}

export class Results {
	readonly #entries = new Map<string, BenchEntry>();
	readonly #specs = new Map<string, MeasureSpec>();
	/** Every failure reported, also those of single samples behind a figure that still has others. */
	#failures = 0;

	/** Announces a part's measures: each gets an entry now, replaced when it is measured. */
	declare(specs: readonly MeasureSpec[]): void {
		for (const spec of specs) {
			this.#specs.set(spec.measure, spec);
			this.#entries.set(spec.measure, {...this.#base(spec), value: null, n: 0, error: 'not measured'});
		}
	}

	/** Records the samples of a measure: the value is their median, with min–max, quartiles and count. */
	samples(measure: string, samples: readonly number[], note?: string): void {
		const spec = this.#spec(measure);
		const summary = summarize(samples);
		if (summary.n === 0) {
			this.fail(measure, 'no sample succeeded');
			return;
		}
		this.#entries.set(measure, {
			...this.#base(spec, note),
			value: finiteOrNull(summary.median),
			n: summary.n,
			min: round(summary.min),
			max: round(summary.max),
			q1: round(summary.q1),
			q3: round(summary.q3),
			...this.#verdict(spec, summary.median),
		});
	}

	/** Records a deterministic figure (one value, no spread). */
	value(measure: string, value: number, note?: string): void {
		const spec = this.#spec(measure);
		this.#entries.set(measure, {
			...this.#base(spec, note),
			value: finiteOrNull(value),
			n: 1,
			...this.#verdict(spec, value),
		});
	}

	/** Records why a measure has no figure (keeps the samples of a measure that already has some). */
	fail(measure: string, error: unknown): void {
		const spec = this.#spec(measure);
		this.#failures++;
		const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
		const previous = this.#entries.get(measure);
		if (previous && previous.value !== null) {
			this.#entries.set(measure, {
				...previous,
				note: [previous.note, `then: ${message}`].filter(Boolean).join('; '),
			});
			return;
		}
		this.#entries.set(measure, {...this.#base(spec), value: null, n: 0, error: message});
	}

	/** Marks every declared measure of `specs` still without a figure as failed with `error`. */
	failMissing(specs: readonly MeasureSpec[], error: unknown): void {
		for (const {measure} of specs) if (this.#entries.get(measure)?.value === null) this.fail(measure, error);
	}

	entries(): BenchEntry[] {
		return [...this.#entries.values()];
	}

	/** Whether anything failed: a measure without figure, or some samples of one. */
	get failed(): boolean {
		return this.#failures > 0 || this.entries().some((entry) => entry.error !== undefined);
	}

	#spec(measure: string): MeasureSpec {
		const spec = this.#specs.get(measure);
		if (!spec) throw new Error(`measure ${measure} was not declared`);
		return spec;
	}

	#base(spec: MeasureSpec, note?: string): Pick<BenchEntry, 'measure' | 'unit' | 'target' | 'note'> {
		const notes = [spec.note, note].filter(Boolean).join('; ');
		return {
			measure: spec.measure,
			unit: spec.unit,
			...(spec.target !== undefined && {target: spec.target}),
			...(notes && {note: notes}),
		};
	}

	#verdict(spec: MeasureSpec, value: number): Pick<BenchEntry, 'meetsTarget'> {
		return spec.target === undefined || !Number.isFinite(value) ? {} : {meetsTarget: value <= spec.target};
	}
}

/** Three significant digits at most below 1,000 (a median of a few samples tells no more), thousands separated. */
function shown(value: number | undefined): string {
	if (value === undefined) return '';
	const digits = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
	return value.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits});
}

/** The printed table: measure, median, min–max, IQR, n, unit, target (✓ met, ✗ missed). */
export function formatTable(entries: readonly BenchEntry[]): string {
	const rows = entries.map((entry) => {
		const target =
			entry.target === undefined
				? ''
				: `${entry.meetsTarget === false ? '✗' : entry.meetsTarget ? '✓' : ' '} ≤ ${shown(entry.target)}`;
		return [
			entry.measure,
			entry.value === null ? 'FAILED' : shown(entry.value),
			entry.min === undefined ? '' : `${shown(entry.min)}–${shown(entry.max)}`,
			entry.q1 === undefined ? '' : `${shown(entry.q1)}–${shown(entry.q3)}`,
			String(entry.n),
			entry.unit,
			target,
			entry.error ?? entry.note ?? '',
		];
	});
	const header = ['measure', 'median', 'min–max', 'IQR', 'n', 'unit', 'target', 'note'];
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	const numeric = new Set([1, 2, 3, 4]);
	const line = (cells: readonly string[]): string =>
		cells
			.map((cell, column) => {
				const width = widths[column] ?? 0;
				if (column === cells.length - 1) return cell;
				return numeric.has(column) ? cell.padStart(width) : cell.padEnd(width);
			})
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
