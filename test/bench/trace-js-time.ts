import {z} from 'zod/mini';

/**
 * JavaScript time on a page's main thread, read from a Chromium trace (category `devtools.timeline`) between two
 * `performance.mark`s, the way DevTools' "Scripting" counts it: time inside script entries (function calls,
 * evaluations, microtasks, GC they trigger), minus the style and layout work a script forces (`getBoundingClientRect`
 * after a DOM write). That layout would run in the frame anyway; counting it as script would charge the extension
 * for the page's own layout merely because the extension reads a rectangle first.
 *
 * CDP's `Performance.getMetrics` `ScriptDuration` cannot serve here: it counts forced layout as script and skips
 * code that DevTools evaluates (the benchmark's re-render).
 */

/** Chromium trace events as CDP's Tracing domain delivers them (only the fields used here). */
export const TraceEventSchema = z.object({
	name: z.string(),
	ph: z.string(),
	ts: z.number(),
	dur: z.optional(z.number()),
	pid: z.number(),
	tid: z.number(),
	args: z.optional(
		z.object({
			data: z.optional(z.object({url: z.optional(z.string())})),
		}),
	),
});
export type TraceEvent = z.infer<typeof TraceEventSchema>;

/** Entries into V8 (outer and inner names differ between Chromium versions; the union of all counts once). */
const SCRIPT_EVENTS = new Set([
	'v8.callFunction',
	'v8.run',
	'v8.evaluateModule',
	'FunctionCall',
	'EvaluateScript',
	'RunMicrotasks',
	'V8.Execute',
]);

/** Rendering work that a script can force synchronously; not script time. */
const RENDERING_EVENTS = new Set([
	'Layout',
	'UpdateLayoutTree',
	'RecalculateStyles',
	'UpdateLayerTree',
	'PrePaint',
	'Paint',
	'HitTest',
]);

type Interval = readonly [start: number, end: number];

/** Sorted, disjoint intervals covering the same time as `intervals`. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
	const sorted = intervals.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

function length(intervals: readonly Interval[]): number {
	return intervals.reduce((sum, [start, end]) => sum + end - start, 0);
}

/** Total length of the overlap of two sets of merged intervals. */
function overlap(a: readonly Interval[], b: readonly Interval[]): number {
	let total = 0;
	let j = 0;
	for (const [start, end] of a) {
		while (j < b.length && (b[j]?.[1] ?? 0) <= start) j++;
		for (let k = j; k < b.length; k++) {
			const other = b[k];
			if (!other || other[0] >= end) break;
			total += Math.min(end, other[1]) - Math.max(start, other[0]);
		}
	}
	return total;
}

/** Complete (`X`) and begin/end (`B`/`E`) events of one thread as intervals, clipped to [from, to]. */
function intervalsOf(events: readonly TraceEvent[], from: number, to: number): {event: TraceEvent; at: Interval}[] {
	const result: {event: TraceEvent; at: Interval}[] = [];
	const open: TraceEvent[] = [];
	const add = (event: TraceEvent, start: number, end: number): void => {
		const clipped: Interval = [Math.max(start, from), Math.min(end, to)];
		if (clipped[1] > clipped[0]) result.push({event, at: clipped});
	};
	for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
		if (event.ph === 'X') add(event, event.ts, event.ts + (event.dur ?? 0));
		else if (event.ph === 'B') open.push(event);
		else if (event.ph === 'E') {
			const index = open.findLastIndex((begun) => begun.name === event.name);
			const begun = index >= 0 ? open.splice(index, 1)[0] : undefined;
			if (begun) add(begun, begun.ts, event.ts);
		}
	}
	// A slice still open when tracing stopped lasts until the end of the window.
	for (const begun of open) add(begun, begun.ts, to);
	return result;
}

export type ScriptTime = {
	/** All script on the thread between the marks, forced style and layout excluded (ms). */
	scriptMs: number;
	/** The part inside functions of an extension (`chrome-extension://` URLs), forced layout excluded (ms). */
	extensionMs: number;
	/** Style and layout forced from inside scripts (ms), for the record. */
	forcedRenderingMs: number;
	/** From the start mark to the end mark (ms). */
	windowMs: number;
};

/**
 * Script time between the instant events `startMark` and `endMark` (user-timing marks), on the thread that
 * emitted them. Throws when a mark is missing or no script ran at all (the trace format changed, say): a wrong
 * zero would look like a perfect result.
 */
export function scriptTimeBetween(events: readonly TraceEvent[], startMark: string, endMark: string): ScriptTime {
	const start = events.find((event) => event.name === startMark);
	const end = events.findLast((event) => event.name === endMark);
	if (!start || !end) throw new Error(`trace lacks the mark ${start ? endMark : startMark}`);
	const thread = events.filter((event) => event.pid === start.pid && event.tid === start.tid);
	const slices = intervalsOf(thread, start.ts, end.ts);
	const script = mergeIntervals(slices.filter(({event}) => SCRIPT_EVENTS.has(event.name)).map(({at}) => at));
	const rendering = mergeIntervals(slices.filter(({event}) => RENDERING_EVENTS.has(event.name)).map(({at}) => at));
	const extension = mergeIntervals(
		slices
			.filter(
				({event}) => event.name === 'FunctionCall' && event.args?.data?.url?.startsWith('chrome-extension://'),
			)
			.map(({at}) => at),
	);
	if (script.length === 0) throw new Error('trace shows no script between the marks');
	const forced = overlap(script, rendering);
	return {
		scriptMs: (length(script) - forced) / 1000,
		extensionMs: (length(extension) - overlap(extension, rendering)) / 1000,
		forcedRenderingMs: forced / 1000,
		windowMs: (end.ts - start.ts) / 1000,
	};
}
