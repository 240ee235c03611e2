import type {ContentSettings} from '../shared/content-settings';
import {guideBook, type GuideBook} from './guides-link';
import {CONTENT_DEFAULTS, followSettings} from './settings-link';

export type PageSupplies = {
	readonly settings: ContentSettings;
	readonly guides: GuideBook;
	/** Follows the settings until `signal` aborts; the launcher appears once the guides are here. */
	start(signal: AbortSignal): void;
};

/**
 * What the background supplies a portal page (issue #14: the content script carries no catalog, no guides, no
 * settings schema): the settings and the guides. `changed` is called whenever one of them arrives or changes, so
 * the overlay renders again.
 */
export function pageSupplies(changed: () => void): PageSupplies {
	let settings: ContentSettings = CONTENT_DEFAULTS;
	const guides = guideBook();
	return {
		get settings() {
			return settings;
		},
		guides,
		start(signal) {
			followSettings((followed) => {
				settings = followed;
				changed();
			}, signal);
			void guides.ready.then(changed);
		},
	};
}
