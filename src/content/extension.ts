import type {Browser} from 'webextension-polyfill';

// The content script's handle on the extension API, without webextension-polyfill (issue #14: ~3 kB gzip in every
// portal page). Firefox has `browser`, Chromium `chrome`; in MV3 both return promises for what the content script
// calls (runtime.sendMessage, runtime.getManifest, storage.onChanged). The one difference that matters, answering
// a message, is handled in background-link.ts with `sendResponse`, which both support. The polyfill's types
// describe the shared surface; the popup, options and background keep the polyfill itself (src/shared/browser.ts).

declare const browser: Browser | undefined;
declare const chrome: Browser | undefined;

/** The extension API of this content script; throws outside an extension (never reached in a portal page). */
export function extension(): Browser {
	const api = typeof browser === 'object' ? browser : typeof chrome === 'object' ? chrome : undefined;
	if (!api?.runtime) throw new Error('eIAM Assist: no extension API in this page');
	return api;
}
