import {INSTALLED_LABELS} from '../portal/label-table';
import {askBackground} from './background-link';
import type {Extras} from './extras-api';

let extras: Extras | undefined;
let loading: Promise<Extras | undefined> | undefined;

/**
 * The extras script's readers (extras-api.ts), injected by the background at the first ask (`bg:load-extras`) and
 * kept for the page's life; undefined when it could not be injected (the extension updated under the page, a
 * browser that refused): the feature then does nothing, and the next ask tries again.
 */
export function loadExtras(): Promise<Extras | undefined> {
	return (loading ??= askBackground({type: 'bg:load-extras'}).then(() => {
		// The script has run by the time the background answers (executeScript resolves after it); the portal's words
		// are here too, since nothing asks before the assistant started (main.ts).
		const entry = globalThis.eiamAssistExtras;
		extras = entry && INSTALLED_LABELS && entry(INSTALLED_LABELS);
		if (!extras) loading = undefined;
		return extras;
	}));
}

/** The readers once `loadExtras` gave them; undefined before (callers that run later in a feature use this). */
export function loadedExtras(): Extras | undefined {
	return extras;
}
