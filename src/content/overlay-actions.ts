import type {GuideId} from '../shared/guide-ids';
import type {ContentSettings} from '../shared/content-settings';
import type {FieldRepair} from './field-repair';
import type {GuideClient, GuideView} from './guide-client';
import type {LivePortal} from './live-portal';
import type {PageActions} from './overlay-client';
import {downloadReviewCsv} from './review-download';
import {ReviewSession} from './review-session';

/** What the overlay's buttons act on in one portal tab (the assistant's parts, read at the moment of the click). */
export type ActionParts = {
	readonly doc: Document;
	readonly portal: LivePortal;
	readonly runner: GuideClient;
	readonly repair: FieldRepair;
	guide(): GuideView | null;
	settings(): ContentSettings;
	/** Whether the guides are here and `id` is one of them. */
	isGuide(id: string): id is GuideId;
	review(): ReviewSession | undefined;
	setReview(review: ReviewSession | undefined): void;
	/** Render again; `focus` moves the keyboard focus to the panel (a new step or notice). */
	render(focus?: boolean): void;
	/** Read the page again, then render (the review reads the user list). */
	refresh(): void;
};

/** The overlay's buttons: each starts, steers or ends something; the superuser still clicks the portal's own. */
export function overlayActions(parts: ActionParts): PageActions {
	const {doc, portal, runner, repair} = parts;
	const startFor = (id: string, extId?: string): void => {
		if (!parts.isGuide(id)) return;
		parts.setReview(undefined);
		repair.guideStarted();
		// The options page or a policy may have changed the learned targets since this page loaded.
		void repair.load().then(() => runner.update());
		runner.start(id, extId === undefined ? {} : {extId});
	};
	return {
		start: (id) => {
			if (id !== 'access-review') return startFor(id);
			parts.setReview(new ReviewSession());
			parts.refresh();
		},
		choose: (name, value) => runner.choose(name, value),
		retry: () => runner.retry(),
		skip: () => runner.skip(),
		cancel: () => runner.cancel(),
		dismiss: () => runner.dismiss(),
		template: (text, replace) => portal.offerText(parts.guide()?.target, text, replace),
		row: (extId) => runner.start('resend-from-list', {extId}),
		'review-guide': (id, extId) => startFor(id, extId),
		export: (lang) => {
			const review = parts.review();
			if (review) void downloadReviewCsv(doc, review.read.rows, lang);
		},
		// The list's row helpers come back at once: the page is read again.
		'close-review': () => {
			parts.setReview(undefined);
			parts.refresh();
		},
		teach: () => {
			if (repair.teach(parts.guide())) parts.render();
		},
		pick: (x, y) => {
			const picked = repair.pick(parts.guide(), portal, x, y);
			if (picked === 'retry') parts.render();
			if (picked !== 'learned') return;
			parts.render(true);
			runner.retry();
		},
		'teach-cancel': () => {
			if (repair.cancelTeaching(parts.guide())) parts.render(true);
		},
		diagnostics: (open) => {
			void repair.showDiagnostics(open, parts.guide(), portal, parts.settings()).then(() => parts.render());
		},
	};
}
