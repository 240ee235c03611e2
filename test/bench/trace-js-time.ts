import {z} from 'zod/mini';

/**
 * JavaScript time on a page's main thread, read from a Chromium trace (category `devtools.timeline`) between two
 * `performance.mark`s, the way DevTools' "Scripting" counts it: time inside script entries (function calls,
 * evaluations, microtasks, GC they trigger), minus the style and layout work a script forces (`getBoundingClientRect`
 * after a DOM write). That layout would run in the frame anyway; counting it as script would charge the extension
 * for the page's own layout merely because the extension reads a rectangle first.
 *
 * Time is the main thread's CPU time (the trace's thread clock, `tdur`), not wall time: on a machine shared by
 * several engineers a thread can wait seconds for a core in the middle of a function, and that wait is nobody's
 * cost. Where an event has no thread clock, its wall duration stands in.
 *
 * CDP's `Performance.getMetrics` `ScriptDuration` cannot serve here: it counts forced layout as script, skips code
 * that DevTools evaluates (the benchmark's re-render) and is wall time.
 */

/** Chromium trace events as CDP's Tracing domain delivers them (only the fields used here). */
export const TraceEventSchema = z.object({
	name: z.string(),
	ph: z.string(),
	ts: z.number(),
	dur: z.optional(z.number()),
	/** Thread clock (CPU time of the thread) at the start, and CPU duration of a complete event. */
	tts: z.optional(z.number()),
	tdur: z.optional(z.number()),
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

/**
 * Garbage collection on the thread (V8's young and full collections, as the timeline names them; Oilpan's in the
 * same events since the unified heap): a diagnosis of work the page's own allocations pay for (scriptMs holds it).
 */
const GC_EVENTS = new Set([
	'MinorGC',
	'MajorGC',
	'V8.GCScavenger',
	'V8.GCCompactor',
	'V8.GCFinalizeMC',
	'V8.GCIncrementalMarking',
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

type Slice = {event: TraceEvent; at: Interval; cpu: number};

/**
 * Complete (`X`) and begin/end (`B`/`E`) events of one thread as wall-clock intervals clipped to [from, to], each
 * with its CPU time (scaled down by the share of it that lies inside the window).
 */
function slicesOf(events: readonly TraceEvent[], from: number, to: number): Slice[] {
	const result: Slice[] = [];
	const open: TraceEvent[] = [];
	const add = (event: TraceEvent, start: number, end: number, cpu: number): void => {
		const clipped: Interval = [Math.max(start, from), Math.min(end, to)];
		if (clipped[1] <= clipped[0]) return;
		result.push({event, at: clipped, cpu: (cpu * (clipped[1] - clipped[0])) / (end - start)});
	};
	for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
		if (event.ph === 'X') add(event, event.ts, event.ts + (event.dur ?? 0), event.tdur ?? event.dur ?? 0);
		else if (event.ph === 'B') open.push(event);
		else if (event.ph === 'E') {
			const index = open.findLastIndex((begun) => begun.name === event.name);
			const begun = index >= 0 ? open.splice(index, 1)[0] : undefined;
			if (!begun) continue;
			const cpu =
				begun.tts !== undefined && event.tts !== undefined ? event.tts - begun.tts : event.ts - begun.ts;
			add(begun, begun.ts, event.ts, cpu);
		}
	}
	// A slice still open when tracing stopped lasts until the end of the window (its thread clock is unknown).
	for (const begun of open) add(begun, begun.ts, to, to - begun.ts);
	return result;
}

/** The slices not nested in another of the same set (nested ones are part of their parent's time). */
function outermost(slices: readonly Slice[]): Slice[] {
	const sorted = [...slices].sort((a, b) => a.at[0] - b.at[0] || b.at[1] - a.at[1]);
	const outer: Slice[] = [];
	let reach = Number.NEGATIVE_INFINITY;
	for (const slice of sorted) {
		if (slice.at[0] >= reach) outer.push(slice);
		reach = Math.max(reach, slice.at[1]);
	}
	return outer;
}

/** CPU time of `inner` slices that lie within one of the `outer` ones (rendering forced from inside a script). */
function cpuWithin(inner: readonly Slice[], outer: readonly Slice[]): number {
	const spans = mergeIntervals(outer.map(({at}) => at));
	return outermost(inner)
		.filter(({at}) => spans.some(([start, end]) => at[0] >= start && at[1] <= end))
		.reduce((sum, {cpu}) => sum + cpu, 0);
}

const cpuOf = (slices: readonly Slice[]): number => outermost(slices).reduce((sum, {cpu}) => sum + cpu, 0);

export type ScriptTime = {
	/** All script on the thread between the marks, forced style and layout excluded (CPU ms). */
	scriptMs: number;
	/** The part inside functions of an extension (`chrome-extension://` URLs), forced layout excluded (CPU ms). */
	extensionMs: number;
	/** Garbage collection inside the scripts (CPU ms; part of scriptMs), for diagnosis. */
	gcMs: number;
	/** Style and layout forced from inside scripts (CPU ms), for the record. */
	forcedRenderingMs: number;
	/** Wall time the thread spent in script (forced rendering included), for comparison with scriptMs. */
	scriptWallMs: number;
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
	const slices = slicesOf(thread, start.ts, end.ts);
	const script = slices.filter(({event}) => SCRIPT_EVENTS.has(event.name));
	const rendering = slices.filter(({event}) => RENDERING_EVENTS.has(event.name));
	const extension = slices.filter(
		({event}) => event.name === 'FunctionCall' && event.args?.data?.url?.startsWith('chrome-extension://'),
	);
	if (script.length === 0) throw new Error('trace shows no script between the marks');
	const forced = cpuWithin(rendering, script);
	const gc = cpuWithin(
		slices.filter(({event}) => GC_EVENTS.has(event.name)),
		script,
	);
	return {
		scriptMs: (cpuOf(script) - forced) / 1000,
		extensionMs: (cpuOf(extension) - cpuWithin(rendering, extension)) / 1000,
		gcMs: gc / 1000,
		forcedRenderingMs: forced / 1000,
		scriptWallMs: mergeIntervals(script.map(({at}) => at)).reduce((sum, [from, to]) => sum + to - from, 0) / 1000,
		windowMs: (end.ts - start.ts) / 1000,
	};
}
