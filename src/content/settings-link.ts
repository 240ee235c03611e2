import {CONTENT_DEFAULTS, type ContentSettings} from '../shared/content-settings';
import {sendToBackground} from './background-link';

// The settings a portal page uses come from the background, which reads and validates them (no settings schema in
// the content script, issue #14). The page does not listen to storage: the background tells it when the settings
// changed in sync storage or by policy (`cs:settings-changed`), and the page asks for them again.

/** The page's settings; rejects when the background cannot answer (an extension update). */
export function loadContentSettings(): Promise<ContentSettings> {
	return sendToBackground({type: 'bg:settings-load'});
}

export {CONTENT_DEFAULTS};
