import type {Browser} from 'webextension-polyfill';

// The content script's handle on the extension API, without webextension-polyfill (issue #14: ~3 kB gzip in every
// portal page). Firefox has `browser`, Chromium `chrome`; in MV3 both return promises for what the content script
// calls (runtime.sendMessage). The one difference that matters, answering
// a message, is handled in background-link.ts with `sendResponse`, which both support. The polyfill's types
// describe the shared surface; the popup, options and background keep the polyfill itself (src/shared/browser.ts).

declare const browser: Browser | undefined;
declare const chrome: Browser;

/**
 * The extension API of this content script. The manifest injects it into portal pages only, where one of the two
 * always exists; outside an extension the first call throws (chrome is not defined).
 */
export function extension(): Browser {
	return typeof browser === 'object' ? browser : chrome;
}
