import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * Part of the root `npm run build`: builds the Angular replica into dist/replica-ng, installing its own packages
 * first (`npm ci` in this folder) when they are missing or its lockfile changed, and skipping the build when none
 * of its sources (nor the classic replica's modules it imports) changed since the last one. The root `npm ci` never
 * installs Angular; whoever runs `npm test`, `npm start` or `npm run bench` gets it on demand.
 */
const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
const DIST = join(ROOT, 'dist/replica-ng');
const INSTALL_STAMP = join(HERE, 'node_modules/.eiam-lock-hash');
const BUILD_STAMP = join(DIST, '.eiam-source-hash');

/** What the build reads: this package's sources and config, and the classic replica's data, texts and state. */
const SOURCES = [
	join(HERE, 'src'),
	join(HERE, 'angular.json'),
	join(HERE, 'tsconfig.json'),
	join(HERE, 'package-lock.json'),
	join(ROOT, 'test/replica/src'),
	join(ROOT, 'test/replica/labels.json'),
];

function files(path: string): string[] {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path)
		.sort()
		.flatMap((name) => files(join(path, name)));
}

function hash(paths: readonly string[]): string {
	const digest = createHash('sha256');
	for (const file of paths.flatMap(files)) {
		digest.update(relative(ROOT, file));
		digest.update(readFileSync(file));
	}
	return digest.digest('hex');
}

function stamp(path: string): string | undefined {
	return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined;
}

function seconds(since: number): string {
	return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

const lockHash = hash([join(HERE, 'package-lock.json')]);
if (stamp(INSTALL_STAMP) !== lockHash) {
	const started = Date.now();
	console.log('replica-ng: installing its packages (npm ci in test/replica-ng) …');
	execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {cwd: HERE, stdio: 'inherit'});
	writeFileSync(INSTALL_STAMP, lockHash);
	console.log(`replica-ng: installed in ${seconds(started)}`);
}

const sourceHash = hash(SOURCES);
if (stamp(BUILD_STAMP) === sourceHash && existsSync(join(DIST, 'index.html'))) {
	console.log('replica-ng: dist/replica-ng is up to date');
} else {
	const started = Date.now();
	console.log('replica-ng: building dist/replica-ng (Angular) …');
	execFileSync(join(HERE, 'node_modules/.bin/ng'), ['build'], {
		cwd: HERE,
		stdio: 'inherit',
		env: {...process.env, NG_CLI_ANALYTICS: 'false'},
	});
	writeFileSync(BUILD_STAMP, sourceHash);
	console.log(`replica-ng: built in ${seconds(started)}`);
}
