import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';

// The README is what people read first: its commands must be the ones that work, its links and pictures must exist.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const {scripts} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>};

/** `npm start`, `npm test`, `npm run x` as written in the README (npm ci is npm's own). */
function commandsIn(text: string): string[] {
	const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!);
	const short = [...text.matchAll(/npm (start|test)\b/g)].map((match) => match[1]!);
	return [...new Set([...named, ...short])];
}

describe('README', () => {
	test('every npm command it names is a script in package.json', () => {
		expect(commandsIn(readme).filter((name) => !(name in scripts))).toEqual([]);
	});

	test('the scripts table lists every script', () => {
		const table = readme.slice(readme.indexOf('| script |'));
		expect(
			Object.keys(scripts).filter(
				(name) => !table.includes(`npm ${name}\``) && !table.includes(`npm run ${name}\``),
			),
		).toEqual([]);
	});

	test('the quick start is exactly the two commands; the browsers come with them', () => {
		const quickStart = readme.slice(readme.indexOf('## Quick start'));
		const commands = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
		expect(commands.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim())).toEqual([
			'npm ci && npm start',
			'npm test',
			'',
		]);
		expect(scripts.start).toContain('test/setup/with-browsers.ts chromium');
		expect(scripts.test).toContain('test/setup/with-browsers.ts chromium firefox-esr');
		expect(readme).toContain('EIAM_NO_INSTALL=1');
	});

	test('local links and pictures exist; pictures stay small', () => {
		const targets = [...readme.matchAll(/(?:\]\(|src=")((?!https?:|#)[^)"\s]+)/g)].map((match) => match[1]!);
		expect(targets.length).toBeGreaterThan(0);
		for (const target of targets) expect(existsSync(join(ROOT, target)), target).toBe(true);
		for (const picture of targets.filter((target) => target.endsWith('.png'))) {
			expect(statSync(join(ROOT, picture)).size, picture).toBeLessThan(150 * 1024);
		}
		expect(targets).toEqual(
			expect.arrayContaining(['docs/overlay-step.png', 'docs/wizard-outcome.png', 'docs/deployment.md']),
		);
	});
});
