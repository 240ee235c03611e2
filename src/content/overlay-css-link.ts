import {sendToBackground} from './background-link';

/**
 * The overlay's style sheet (src/overlay/overlay.css), from the background once per page (issue #14: data the
 * content script applies but need not carry). Undefined when the background could not answer (the extension
 * updated under the page): then the assistant stays inert, as without guides.
 */
export function loadOverlayCss(): Promise<string | undefined> {
	return sendToBackground({type: 'bg:overlay-css'}).then(
		(css) => css,
		() => undefined,
	);
}
