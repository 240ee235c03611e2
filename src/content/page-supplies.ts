import type {ContentSettings} from '../shared/content-settings';
import {guideBook, type GuideBook} from './guides-link';
import {CONTENT_DEFAULTS, loadContentSettings} from './settings-link';

export type PageSupplies = {
	readonly settings: ContentSettings;
	readonly guides: GuideBook;
	/** Reads the settings; again whenever the background says they changed. The launcher appears once the guides are here. */
	start(): void;
	/** The background says the settings changed (the options page, sync, a policy): they are read again. */
	settingsChanged(): void;
};

/**
 * What the background supplies a portal page (issue #14: the content script carries no catalog, no guides, no
 * settings schema): the settings and the guides. `changed` is called whenever one of them arrives or changes, so
 * the overlay renders again. Unreadable settings keep what the page has (at first CONTENT_DEFAULTS): the portal
 * works as before. A late answer never overwrites a newer one.
 */
export function pageSupplies(changed: () => void): PageSupplies {
	let settings: ContentSettings = CONTENT_DEFAULTS;
	let asked = 0;
	const guides = guideBook();
	const loadSettings = (): void => {
		const request = ++asked;
		loadContentSettings().then(
			(loaded) => {
				if (request !== asked) return;
				settings = loaded;
				changed();
			},
			() => undefined,
		);
	};
	return {
		get settings() {
			return settings;
		},
		guides,
		start() {
			loadSettings();
			void guides.ready.then(changed);
		},
		settingsChanged: loadSettings,
	};
}
