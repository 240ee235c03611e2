import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {contentScriptFiles} from './content-script-files';

/** Issue #14: what the content script may cost to load, JS and CSS, gzip (zlib's default level), in bytes. */
export const CONTENT_SCRIPT_GZIP_GOAL = 15_360;

export type ContentScriptSize = {files: string[]; gzipBytes: number; bytes: number};

/**
 * The JS and CSS the content script of the Chrome build in `dist` loads, each file gzipped on its own and added up.
 * Deterministic for a given build: the benchmark prints it, a unit test holds it to the budget.
 */
export function contentScriptSize(dist: string): ContentScriptSize {
	const read = (path: string): string | undefined => {
		const file = join(dist, path);
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const manifest = read('manifest.json');
	if (manifest === undefined) throw new Error(`no build in ${dist} (npm run build)`);
	const files = contentScriptFiles(manifest, read);
	if (files.length === 0) throw new Error('the manifest declares no content script');
	const contents = files.map((path) => readFileSync(join(dist, path)));
	return {
		files,
		gzipBytes: contents.reduce((sum, file) => sum + gzipSync(file).length, 0),
		bytes: contents.reduce((sum, file) => sum + file.length, 0),
	};
}

/**
 * The extras script (src/content/extras-api.ts): what the background injects into a portal page the first time the
 * superuser asks for the access review, the diagnostics report, teach mode's pick or the popup's person. Not part of
 * the page's load, so measured on its own, gzipped the same way.
 */
export const EXTRAS_SCRIPT = 'src/content/extras.js';

/** The extras script of the Chrome build in `dist`, gzipped (zlib's default level). */
export function extrasScriptSize(dist: string): ContentScriptSize {
	const file = join(dist, EXTRAS_SCRIPT);
	if (!existsSync(file)) throw new Error(`no ${EXTRAS_SCRIPT} in ${dist} (npm run build)`);
	const content = readFileSync(file);
	return {files: [EXTRAS_SCRIPT], gzipBytes: gzipSync(content).length, bytes: content.length};
}
