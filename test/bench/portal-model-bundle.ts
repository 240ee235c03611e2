import {fileURLToPath} from 'node:url';
import {build} from 'vite';

/**
 * The portal model as one minified IIFE that installs `globalThis.portalModel` (test/bench/portal-model-entry.ts),
 * built like the content script. The benchmark and the Chromium test of `trackPage` inject it into replica pages.
 */
export async function bundlePortalModel(): Promise<string> {
	const result = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			target: 'es2022',
			lib: {
				entry: fileURLToPath(new URL('./portal-model-entry.ts', import.meta.url)),
				formats: ['iife'],
				name: 'portalModelBundle',
			},
		},
	});
	// write: false gives the output in memory (no watcher): one output with one chunk.
	for (const output of Array.isArray(result) ? result : [result]) {
		if (!('output' in output)) continue;
		for (const item of output.output) if (item.type === 'chunk') return item.code;
	}
	throw new Error('no bundle');
}
