import type {GuideRunner} from '../engine/runner';
import type {GuideSession} from '../shared/guide-session';
import {askBackground} from './background-link';

// The tab's guide session lives in the background's storage.session (content scripts cannot use it in Chrome):
// loaded at start and when the popup starts a guide, saved at every step so a reload resumes there.

/** The stored session of this tab; null when there is none, undefined when the background is restarting (an update). */
export async function loadGuideSession(): Promise<GuideSession | null | undefined> {
	return askBackground({type: 'bg:guide-session-load'});
}

/** Saves the session (null: the guide ended). If it fails only resuming after a reload is lost. */
export async function saveGuideSession(session: GuideSession | null): Promise<void> {
	await (session
		? askBackground({type: 'bg:guide-session-save', session})
		: askBackground({type: 'bg:guide-session-clear'}));
}

/**
 * Resumes this tab's stored guide in `runner`: `replace` when the popup started one for this tab; `unless-started`
 * after a reload, where a guide the user started here meanwhile (a busy machine answers late) is not set back.
 */
export async function resumeStoredGuide(runner: GuideRunner, how: 'replace' | 'unless-started'): Promise<void> {
	const session = await loadGuideSession();
	if (session && (how === 'replace' || !runner.session)) runner.resume(session);
}
