import type {OverlayHost} from '../overlay/mount';
import type {RowActionView} from '../overlay/view';
import {fieldRepair} from './field-repair';
import {livePortal} from './live-portal';
import {documentRect, viewportOf} from './measure';
import {guideWatch, listWatch, watchPageAndViewport} from './watching';
import {overlayActions} from './overlay-actions';
import type {ReviewSession} from './review-session';
import {guideClient, type GuideView} from './guide-client';
import {onNextFrame} from './next-frame';
import {handleContentRequests, sendToBackground} from './background-link';
import {guideBook} from './guides-link';
import {overlayClient} from './overlay-client';

/**
 * Wires the live portal, the guide and the overlay in one portal tab; decisions live in the modules it calls
 * (src/portal/watch.ts) and in the background, which runs the guide on what this page senses (guide-client.ts) and
 * builds the overlay from what this page sends (overlay-client.ts). Work happens in one animation frame per burst of portal changes; nothing runs while nothing
 * changes. Built before the portal's labels arrive; `start` once they are here (main.ts).
 */
export function assistant(doc: Document, overlay: OverlayHost, signal: AbortSignal): {start(): void} {
	let guide: GuideView | null = null;
	let rowActions: readonly RowActionView[] = [];
	let review: ReviewSession | undefined;

	/** One pass: page and language, the guide's step, the row helpers, then one render. */
	const refresh = (): void => {
		if (signal.aborted) return;
		const {page, lang} = portal.detect();
		const {dataset} = overlay.host;
		if (dataset.page !== page) dataset.page = page;
		if (dataset.lang !== lang) dataset.lang = lang;
		if (runner.running) runner.update(); // renders through onGuide
		repair.pageShown(page, runner.running, schedule);
		const onList = page === 'user-selection' && !runner.running;
		const list = onList ? portal.userList() : undefined;
		if (!review?.continueOn(page, runner.running, () => portal.reviewData())) review = undefined;
		// The review's panel takes the row helpers' place: their rows are not read meanwhile.
		rowActions = list && !review ? portal.pendingRows() : [];
		watchingList.follow(onList, list);
		render();
	};

	/**
	 * `focus`: move the keyboard focus to the panel (the launcher's shortcut, a new step or notice). Nothing shows
	 * before the guides are here: the launcher would list guides that cannot start.
	 */
	const render = (focus = false): void => {
		if (signal.aborted || !guides.loaded) return;
		const page = portal.state;
		const step = guide?.step;
		ui.show(
			{
				page,
				guide: guide
					? {
							id: guide.guide.id,
							stepId: step?.id,
							choice: guide.choice,
							stepNumber: guide.stepNumber,
							stepCount: guide.stepCount,
							status: guide.status,
							pickedUp: guide.pickedUp,
						}
					: undefined,
				reason: runner.context?.reason,
				rowActions,
				// Read only for the steps that need them.
				typedEmail: step?.checkEmail && page.page === 'create-user' ? portal.typedEmail() : undefined,
				roleChoice: step?.explainRoles ? portal.roleChoice() : undefined,
				review: guide ? undefined : review?.read,
				...repair.panelInputs(guide),
			},
			viewportOf(doc),
			// Measured here, once per frame at most; the overlay writes the DOM only when the numbers changed.
			guide?.target && documentRect(guide.target),
		);
		if (focus) ui.focus();
	};

	/** The guide's view changed: reveal and watch its targets, then render. */
	const onGuide = (view: GuideView | null): void => {
		guide = view;
		repair.guideChanged(view);
		watchingGuide.follow(view);
		// A running guide watches for itself: the list's deep watch (row helpers) stops now, not at the next refresh.
		if (view && view.status !== 'done') watchingList.follow(false, undefined);
		render();
		// A guide that ended (cancelled, closed, done) gives the user list back its row helpers and their watch
		// now, not at the next page change or scroll.
		if (!view || view.status === 'done') schedule();
	};

	// The guides come from the background (issue #14); the launcher appears once they are here.
	const guides = guideBook();
	const schedule = onNextFrame(refresh, signal);
	const repair = fieldRepair(doc);
	const portal = livePortal(doc, repair.learned);
	const watchingGuide = guideWatch(doc, schedule, signal);
	const watchingList = listWatch(doc, schedule, signal);
	const runner = guideClient(portal, guides.byId, onGuide, schedule);
	const ui = overlayClient(
		overlay,
		overlayActions({
			doc,
			portal,
			runner,
			repair,
			guide: () => guide,
			isGuide: guides.has,
			review: () => review,
			setReview: (next) => void (review = next),
			render,
			refresh,
		}),
		(request) => sendToBackground({type: 'bg:overlay', ...request}),
	);
	const resume = async (replace: boolean): Promise<void> => {
		if (await guides.ready) runner.resume(replace);
	};

	return {
		start() {
			watchPageAndViewport(doc, schedule, signal);
			handleContentRequests({
				'cs:session-changed': () => resume(true).then(() => null),
				// A timer of the guide's runner (lost, the confirmation's grace) changed what this page shows.
				'cs:guide-refresh': () => {
					runner.update(true);
					return null;
				},
				'cs:toggle-launcher': () => {
					render(true);
					return null;
				},
				'cs:read-portal-person': () => portal.person(),
				'cs:where': () => ({url: doc.URL}),
				// The background builds the overlay from the settings it knows: the same request gets a new tree.
				'cs:settings-changed': () => {
					ui.redraw();
					return null;
				},
			});
			void guides.ready.then(() => render());
			// Learned targets first, so a resumed step tries them on its first evaluation.
			void repair.load().then(() => resume(false));
			refresh();
		},
	};
}
