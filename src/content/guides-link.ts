import type {Guide} from '../guides/schema';
import type {GuideId} from '../shared/guide-ids';
import {sendToBackground} from './background-link';

export type GuideBook = {
	/** Settles when the guides are here (true), or the background could not answer (false). */
	readonly ready: Promise<boolean>;
	readonly loaded: boolean;
	byId: (id: GuideId) => Guide;
	/** Whether `id` names a guide that is here. */
	has: (id: string) => id is GuideId;
};

/**
 * The guides' definitions, from the background once per page (issue #14: data the content script runs but need not
 * carry). `ready` settles when they are here (or the background could not answer: then no guide starts or
 * resumes on this page, as when the extension is updated under it); `byId` is only asked after that.
 */
export function guideBook(): GuideBook {
	let guides: readonly Guide[] = [];
	return {
		ready: sendToBackground({type: 'bg:guides-load'}).then(
			(loaded) => {
				guides = loaded;
				return true;
			},
			() => false,
		),
		get loaded() {
			return guides.length > 0;
		},
		has: (id): id is GuideId => guides.some((guide) => guide.id === id),
		byId: (id) => {
			const guide = guides.find((candidate) => candidate.id === id);
			if (!guide) throw new Error(`No guide ${id}`);
			return guide;
		},
	};
}
