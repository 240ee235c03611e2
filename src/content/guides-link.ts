import type {Guide} from '../guides/schema';
import type {GuideId} from '../shared/guide-ids';
import {sendToBackground} from './background-link';

/**
 * The guides' definitions, from the background once per page (issue #14: data the content script runs but need not
 * carry). `ready` settles when they are here (or the background could not answer: then no guide starts or
 * resumes on this page, as when the extension is updated under it); `byId` is only asked after that.
 */
export class GuideBook {
	#guides: readonly Guide[] = [];
	readonly ready: Promise<boolean>;

	constructor() {
		this.ready = sendToBackground({type: 'bg:guides-load'}).then(
			(guides) => {
				this.#guides = guides;
				return true;
			},
			() => false,
		);
	}

	get loaded(): boolean {
		return this.#guides.length > 0;
	}

	readonly byId = (id: GuideId): Guide => {
		const guide = this.#guides.find((candidate) => candidate.id === id);
		if (!guide) throw new Error(`eIAM Assist: guide ${id} not loaded`);
		return guide;
	};
}
