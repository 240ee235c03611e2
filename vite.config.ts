import {crx, type CrxPlugin, type ManifestV3Export} from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import {readFileSync} from 'node:fs';
import {minify} from 'terser';
import {defineConfig, type Plugin} from 'vite';
import baseManifest from './manifest.json' with {type: 'json'};
import {PORTAL_ORIGIN, TRAINING_HOST_PATTERNS, adminAppPrefix} from './src/shared/portal-address.ts';

// One source of truth for the version: package.json (issue #8).
const {version} = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {version: string};

/** The content script as crxjs emits it: one self-contained IIFE (standaloneFiles below). */
const CONTENT_SCRIPT = 'src/content/main.js';

/**
 * The extras script (src/content/extras-api.ts), which the background injects on demand: one self-contained IIFE too,
 * built by crxjs from the background's `import … from '../content/extras?script&iife'`.
 */
const EXTRAS_SCRIPT = 'src/content/extras.js';
const EXTRAS_ENTRY = '/src/content/extras.ts';

/**
 * Issue #14 (size): a second, deeper minification of the content script, the file every portal page loads, and of
 * the extras script it may ask for. Terser's extra compress passes after Vite's minifier pack the content script
 * ~330 B (gzip) tighter. Safe options only: the IIFEs export nothing, and no unsafe transforms are enabled, so the
 * code behaves exactly as Vite built it.
 */
function squeezeContentScript(): Plugin {
	return {
		name: 'eiam-assist:squeeze-content-script',
		apply: 'build',
		enforce: 'post',
		async generateBundle(_options, bundle) {
			for (const fileName of [CONTENT_SCRIPT, EXTRAS_SCRIPT]) {
				const script = bundle[fileName];
				if (script?.type !== 'asset') continue;
				const {code} = await minify(String(script.source), {ecma: 2022, compress: {passes: 3}});
				if (code !== undefined) script.source = code;
			}
		},
	};
}

/**
 * The extras script is injected by the background (`scripting.executeScript`), which needs no web-accessible
 * resource; crxjs lists every `?script` import as one for all http(s) pages, which would let any site probe for the
 * extension. Removed here, with the ES-module copy crxjs builds beside the IIFE and never references (its plugin's
 * own note: "the extra chunk is unreferenced"). The portal page stays free of web-accessible resources.
 */
function keepExtrasScriptPrivate(): CrxPlugin {
	return {
		name: 'eiam-assist:keep-extras-script-private',
		apply: 'build',
		enforce: 'post',
		generateBundle(_options, bundle) {
			for (const [fileName, file] of Object.entries(bundle)) {
				if (file.type === 'chunk' && file.facadeModuleId?.endsWith(EXTRAS_ENTRY))
					Reflect.deleteProperty(bundle, fileName);
			}
		},
		// crxjs asks its plugins for the final manifest after it added its resources (crx:manifest-post).
		renderCrxManifest(manifest) {
			const {web_accessible_resources: exposed = [], ...rest} = manifest;
			const resources = exposed
				.map((entry) => ({...entry, resources: entry.resources.filter((path) => path !== EXTRAS_SCRIPT)}))
				.filter((entry) => entry.resources.length > 0);
			return resources.length > 0 ? {...rest, web_accessible_resources: resources} : rest;
		},
	};
}

// `vite build` writes dist/chrome; `vite build --mode firefox` writes dist/firefox with the keys Firefox needs:
// an event page (`background.scripts`; Firefox has no MV3 service workers) and a gecko id.
export default defineConfig(({mode}) => {
	const firefox = mode === 'firefox';
	const {
		background,
		content_scripts: contentScripts,
		minimum_chrome_version: minimumChromeVersion,
		...common
	} = baseManifest;
	// Every page of the production portal's admin app: where the content script runs and the extras script may go.
	const adminApp = `${adminAppPrefix(PORTAL_ORIGIN)}*`;
	const manifest = {
		...common,
		// Chrome 116: the first with AbortSignal.any, which the content script uses (issue #13).
		...(!firefox && {minimum_chrome_version: minimumChromeVersion}),
		version,
		// The portal's addresses have one definition (src/shared/portal-address.ts); the manifest takes them from it.
		// The content script's pattern is also the one host permission: Chromium lets `scripting.executeScript`
		// (the extras script, src/background/extras-injection.ts) into a page only with a host permission, a content
		// script's match is not enough (Firefox ESR allows it; tried in both). It adds no install warning: the content
		// script already asks for this host. Chromium keeps host permissions per host (the path is dropped); the
		// background injects only into frames of the admin app that ask (handlers.ts `isAllowed`).
		host_permissions: [adminApp],
		optional_host_permissions: [...TRAINING_HOST_PATTERNS],
		content_scripts: contentScripts.map((script) => ({...script, matches: [adminApp]})),
		background: firefox ? {scripts: [background.service_worker], type: background.type} : background,
		...(firefox && {
			browser_specific_settings: {
				gecko: {
					id: 'eiam-assist@spiges.ch',
					// The oldest Firefox that knows every key we ship: data_collection_permissions came with Firefox 140
					// on desktop and 142 on Android (web-ext lint checks both), AbortSignal.any with 124.
					strict_min_version: '142.0',
					data_collection_permissions: {required: ['none']},
				},
			},
		}),
	} as ManifestV3Export; // crxjs' manifest type lags behind Firefox keys (data_collection_permissions); shape checked by web-ext lint.
	return {
		plugins: [
			preact(),
			crx({
				manifest,
				browser: firefox ? 'firefox' : 'chrome',
				// A self-contained IIFE: no loader, no web_accessible_resources exposed to the portal.
				contentScripts: {standaloneFiles: ['src/content/main.ts']},
			}),
			squeezeContentScript(),
			keepExtrasScriptPrivate(),
		],
		build: {
			outDir: firefox ? 'dist/firefox' : 'dist/chrome',
			emptyOutDir: true,
			target: 'es2022',
			modulePreload: false,
			// No source maps in the packages: stores review the code as shipped, and the source zip is the readable form.
			sourcemap: false,
		},
		server: {port: 5173, strictPort: true},
	};
});
