import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import JSZip from 'jszip';

// `npm run package` (after `npm run build`): the store uploads and the source AMO asks for, into artifacts/:
//   eiam-assist-<version>-chrome.zip   dist/chrome at the zip root (Chrome Web Store, Edge Add-ons)  web-ext build
//   eiam-assist-<version>-firefox.zip  dist/firefox at the zip root (addons.mozilla.org)             web-ext build
//   eiam-assist-<version>-source.zip   the git-tracked files (what AMO reviewers rebuild dist/firefox from)  git archive
// The version comes from package.json only; the build writes it into both manifests, and this script refuses to
// package when they differ. Then it checks its own output: manifest.json at each root with that version, every
// file the manifest names present, and `web-ext lint` with 0 errors on the unpacked Firefox zip.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'artifacts');
const WEB_EXT = join(ROOT, 'node_modules/.bin/web-ext');
/** Never in the source zip, even if someone tracks them by mistake. */
const SOURCE_EXCLUDED = ['node_modules', 'dist', 'artifacts'];

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

function run(command: string, args: readonly string[]): string {
	return execFileSync(command, args, {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

/** A browser build zipped by Mozilla's own tool (hidden files and tool caches left out, manifest at the root). */
function webExtBuild(sourceDir: string, fileName: string): void {
	// Throws with web-ext's own output when the build fails.
	run(WEB_EXT, ['build', '--source-dir', sourceDir, '--artifacts-dir', ARTIFACTS, '--filename', fileName]);
}

/**
 * The tracked files as they are in the working tree (what the build just used): `git stash create` records them in
 * a commit object without touching the checkout or the stash list; `git archive` writes that tree.
 */
function gitArchive(fileName: string): string[] {
	const tree = run('git', ['stash', 'create']).trim() || 'HEAD';
	const excluded = SOURCE_EXCLUDED.map((dir) => `:(exclude)${dir}`);
	run('git', ['archive', '--format=zip', '-o', join(ARTIFACTS, fileName), tree, '--', '.', ...excluded]);
	const warnings: string[] = [];
	const changed = run('git', ['status', '--porcelain', '--untracked-files=no']).trim();
	if (changed !== '')
		warnings.push(
			`uncommitted changes in ${changed.split('\n').length} tracked file(s) are in the source zip as they are now`,
		);
	const untracked = run('git', ['ls-files', '--others', '--exclude-standard', '-z'])
		.split('\0')
		.filter((name) => name !== '');
	if (untracked.length > 0) {
		const shown = untracked.slice(0, 5).join(', ');
		warnings.push(
			`${untracked.length} untracked file(s) are NOT in the source zip (${shown}${untracked.length > 5 ? ', …' : ''}); commit them if the build needs them`,
		);
	}
	return warnings;
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

async function readZip(fileName: string): Promise<JSZip> {
	return JSZip.loadAsync(await readFile(join(ARTIFACTS, fileName)));
}

async function checkPackage(fileName: string, version: string): Promise<JSZip> {
	const zip = await readZip(fileName);
	const manifestEntry = zip.file('manifest.json');
	if (manifestEntry === null) throw new PackageError(`${fileName}: no manifest.json at the zip root.`);
	const manifest = JSON.parse(await manifestEntry.async('string')) as Manifest;
	if (manifest.version !== version) {
		throw new PackageError(`${fileName}: manifest.json has version ${manifest.version}, package.json ${version}.`);
	}
	const missing = referencedFiles(manifest).filter((path) => zip.file(path) === null);
	if (missing.length > 0)
		throw new PackageError(`${fileName}: files named in manifest.json are missing: ${missing.join(', ')}`);
	return zip;
}

type LintSummary = {errors: number; warnings: number; notices: number};
type LintReport = {summary: LintSummary; errors: {code: string; message: string; file?: string}[]};

/** `web-ext lint` (AMO's addons-linter, listed-add-on rules) on the Firefox zip as unpacked by a reviewer. */
async function lintFirefox(zip: JSZip): Promise<LintSummary> {
	const dir = mkdtempSync(join(tmpdir(), 'eiam-assist-firefox-'));
	try {
		for (const entry of Object.values(zip.files)) {
			if (entry.dir) continue;
			const path = join(dir, entry.name);
			await mkdir(dirname(path), {recursive: true});
			await writeFile(path, await entry.async('nodebuffer'));
		}
		let output: string;
		try {
			output = run(WEB_EXT, ['lint', '--source-dir', dir, '--output', 'json', '--no-input']);
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
	const names = {
		chrome: `eiam-assist-${version}-chrome.zip`,
		firefox: `eiam-assist-${version}-firefox.zip`,
		source: `eiam-assist-${version}-source.zip`,
	};
	for (const name of Object.values(names)) rmSync(join(ARTIFACTS, name), {force: true});
	webExtBuild(builds.chrome, names.chrome);
	webExtBuild(builds.firefox, names.firefox);
	const warnings = gitArchive(names.source);
	for (const name of Object.values(names)) {
		const zip = await readZip(name);
		const files = Object.values(zip.files).filter((entry) => !entry.dir).length;
		const size = (await readFile(join(ARTIFACTS, name))).length;
		console.log(`  artifacts/${name}  ${files} files, ${(size / 1024).toFixed(0)} kB`);
	}

	await checkPackage(names.chrome, version);
	const firefox = await checkPackage(names.firefox, version);
	const source = await readZip(names.source);
	for (const required of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'README.md']) {
		if (source.file(required) === null) throw new PackageError(`The source zip lacks ${required}.`);
	}
	const lint = await lintFirefox(firefox);
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
	const output = (error as {stderr?: string}).stderr;
	const message = error instanceof PackageError ? error.message : String((error as Error).stack ?? error);
	console.error(`npm run package failed: ${message}${output ? `\n${output}` : ''}`);
	process.exitCode = 1;
}
