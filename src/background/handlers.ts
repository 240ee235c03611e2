import type {Runtime} from 'webextension-polyfill';
import {browser} from '../shared/browser';
import {guides} from '../guides';
import {freshSession} from '../shared/guide-session';
import {boundPortalPerson} from '../shared/portal-data';
import {portalLabels} from '../portal/portal-labels';
import {diagnosticsReport} from './diagnostics-report';
import {injectExtras} from './extras-injection';
import {reviewAccess} from '../review/access-review';
import {reviewCsv, reviewCsvFileName} from '../review/review-csv';
import {REVIEW_TEXTS} from '../review/review-texts';
import type {BackgroundRequest} from '../shared/messages';
import {MessageError, handleBackgroundRequests, sendToTab} from '../shared/messaging';
import {overlayTree} from '../overlay/overlay';
import {overlayView} from './overlay-view';
import {clearSession, loadSession, saveSession} from './guide-sessions';
import {actOnGuide, guideClicked, replaceGuideSession} from './guide-runners';
import {loadLearnedTargets, removeLearnedTarget, saveLearnedTarget} from './learned-store';
import type {KnownSettings} from './known-settings';
import {PORTAL_PREFIX, currentPortalTab, focusOrOpenPortal, rememberPortalTab} from './portal-tabs';
import {TRAINING_PORTAL_PREFIX, worksInTraining} from './training-portal';

function portalTabOf(sender: Runtime.MessageSender): number {
	const tabId = sender.tab?.id;
	if (tabId === undefined) throw new MessageError('no-tab', 'Only a portal tab can do this');
	return tabId;
}

/** Content-script requests must come from a portal page; UI requests from our own popup or options page. */
function isAllowed(request: BackgroundRequest, sender: Runtime.MessageSender): boolean {
	const url = sender.url ?? '';
	if (
		request.type.startsWith('bg:guide-session-') ||
		request.type.startsWith('bg:learned-target') ||
		request.type === 'bg:may-run' ||
		request.type === 'bg:page-labels' ||
		request.type === 'bg:diagnostics-report' ||
		request.type === 'bg:review-csv' ||
		request.type === 'bg:overlay' ||
		request.type === 'bg:guides-load' ||
		request.type === 'bg:guide' ||
		request.type === 'bg:guide-clicked' ||
		request.type === 'bg:load-extras'
	) {
		return (
			(url.startsWith(PORTAL_PREFIX) || url.startsWith(TRAINING_PORTAL_PREFIX)) && sender.tab?.id !== undefined
		);
	}
	return (
		url.startsWith(browser.runtime.getURL('src/popup/')) || url.startsWith(browser.runtime.getURL('src/options/'))
	);
}

/**
 * `settings`: the background's copy (known-settings.ts); the overlay, the diagnostics report and the training
 * portal's start follow it, so the portal page carries no settings (issue #14).
 */
export function registerHandlers(settings: KnownSettings): void {
	handleBackgroundRequests(
		{
			'bg:guide-session-load': async (_request, sender) => {
				const tabId = portalTabOf(sender);
				await rememberPortalTab(tabId);
				return loadSession(tabId);
			},
			'bg:guide-session-save': async ({session}, sender) => {
				const tabId = portalTabOf(sender);
				await (session ? saveSession(tabId, session) : clearSession(tabId));
				return null;
			},
			// The production portal is the extension's purpose; the training portal only while the setting is on (a
			// lock included, issue #13). The page asks only there, and rejects mean off (may-run-here.ts).
			'bg:may-run': async (_request, sender) =>
				!sender.url?.startsWith(TRAINING_PORTAL_PREFIX) || (await settings.current()).trainingEnvironment,
			'bg:page-labels': (_request, sender) => {
				// Every portal page asks at once: known from now on, so a change of the settings from here on reaches
				// it (cs:settings-changed, main.ts); the session's load comes later (after the learned targets). The
				// labels do not wait for the note: the page waits for them.
				void rememberPortalTab(portalTabOf(sender)).catch(() => undefined);
				return portalLabels();
			},
			'bg:diagnostics-report': async (request) =>
				diagnosticsReport(
					request,
					(await settings.current()).supportAddress,
					browser.runtime.getManifest().version,
					navigator.userAgent,
				),
			'bg:review-csv': ({rows, lang}) => ({
				csv: reviewCsv(reviewAccess(rows, undefined).seen, lang, REVIEW_TEXTS[lang]),
				fileName: reviewCsvFileName(new Date()),
			}),
			'bg:overlay': async (request) =>
				overlayTree(overlayView(request, await settings.current(), navigator.language), request.ui),
			'bg:guides-load': () => [...guides],
			// The tab is the sender's, never one a message names.
			'bg:guide': ({act}, sender) => actOnGuide(portalTabOf(sender), act),
			'bg:guide-clicked': ({step, confirmations}, sender) =>
				guideClicked(portalTabOf(sender), step, confirmations),
			'bg:load-extras': (_request, sender) => injectExtras(sender),
			'bg:learned-targets-load': () => loadLearnedTargets(),
			'bg:learned-target-save': async ({target}) => {
				await saveLearnedTarget(target);
				return null;
			},
			'bg:learned-target-remove': async ({guide, step, page}) => {
				await removeLearnedTarget({guide, step, page});
				return null;
			},
			'bg:start-guide-in-portal': async ({guide, context}) => {
				// The tab the user looks at, or the one they used last; none open: a new one (issue #13).
				const tabId = await focusOrOpenPortal(await worksInTraining());
				await replaceGuideSession(tabId, freshSession(guide, context));
				// A tab that is still loading picks the session up itself when its content script starts.
				await sendToTab(tabId, {type: 'cs:session-changed'}).catch(() => undefined);
				return {tabId};
			},
			'bg:read-portal-person': async () => {
				const tabId = await currentPortalTab();
				// Said plainly: «no person open» would send the user looking in a tab that is not there.
				if (tabId === undefined) throw new MessageError('no-portal-tab', 'No tab shows the portal');
				const person = await sendToTab(tabId, {type: 'cs:read-portal-person'}).catch(() => null);
				// Every text within FIELD_TEXT_MAX, whatever the page showed (#13).
				return person && boundPortalPerson(person);
			},
		},
		isAllowed,
	);
}
