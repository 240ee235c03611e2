import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {ensureBuilt} from './support/build';
import {CHROME_DIST, FIREFOX_DIST, ROOT} from './support/paths';
import {ADMIN_APP_PATH, PORTAL_ORIGIN, TRAINING_PORTAL_ORIGIN} from '../../src/shared/portal-address';

// The built manifests promise the browsers the shipped code runs in (issue #13, item 10): a browser older than
// the minimum version must not install code that uses what it lacks.

type Manifest = {
	minimum_chrome_version?: string;
	browser_specific_settings?: {gecko?: {strict_min_version?: string}};
	permissions?: string[];
	optional_permissions?: string[];
	host_permissions?: string[];
	optional_host_permissions?: string[];
	web_accessible_resources?: unknown[];
	content_scripts?: {js?: string[]; matches?: string[]}[];
};

const manifestOf = (dist: string): Manifest =>
	JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;

type LintReport = {warnings: {code: string; description: string}[]; errors: {code: string}[]};

describe('the built manifests and the browsers they admit', () => {
	ensureBuilt();

	test('Chrome: at least 116, the first version with AbortSignal.any, which the content script calls', () => {
		const contentScript = readFileSync(join(CHROME_DIST, 'src/content/main.js'), 'utf8');
		expect(contentScript).toContain('AbortSignal.any');
		expect(Number(manifestOf(CHROME_DIST).minimum_chrome_version)).toBeGreaterThanOrEqual(116);
		// A Chrome-only key has no place in the Firefox build.
		expect(manifestOf(FIREFOX_DIST).minimum_chrome_version).toBeUndefined();
	});

	test.for([CHROME_DIST, FIREFOX_DIST])(
		'%s: least permissions — storage, scripting and the production portal’s admin app, nothing exposed (#14)',
		(dist) => {
			const manifest = manifestOf(dist);
			const adminApp = `${PORTAL_ORIGIN}${ADMIN_APP_PATH}*`;
			expect(manifest.permissions?.toSorted()).toEqual(['scripting', 'storage']);
			expect(manifest.optional_permissions).toBeUndefined();
			// executeScript (the extras script) needs a host permission in Chromium; exactly the content script's pattern.
			expect(manifest.host_permissions).toEqual([adminApp]);
			expect(manifest.content_scripts?.map(({matches}) => matches)).toEqual([[adminApp]]);
			expect(manifest.optional_host_permissions).toEqual([`${TRAINING_PORTAL_ORIGIN}/*`]);
			expect(manifest.web_accessible_resources).toBeUndefined();
			// The extras script is built into both, as the one file the background injects.
			expect(readFileSync(join(dist, 'src/content/extras.js'), 'utf8')).toContain('eiamAssistExtras');
		},
	);

	test('Firefox: Mozilla’s linter finds no key newer than strict_min_version (desktop and Android)', () => {
		const output = execFileSync(
			join(ROOT, 'node_modules/.bin/web-ext'),
			['lint', '--source-dir', FIREFOX_DIST, '--self-hosted', '--output', 'json', '--no-input'],
			{cwd: ROOT, encoding: 'utf8'},
		);
		const report = JSON.parse(output) as LintReport;
		const versionWarnings = report.warnings.filter(({code}) => code.includes('MIN_VERSION'));
		expect(versionWarnings.map(({description}) => description)).toEqual([]);
		expect(report.errors).toEqual([]);
		// AbortSignal.any needs Firefox 124; the manifest's minimum is at least that.
		const minimum = manifestOf(FIREFOX_DIST).browser_specific_settings?.gecko?.strict_min_version ?? '0';
		expect(Number.parseFloat(minimum)).toBeGreaterThanOrEqual(124);
	});
});
