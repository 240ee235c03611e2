import {expect, test} from 'vitest';
import {BenchFileSchema, formatTable, Results} from '../../bench/results';

const declared = (): Results => {
	const results = new Results();
	results.declare([
		{measure: 'highlight-10000-ratio-vs-driver', unit: '×', target: 0.5},
		{measure: 'popup-ready-ms', unit: 'ms', target: 400},
		{measure: 'content-script-gzip-bytes', unit: 'B', target: 15_360},
	]);
	return results;
};

test('bench.json is an array of {measure, value, unit} with spread, count and the verdict on the target', () => {
	const results = declared();
	results.samples('highlight-10000-ratio-vs-driver', [0.2, 0.1, 0.3]);
	results.samples('popup-ready-ms', [1500, 1400, 1600, 1450, 1550]);
	results.value('content-script-gzip-bytes', 47_188, 'src/content/main.js');
	const entries = BenchFileSchema.parse(JSON.parse(JSON.stringify(results.entries())));
	expect(entries).toEqual([
		{
			measure: 'highlight-10000-ratio-vs-driver',
			value: 0.2,
			unit: '×',
			n: 3,
			min: 0.1,
			max: 0.3,
			q1: 0.15,
			q3: 0.25,
			target: 0.5,
			meetsTarget: true,
		},
		{
			measure: 'popup-ready-ms',
			value: 1500,
			unit: 'ms',
			n: 5,
			min: 1400,
			max: 1600,
			q1: 1450,
			q3: 1550,
			target: 400,
			meetsTarget: false,
		},
		{
			measure: 'content-script-gzip-bytes',
			value: 47_188,
			unit: 'B',
			n: 1,
			target: 15_360,
			meetsTarget: false,
			note: 'src/content/main.js',
		},
	]);
	expect(results.failed).toBe(false);
});

test('a measure its part never delivered stays in the file, without value, with the error', () => {
	const results = declared();
	results.value('content-script-gzip-bytes', 15_000);
	results.failMissing(
		[
			{measure: 'highlight-10000-ratio-vs-driver', unit: '×'},
			{measure: 'content-script-gzip-bytes', unit: 'B'},
		],
		new Error('page, context or browser has been closed\n  at stack'),
	);
	const [ratio, popup, size] = BenchFileSchema.parse(results.entries());
	expect(ratio).toMatchObject({value: null, n: 0, error: 'page, context or browser has been closed'});
	expect(popup).toMatchObject({value: null, error: 'not measured'});
	expect(size).toMatchObject({value: 15_000, meetsTarget: true});
	expect(size?.error).toBeUndefined();
	expect(results.failed).toBe(true);
});

test('a failure after some samples keeps their figure, notes the error and still marks the run as failed', () => {
	const results = declared();
	results.samples('popup-ready-ms', [300, 350, 320]);
	results.fail('popup-ready-ms', new Error('popup closed'));
	expect(results.entries()[1]).toMatchObject({value: 320, n: 3, note: 'then: popup closed'});
	expect(results.failed).toBe(true);
});

test('a measure whose samples all failed is an error, not a value', () => {
	const results = declared();
	results.samples('popup-ready-ms', [Number.NaN, Number.NaN]);
	expect(results.entries()[1]).toMatchObject({value: null, n: 0, error: 'no sample succeeded'});
});

test('recording an undeclared measure is a programming error', () => {
	expect(() => declared().value('undeclared-measure', 1)).toThrow(/not declared/);
});

test('measure ids are kebab-case', () => {
	expect(() => BenchFileSchema.parse([{measure: 'Popup ready', value: 1, unit: 'ms', n: 1}])).toThrow();
});

test('the printed table shows median, spread, count, unit and whether the target is met', () => {
	const results = declared();
	results.samples('highlight-10000-ratio-vs-driver', [0.2, 0.1, 0.3]);
	results.samples('popup-ready-ms', [1500, 1400, 1600, 1450, 1550]);
	const lines = formatTable(results.entries()).split('\n');
	expect(lines[0]).toMatch(/^measure\s+median\s+min–max\s+IQR\s+n\s+unit\s+target\s+note$/);
	expect(lines[2]).toMatch(
		/^highlight-10000-ratio-vs-driver\s+0\.20\s+0\.10–0\.30\s+0\.15–0\.25\s+3\s+×\s+✓ ≤ 0\.50$/,
	);
	expect(lines[3]).toMatch(/^popup-ready-ms\s+1,500\s+1,400–1,600\s+1,450–1,550\s+5\s+ms\s+✗ ≤ 400$/);
	expect(lines[4]).toMatch(/^content-script-gzip-bytes\s+FAILED\s+0\s+B\s+≤ 15,360\s+not measured$/);
});
