import type {Runtime} from 'webextension-polyfill';
import extrasScript from '../content/extras?script&iife';
import {browser} from '../shared/browser';
import {MessageError} from '../shared/messaging';

/**
 * Injects the extras script (src/content/extras-api.ts) into the frame whose content script asked (`bg:load-extras`):
 * the tab and frame come from the runtime's sender, never from the message. The build emits the script as one
 * self-contained file (crxjs `?script&iife`); the manifest exposes it to no page (vite.config.ts). Resolves once it
 * has run; rejects when the browser refuses, and the content script then goes on without it.
 */
export async function injectExtras(sender: Runtime.MessageSender): Promise<null> {
	const tabId = sender.tab?.id;
	const frameId = sender.frameId;
	if (tabId === undefined || frameId === undefined)
		throw new MessageError('no-tab', 'Only a portal frame can do this');
	await browser.scripting.executeScript({target: {tabId, frameIds: [frameId]}, files: [extrasScript]});
	return null;
}
