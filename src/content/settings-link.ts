import {CONTENT_DEFAULTS, type ContentSettings} from '../shared/content-settings';
import {sendToBackground} from './background-link';
import {extension} from './extension';

// The settings a portal page uses come from the background, which reads and validates them (no settings schema in
// the content script, issue #14); a change in sync storage or by policy is read again.

/** The page's settings; rejects when the background cannot answer (an extension update). */
export function loadContentSettings(): Promise<ContentSettings> {
	return sendToBackground({type: 'bg:settings-load'});
}

/**
 * The settings now and after every change, until `signal` aborts. Unreadable settings call back with nothing: the
 * caller keeps CONTENT_DEFAULTS and the portal works as before. A late answer never overwrites a newer one.
 */
export function followSettings(callback: (settings: ContentSettings) => void, signal: AbortSignal): void {
	let asked = 0;
	const load = (): void => {
		const request = ++asked;
		loadContentSettings().then(
			(settings) => {
				if (!signal.aborted && request === asked) callback(settings);
			},
			() => undefined,
		);
	};
	const {storage} = extension();
	const changed = (_changes: unknown, area: string): void => {
		if (area === 'sync' || area === 'managed') load();
	};
	storage.onChanged.addListener(changed);
	signal.addEventListener('abort', () => storage.onChanged.removeListener(changed), {once: true});
	load();
}

export {CONTENT_DEFAULTS};
