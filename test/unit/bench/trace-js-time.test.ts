import {expect, test} from 'vitest';
import {mergeIntervals, scriptTimeBetween, type TraceEvent} from '../../bench/trace-js-time';

// Timestamps in microseconds, as Chromium's trace gives them. Thread 1 is the page's main thread.
const on = (event: Omit<TraceEvent, 'pid' | 'tid'>, tid = 1): TraceEvent => ({pid: 7, tid, ...event});
const mark = (name: string, ts: number): TraceEvent => on({name, ph: 'I', ts});
const slice = (name: string, ts: number, dur: number, url?: string): TraceEvent =>
	on({name, ph: 'X', ts, dur, ...(url !== undefined && {args: {data: {url}}})});
const EXTENSION = 'chrome-extension://abcdefghijklmnop/src/content/main.js';

test('overlapping intervals merge into disjoint ones', () => {
	expect(
		mergeIntervals([
			[5, 8],
			[1, 3],
			[2, 4],
			[8, 9],
			[10, 10],
		]),
	).toEqual([
		[1, 4],
		[5, 9],
	]);
});

test('nested script entries count once, and only between the marks', () => {
	const time = scriptTimeBetween(
		[
			slice('v8.callFunction', 0, 50_000), // before the start mark
			mark('bench:start', 100_000),
			slice('v8.callFunction', 100_000, 80_000),
			slice('FunctionCall', 100_000, 60_000),
			slice('RunMicrotasks', 160_000, 20_000),
			slice('Layout', 200_000, 300_000), // the page's own layout in the frame: not script
			slice('FireAnimationFrame', 500_000, 10_000),
			slice('FunctionCall', 500_000, 10_000, EXTENSION),
			mark('bench:end', 600_000),
			slice('FunctionCall', 700_000, 10_000), // after the end mark
		],
		'bench:start',
		'bench:end',
	);
	expect(time).toEqual({
		scriptMs: 90,
		extensionMs: 10,
		gcMs: 0,
		forcedRenderingMs: 0,
		scriptWallMs: 90,
		windowMs: 500,
	});
});

test('layout forced from inside a script is not script time, also not the extension’s', () => {
	const time = scriptTimeBetween(
		[
			mark('bench:start', 0),
			slice('FunctionCall', 1_000, 40_000, EXTENSION),
			slice('Layout', 11_000, 25_000), // getBoundingClientRect after the page's DOM writes
			mark('bench:end', 100_000),
		],
		'bench:start',
		'bench:end',
	);
	expect(time.scriptMs).toBe(15);
	expect(time.extensionMs).toBe(15);
	expect(time.forcedRenderingMs).toBe(25);
});

test('garbage collection inside a script is counted apart, and stays script time', () => {
	const time = scriptTimeBetween(
		[
			mark('bench:start', 0),
			slice('FunctionCall', 0, 50_000),
			on({name: 'MinorGC', ph: 'B', ts: 10_000}),
			on({name: 'MinorGC', ph: 'E', ts: 14_000}),
			slice('MajorGC', 20_000, 10_000),
			slice('V8.GCFinalizeMC', 22_000, 5_000), // nested in the major collection: counted once
			slice('MinorGC', 70_000, 3_000), // between scripts (an idle-time collection): not the scripts'
			mark('bench:end', 100_000),
		],
		'bench:start',
		'bench:end',
	);
	expect(time.gcMs).toBe(14);
	expect(time.scriptMs).toBe(50);
});

test('time is the thread’s CPU time: waiting for a core inside a function costs nothing', () => {
	const time = scriptTimeBetween(
		[
			mark('bench:start', 0),
			on({name: 'FunctionCall', ph: 'X', ts: 0, dur: 100_000, tdur: 20_000}),
			on({name: 'Layout', ph: 'X', ts: 50_000, dur: 40_000, tdur: 5_000}),
			mark('bench:end', 200_000),
		],
		'bench:start',
		'bench:end',
	);
	expect(time.scriptMs).toBe(15);
	expect(time.forcedRenderingMs).toBe(5);
	expect(time.scriptWallMs).toBe(100);
});

test('a script entry that began before the start mark counts with the share inside the window', () => {
	const time = scriptTimeBetween(
		[
			on({name: 'TimerFire', ph: 'X', ts: 0, dur: 100_000}),
			slice('v8.callFunction', 0, 100_000),
			mark('bench:start', 50_000),
			mark('bench:end', 300_000),
		],
		'bench:start',
		'bench:end',
	);
	expect(time.scriptMs).toBe(50);
});

test('other threads (workers, the compositor) do not count', () => {
	const time = scriptTimeBetween(
		[
			mark('bench:start', 0),
			slice('FunctionCall', 0, 5_000),
			on({name: 'FunctionCall', ph: 'X', ts: 0, dur: 90_000}, 2),
			mark('bench:end', 100_000),
		],
		'bench:start',
		'bench:end',
	);
	expect(time.scriptMs).toBe(5);
});

test('begin/end pairs count like complete slices; one still open at the end lasts to the end mark', () => {
	const time = scriptTimeBetween(
		[
			mark('bench:start', 0),
			on({name: 'FunctionCall', ph: 'B', ts: 10_000}),
			on({name: 'FunctionCall', ph: 'E', ts: 30_000}),
			on({name: 'v8.callFunction', ph: 'B', ts: 90_000}),
			mark('bench:end', 100_000),
		],
		'bench:start',
		'bench:end',
	);
	expect(time.scriptMs).toBe(30);
});

test('a trace without the marks or without any script is an error, not a zero', () => {
	expect(() => scriptTimeBetween([mark('bench:start', 0)], 'bench:start', 'bench:end')).toThrow(/bench:end/);
	expect(() =>
		scriptTimeBetween(
			[mark('bench:start', 0), slice('Layout', 0, 10), mark('bench:end', 100)],
			'bench:start',
			'bench:end',
		),
	).toThrow(/no script/);
});
