import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, expect, test} from 'vitest';

// docs/reliability.md (issue #13): every fault row names at least one test, each in a file `npm test` runs (unit or
// E2E), under a name that file really has. A renamed or deleted test fails here instead of leaving a dead row.

const ROOT = resolve(import.meta.dirname, '../../..');
const DOC = readFileSync(resolve(ROOT, 'docs/reliability.md'), 'utf8');
const FAULTS = [
	'Storage throws or is full',
	'Service worker killed mid-guide',
	'Extension updated mid-guide',
	'Popup closed mid-action',
	'Two tabs with guides',
	'Portal slow to render',
	'Policy with wrong types',
	'Import of a bad file',
];

const rows = DOC.split('\n').filter((line) => FAULTS.some((fault) => line.startsWith(`| ${fault} |`)));

/** Each linked file of a row with the test names after it: [`path`](../path) › `name`, `name`. */
function testsOf(row: string): {file: string; names: string[]}[] {
	const cell = row.split(' | ').at(-1) ?? '';
	return [...cell.matchAll(/\[`([^`]+)`\]\(\.\.\/([^)]+)\) › ((?:`[^`]+`(?:, )?)+)/g)].map((match) => {
		expect(match[2], 'the link points at the named file').toBe(match[1]);
		return {file: match[1] ?? '', names: [...(match[3] ?? '').matchAll(/`([^`]+)`/g)].map((name) => name[1] ?? '')};
	});
}

describe('docs/reliability.md', () => {
	test('has one row per fault of issue #13', () => {
		expect(rows.map((row) => FAULTS.find((fault) => row.startsWith(`| ${fault} |`)))).toEqual(FAULTS);
	});

	test.each(FAULTS)('«%s» names tests that exist in files npm test runs', (fault) => {
		const row = rows.find((line) => line.startsWith(`| ${fault} |`)) ?? '';
		const tests = testsOf(row);
		expect(tests.length).toBeGreaterThan(0);
		for (const {file, names} of tests) {
			expect(file).toMatch(/^test\/(unit\/.+\.test\.tsx?|e2e\/.+\.e2e\.ts)$/);
			expect(existsSync(resolve(ROOT, file)), file).toBe(true);
			const source = readFileSync(resolve(ROOT, file), 'utf8');
			expect(names.length, file).toBeGreaterThan(0);
			for (const name of names) expect(source, `${file} › ${name}`).toContain(`'${name}'`);
		}
	});
});
