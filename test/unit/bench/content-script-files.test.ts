import {expect, test} from 'vitest';
import {contentScriptFiles, referencedFiles} from '../../bench/content-script-files';

const manifest = (contentScripts: unknown[]): string =>
	JSON.stringify({manifest_version: 3, content_scripts: contentScripts});
const build = (files: Record<string, string>) => (path: string) => files[path];

test('a self-contained content script is the one file the manifest names, with its CSS', () => {
	const files = {'src/content/main.js': '(()=>{const css=".ring{}";})();', 'assets/overlay.css': '.x{}'};
	expect(
		contentScriptFiles(manifest([{js: ['src/content/main.js'], css: ['assets/overlay.css']}]), build(files)),
	).toEqual(['src/content/main.js', 'assets/overlay.css']);
});

test('a loader counts with every chunk it imports, directly or through another chunk, each once', () => {
	const files = {
		'assets/main.ts-loader.js': '(function(){import(chrome.runtime.getURL("assets/main.ts-abc.js"))})();',
		'assets/main.ts-abc.js': 'import{a as b}from"./preact-1.js";import"./texts-de.js";export{b};',
		'assets/preact-1.js': 'import"./texts-de.js";export const a=1;',
		'assets/texts-de.js': 'export default {};',
		'assets/popup-only.js': 'export const unused=1;',
	};
	expect(contentScriptFiles(manifest([{js: ['assets/main.ts-loader.js']}]), build(files))).toEqual([
		'assets/main.ts-loader.js',
		'assets/main.ts-abc.js',
		'assets/preact-1.js',
		'assets/texts-de.js',
	]);
});

test('strings that only look like paths, or point elsewhere, are not files of the build', () => {
	expect(
		referencedFiles('import("https://cdn.example/x.js");const p="/assets/a.css";', 'src/content/main.js'),
	).toEqual(['assets/a.css']);
	expect(
		contentScriptFiles(manifest([{js: ['main.js']}]), build({'main.js': 'const s="assets/missing.js";'})),
	).toEqual(['main.js']);
});

test('a file the manifest names but the build lacks is an error', () => {
	expect(() => contentScriptFiles(manifest([{js: ['gone.js']}]), build({}))).toThrow(/gone\.js/);
});

test('no content script means no files', () => {
	expect(contentScriptFiles(JSON.stringify({manifest_version: 3}), build({}))).toEqual([]);
});
