import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {CHROME_DIST} from '../e2e/support/paths';
import {contentScriptFiles} from './content-script-files';
import type {Part} from './part';

/**
 * What the content script costs to load (issue #14 item 2): the JS and CSS it loads from the Chrome build, each
 * file gzipped on its own (zlib's default level) and added up. Deterministic; the budget test of the build will
 * hold the same number to 15,360 bytes.
 */
export const sizePart: Part = {
	name: 'size',
	budgetMs: 10_000,
	reserveMs: 2_000,
	measures: [
		{measure: 'content-script-gzip-bytes', unit: 'B', target: 15_360},
		{measure: 'content-script-bytes', unit: 'B', note: 'minified, not compressed'},
	],
	run({results}) {
		const read = (path: string): string | undefined => {
			const file = join(CHROME_DIST, path);
			return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
		};
		const manifest = read('manifest.json');
		if (manifest === undefined) throw new Error(`no build in ${CHROME_DIST} (npm run build)`);
		const files = contentScriptFiles(manifest, read);
		if (files.length === 0) throw new Error('the manifest declares no content script');
		const bytes = files.map((path) => readFileSync(join(CHROME_DIST, path)));
		const note = files.join(' + ');
		results.value(
			'content-script-gzip-bytes',
			bytes.reduce((sum, file) => sum + gzipSync(file).length, 0),
			note,
		);
		results.value(
			'content-script-bytes',
			bytes.reduce((sum, file) => sum + file.length, 0),
			note,
		);
		return Promise.resolve();
	},
};
