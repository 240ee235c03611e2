import {CHROME_DIST} from '../e2e/support/paths';
import {CONTENT_SCRIPT_GZIP_GOAL, contentScriptSize, extrasScriptSize} from './content-script-size';
import type {Part} from './part';

/**
 * What the content script costs to load (issue #14 item 2): the JS and CSS it loads from the Chrome build, each
 * file gzipped on its own (zlib's default level) and added up; beside it the extras script the background injects
 * on demand, measured the same way. Deterministic; test/unit/meta/content-script-size holds both numbers to their
 * ceilings.
 */
export const sizePart: Part = {
	name: 'size',
	budgetMs: 10_000,
	reserveMs: 2_000,
	measures: [
		{measure: 'content-script-gzip-bytes', unit: 'B', target: CONTENT_SCRIPT_GZIP_GOAL},
		{measure: 'content-script-bytes', unit: 'B', note: 'minified, not compressed'},
		// Injected only when a feature asks for it (the access review, diagnostics, teach mode, the popup's person).
		{measure: 'extras-script-gzip-bytes', unit: 'B', note: 'injected on demand'},
	],
	run({results}) {
		const size = contentScriptSize(CHROME_DIST);
		const note = size.files.join(' + ');
		results.value('content-script-gzip-bytes', size.gzipBytes, note);
		results.value('content-script-bytes', size.bytes, note);
		const extras = extrasScriptSize(CHROME_DIST);
		results.value('extras-script-gzip-bytes', extras.gzipBytes, extras.files.join(' + '));
		return Promise.resolve();
	},
};
