import type {GuideId} from '../shared/guide-ids';
import type {FieldRepair} from './field-repair';
import type {GuideClient, GuideView} from './guide-client';
import type {LivePortal} from './live-portal';
import type {PageActions} from './overlay-client';
import type {ReviewSession} from './review-session';
import {askBackground} from './background-link';
import {loadExtras, loadedExtras} from './extras-link';

/** What the overlay's buttons act on in one portal tab (the assistant's parts, read at the moment of the click). */
export type ActionParts = {
	readonly doc: Document;
	readonly portal: LivePortal;
	readonly runner: GuideClient;
	readonly repair: FieldRepair;
	guide(): GuideView | null;
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
			// The review reads the list with the extras script; without it the launcher stays as it was.
			void loadExtras().then((extras) => {
				if (!extras) return;
				parts.setReview(extras.reviewSession());
				parts.refresh();
			});
		},
		choose: (name, value) => runner.choose(name, value),
		retry: () => runner.retry(),
		skip: () => runner.skip(),
		cancel: () => runner.cancel(),
		dismiss: () => runner.dismiss(),
		template: (text, replace) => portal.offerText(parts.guide()?.target, text, replace),
		row: (extId) => runner.start('resend-from-list', {extId}),
		'review-guide': (id, extId) => startFor(id, extId),
		// Written by the background; nothing is saved when it could not answer. The extras are here: the review is.
		export: (lang) => {
			const review = parts.review();
			if (!review) return;
			void askBackground({type: 'bg:review-csv', lang, rows: review.read.rows}).then(
				(file) => file && loadedExtras()?.saveReviewCsv(doc, file),
			);
		},
		// The list's row helpers come back at once: the page is read again.
		'close-review': () => {
			parts.setReview(undefined);
			parts.refresh();
		},
		// The pick reads the page with the extras, whose styles draw the catcher: teach mode switches on once they
		// are here (or could not come: then a pick is let pass, below).
		teach: () =>
			void loadExtras().then(() => {
				if (repair.teach(parts.guide())) parts.render();
			}),
		// Without the extras a pick is let pass: teach mode stays on until Escape.
		pick: (x, y) =>
			void loadExtras().then((extras) => {
				if (!extras) return;
				const picked = repair.pick(parts.guide(), portal, x, y);
				if (picked === 'retry') parts.render();
				if (picked !== 'learned') return;
				parts.render(true);
				runner.retry();
			}),
		'teach-cancel': () => {
			if (repair.cancelTeaching(parts.guide())) parts.render(true);
		},
		diagnostics: (open) => {
			void repair.showDiagnostics(open, parts.guide(), portal).then(() => parts.render());
		},
	};
}
