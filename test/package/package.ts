import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createZip, readZip, type ZipEntry} from './zip';

// `npm run package` (after `npm run build`): the store uploads and the source AMO asks for, into artifacts/:
//   eiam-assist-<version>-chrome.zip   dist/chrome at the zip root (Chrome Web Store, Edge Add-ons)
//   eiam-assist-<version>-firefox.zip  dist/firefox at the zip root (addons.mozilla.org)
//   eiam-assist-<version>-source.zip   the git-tracked files (what AMO reviewers rebuild dist/firefox from)
// The version comes from package.json only; the build writes it into both manifests, and this script refuses to
// package when they differ. Then it checks its own output: manifest.json at each root with that version, every
// file the manifest names present, and `web-ext lint` with 0 errors on the unpacked Firefox zip.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'artifacts');
/** Never in the source zip, even if someone tracks them by mistake. */
const SOURCE_EXCLUDED = ['node_modules/', 'dist/', 'artifacts/'];

class PackageError extends Error {}

type Manifest = {
	version: string;
	icons?: Record<string, string>;
	background?: {service_worker?: string; scripts?: string[]};
	action?: {default_popup?: string; default_icon?: Record<string, string>};
	options_ui?: {page?: string};
	content_scripts?: {js?: string[]; css?: string[]}[];
	default_locale?: string;
	storage?: {managed_schema?: string};
};

async function filesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, {recursive: true, withFileTypes: true});
	return (
		entries
			.filter((entry) => entry.isFile())
			.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
			// Tool caches such as .vite/ are no part of the extension (and stores reject hidden files).
			.filter((name) => !name.split('/').some((segment) => segment.startsWith('.')))
			.sort()
	);
}

async function entriesOf(dir: string, names: readonly string[]): Promise<ZipEntry[]> {
	return Promise.all(names.map(async (name) => ({name, data: await readFile(join(dir, name))})));
}

function git(...args: string[]): string {
	return execFileSync('git', args, {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

/** Tracked files as they are in the working tree (what the build just used), without anything generated. */
function sourceFiles(): {files: string[]; warnings: string[]} {
	const tracked = git('ls-files', '-z')
		.split('\0')
		.filter((name) => name !== '');
	const files = tracked.filter(
		(name) => !SOURCE_EXCLUDED.some((prefix) => name.startsWith(prefix)) && existsSync(join(ROOT, name)),
	);
	const warnings: string[] = [];
	const changed = git('status', '--porcelain', '--untracked-files=no').trim();
	if (changed !== '')
		warnings.push(
			`uncommitted changes in ${changed.split('\n').length} tracked file(s) are in the source zip as they are now`,
		);
	const untracked = git('ls-files', '--others', '--exclude-standard', '-z')
		.split('\0')
		.filter((name) => name !== '');
	if (untracked.length > 0) {
		const shown = untracked.slice(0, 5).join(', ');
		warnings.push(
			`${untracked.length} untracked file(s) are NOT in the source zip (${shown}${untracked.length > 5 ? ', …' : ''}); commit them if the build needs them`,
		);
	}
	return {files, warnings};
}

/** The commit's time: the same commit gives the same zip bytes. */
function commitTime(): Date {
	try {
		return new Date(Number.parseInt(git('log', '-1', '--format=%ct').trim(), 10) * 1000);
	} catch {
		return new Date('2020-01-01T00:00:00Z');
	}
}

/** Every path the manifest names that must be in the package. */
function referencedFiles(manifest: Manifest): string[] {
	const paths = [
		...Object.values(manifest.icons ?? {}),
		manifest.background?.service_worker,
		...(manifest.background?.scripts ?? []),
		manifest.action?.default_popup,
		...Object.values(manifest.action?.default_icon ?? {}),
		manifest.options_ui?.page,
		...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
		manifest.storage?.managed_schema,
		manifest.default_locale === undefined ? undefined : `_locales/${manifest.default_locale}/messages.json`,
	];
	return paths.filter((path): path is string => path !== undefined).map((path) => path.replace(/^\//, ''));
}

function checkPackage(zipName: string, zip: Buffer, version: string): Manifest {
	const entries = readZip(zip);
	const names = new Set(entries.map((entry) => entry.name));
	const manifestEntry = entries.find((entry) => entry.name === 'manifest.json');
	if (manifestEntry === undefined) throw new PackageError(`${zipName}: no manifest.json at the zip root.`);
	const manifest = JSON.parse(manifestEntry.data.toString('utf8')) as Manifest;
	if (manifest.version !== version) {
		throw new PackageError(`${zipName}: manifest.json has version ${manifest.version}, package.json ${version}.`);
	}
	const missing = referencedFiles(manifest).filter((path) => !names.has(path));
	if (missing.length > 0)
		throw new PackageError(`${zipName}: files named in manifest.json are missing: ${missing.join(', ')}`);
	return manifest;
}

type LintSummary = {errors: number; warnings: number; notices: number};
type LintReport = {summary: LintSummary; errors: {code: string; message: string; file?: string}[]};

/** `web-ext lint` (AMO's addons-linter, listed-add-on rules) on the Firefox zip as unpacked by a reviewer. */
function lintFirefox(zip: Buffer): LintSummary {
	const dir = mkdtempSync(join(tmpdir(), 'eiam-assist-firefox-'));
	try {
		for (const {name, data} of readZip(zip)) {
			const path = join(dir, name);
			mkdirSync(dirname(path), {recursive: true});
			writeFileSync(path, data);
		}
		const webExt = join(ROOT, 'node_modules/.bin/web-ext');
		let output: string;
		try {
			output = execFileSync(webExt, ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
				cwd: ROOT,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			});
		} catch (error) {
			// web-ext exits non-zero when the linter found errors; its JSON report is still on stdout.
			output = (error as {stdout?: string}).stdout ?? '';
		}
		const report = JSON.parse(output) as LintReport;
		if (report.summary.errors > 0) {
			const details = report.errors
				.map((error) => `  ${error.code}: ${error.message}${error.file ? ` (${error.file})` : ''}`)
				.join('\n');
			throw new PackageError(
				`web-ext lint found ${report.summary.errors} error(s) in the Firefox zip:\n${details}`,
			);
		}
		return report.summary;
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	const {version} = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {version: string};
	const builds = {chrome: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox')};
	for (const [browser, dir] of Object.entries(builds)) {
		const manifestPath = join(dir, 'manifest.json');
		if (!existsSync(manifestPath))
			throw new PackageError(
				`${relative(ROOT, manifestPath)} is missing: run npm run build first (npm run package does).`,
			);
		const built = (JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest).version;
		if (built !== version) {
			throw new PackageError(
				`dist/${browser}/manifest.json has version ${built}, package.json ${version}: rebuild with npm run build.`,
			);
		}
	}

	await mkdir(ARTIFACTS, {recursive: true});
	const modified = commitTime();
	const {files: sources, warnings} = sourceFiles();
	const zips: {name: string; entries: ZipEntry[]}[] = [
		{
			name: `eiam-assist-${version}-chrome.zip`,
			entries: await entriesOf(builds.chrome, await filesUnder(builds.chrome)),
		},
		{
			name: `eiam-assist-${version}-firefox.zip`,
			entries: await entriesOf(builds.firefox, await filesUnder(builds.firefox)),
		},
		{name: `eiam-assist-${version}-source.zip`, entries: await entriesOf(ROOT, sources)},
	];
	const written = new Map<string, Buffer>();
	for (const {name, entries} of zips) {
		const zip = createZip(entries, modified);
		await writeFile(join(ARTIFACTS, name), zip);
		written.set(name, zip);
		console.log(`  artifacts/${name}  ${entries.length} files, ${(zip.length / 1024).toFixed(0)} kB`);
	}

	checkPackage(`eiam-assist-${version}-chrome.zip`, written.get(`eiam-assist-${version}-chrome.zip`)!, version);
	checkPackage(`eiam-assist-${version}-firefox.zip`, written.get(`eiam-assist-${version}-firefox.zip`)!, version);
	const source = readZip(written.get(`eiam-assist-${version}-source.zip`)!).map((entry) => entry.name);
	for (const required of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'README.md']) {
		if (!source.includes(required)) throw new PackageError(`The source zip lacks ${required}.`);
	}
	const lint = lintFirefox(written.get(`eiam-assist-${version}-firefox.zip`)!);
	console.log(
		`Checked: manifest.json at the root of both browser zips, version ${version}, every file it names present.`,
	);
	console.log(
		`web-ext lint (Firefox zip): ${lint.errors} errors, ${lint.warnings} warnings, ${lint.notices} notices.`,
	);
	for (const warning of warnings) console.warn(`Warning: ${warning}.`);
	console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

try {
	await main();
} catch (error) {
	console.error(
		`npm run package failed: ${error instanceof PackageError ? error.message : String((error as Error).stack ?? error)}`,
	);
	process.exitCode = 1;
}
