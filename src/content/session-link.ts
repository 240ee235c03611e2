import type {GuideRunner} from '../engine/runner';
import type {GuideSession} from '../shared/guide-session';
import {askBackground} from './background-link';

// The tab's guide session lives in the background's storage.session (content scripts cannot use it in Chrome):
// loaded at start and when the popup starts a guide, saved at every step so a reload resumes there.

/** Saves the session (null: the guide ended). If it fails only resuming after a reload is lost. */
export function saveGuideSession(session: GuideSession | null): void {
	void askBackground({type: 'bg:guide-session-save', session});
}

/**
 * Resumes this tab's stored guide in `runner`: `replace` when the popup started one for this tab; `unless-started`
 * after a reload, where a guide the user started here meanwhile (a busy machine answers late) is not set back.
 */
export async function resumeStoredGuide(runner: GuideRunner, how: 'replace' | 'unless-started'): Promise<void> {
	// Null when none is stored; undefined when the background is restarting (an update).
	const session = await askBackground({type: 'bg:guide-session-load'});
	if (session && (how === 'replace' || !runner.session)) runner.resume(session);
}
