import {guideRunner, type GuideRunner} from '../engine/runner';
import {guideById} from '../guides';
import type {GuideDirective} from '../shared/guide-sense';
import type {GuideAct} from '../shared/guide-sense-schema';
import type {GuideSession} from '../shared/guide-session';
import type {PageId} from '../shared/page-ids';
import {sendToTab} from '../shared/messaging';
import {clearSession, loadSession, saveSession} from './guide-sessions';

// The guide runner of each portal tab (issue #14: the decisions left the page; src/content/guide-client.ts senses
// and marks). What one tab asks is handled one request at a time, in order: a click report and the evaluation of
// the page after it must not interleave. The session is saved at every step, so a reload, or a service worker
// the browser stopped meanwhile, takes it up again.

type TabGuide = {runner: GuideRunner; queue: Promise<unknown>; saving: Promise<unknown>};

const tabs = new Map<number, TabGuide>();

function tabGuide(tabId: number): TabGuide {
	const known = tabs.get(tabId);
	if (known) return known;
	const save = (session: GuideSession | null): void => {
		// In order: a save must not land after the clearing that followed it.
		entry.saving = entry.saving
			.then(() => (session ? saveSession(tabId, session) : clearSession(tabId)))
			.catch(() => undefined);
	};
	// The page looks again and its look brings the new view; a page that is gone has nothing to answer.
	const wake = (): void => void sendToTab(tabId, {type: 'cs:guide-refresh'}).catch(() => undefined);
	const entry: TabGuide = {
		runner: guideRunner({save, wake}, guideById),
		queue: Promise.resolve(),
		saving: Promise.resolve(),
	};
	tabs.set(tabId, entry);
	return entry;
}

/** The stored session of the tab, after the saves on their way. */
async function storedSession(entry: TabGuide, tabId: number): Promise<GuideSession | null> {
	await entry.saving;
	return loadSession(tabId);
}

/** Takes up the stored session when this runner has none (the service worker started again since). */
async function restore(entry: TabGuide, tabId: number, page: PageId): Promise<void> {
	if (entry.runner.view !== null) return;
	const stored = await storedSession(entry, tabId);
	if (stored) entry.runner.resume(stored, page);
}

async function perform(entry: TabGuide, tabId: number, act: GuideAct): Promise<GuideDirective | null> {
	const {runner} = entry;
	switch (act.do) {
		case 'sense':
			await restore(entry, tabId, act.snapshot.page);
			return runner.update(act.snapshot);
		case 'start':
			return runner.start(act.guide, act.context, act.page, act.snapshot);
		case 'resume': {
			const stored = await storedSession(entry, tabId);
			return stored ? runner.resume(stored, act.page) : runner.cancel();
		}
		case 'choose':
			await restore(entry, tabId, act.snapshot.page);
			return runner.choose(act.name, act.value, act.snapshot);
		case 'retry':
		case 'skip':
			await restore(entry, tabId, act.snapshot.page);
			return runner[act.do](act.snapshot);
		case 'cancel':
		case 'dismiss':
			return runner[act.do]();
	}
}

/** Runs `task` after everything the tab asked before it; a failed task does not stop the ones after it. */
function inTurn<T>(tabId: number, task: (entry: TabGuide) => Promise<T>): Promise<T> {
	const entry = tabGuide(tabId);
	const done = entry.queue.then(() => task(entry));
	entry.queue = done.catch(() => undefined);
	return done;
}

/** One tab's request to its guide runner; answers what the page marks, watches and shows (null: no guide). */
export function actOnGuide(tabId: number, act: GuideAct): Promise<GuideDirective | null> {
	return inTurn(tabId, (entry) => perform(entry, tabId, act));
}

/** The user clicked the guide's final click in the tab, with the success messages shown at that moment. */
export function guideClicked(tabId: number, step: string, confirmations: readonly string[]): Promise<null> {
	return inTurn(tabId, async (entry) => {
		await restore(entry, tabId, 'unknown');
		entry.runner.clicked(step, confirmations);
		return null;
	});
}

/**
 * The popup started a guide for the tab: the tab's runner takes it up, in turn with what the page asks, so a look
 * of the page on its way cannot save the guide it replaces over it. The page is told next (`cs:session-changed`).
 */
export function replaceGuideSession(tabId: number, session: GuideSession): Promise<void> {
	return inTurn(tabId, async (entry) => {
		entry.runner.resume(session, 'unknown');
		await entry.saving;
		await saveSession(tabId, session);
	});
}

/** The tab closed: its timers stop (its stored session goes with it, main.ts). */
export function forgetGuideTab(tabId: number): void {
	tabs.get(tabId)?.runner.stop();
	tabs.delete(tabId);
}
