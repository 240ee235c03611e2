import type {GuideRunner, RunnerView} from '../engine/runner';
import type {OverlayActions} from '../overlay/view';
import type {GuideId} from '../shared/guide-ids';
import type {ContentSettings} from '../shared/content-settings';
import type {PageTexts} from '../shared/page-texts';
import type {FieldRepair} from './field-repair';
import type {LivePortal} from './live-portal';
import {downloadReviewCsv} from './review-download';
import {ReviewSession} from './review-session';

/** What the overlay's buttons act on in one portal tab (the assistant's parts, read at the moment of the click). */
export type ActionParts = {
	readonly doc: Document;
	readonly portal: LivePortal;
	readonly runner: GuideRunner;
	readonly repair: FieldRepair;
	guide(): RunnerView | null;
	settings(): ContentSettings;
	/** The texts the overlay shows now (undefined until the background sent them). */
	texts(): PageTexts | undefined;
	review(): ReviewSession | undefined;
	setReview(review: ReviewSession | undefined): void;
	/** Render again; `focus` moves the keyboard focus to the panel (a new step or notice). */
	render(focus?: boolean): void;
	/** Read the page again, then render (the review reads the user list). */
	refresh(): void;
};

/** The overlay's buttons: each starts, steers or ends something; the superuser still clicks the portal's own. */
export function overlayActions(parts: ActionParts): OverlayActions {
	const {doc, portal, runner, repair} = parts;
	/** A guide this page has a title for (the background's texts name every guide it sent). */
	const isGuide = (id: string): id is GuideId => Object.hasOwn(parts.texts()?.guideTitles ?? {}, id);
	const startFor = (id: string, extId?: string): void => {
		if (!isGuide(id)) return;
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
		useTemplate: (text, replace) => portal.offerText(parts.guide()?.target, text, replace),
		rowAction: (extId) => runner.start('resend-from-list', {extId}),
		reviewGuide: (id, extId) => startFor(id, extId),
		exportReview: () => {
			const review = parts.review();
			const texts = parts.texts();
			if (!review || !texts) return;
			void downloadReviewCsv(doc, review.read.rows, texts.lang);
		},
		closeReview: () => {
			parts.setReview(undefined);
			parts.render();
		},
		teach: () => {
			if (repair.teach(parts.guide())) parts.render();
		},
		teachPick: (x, y) => {
			const picked = repair.pick(parts.guide(), portal, x, y);
			if (picked === 'retry') parts.render();
			if (picked !== 'learned') return;
			parts.render(true);
			runner.retry();
		},
		teachCancel: () => {
			if (repair.cancelTeaching(parts.guide())) parts.render(true);
		},
		diagnostics: (open) => {
			void repair.showDiagnostics(open, parts.guide(), portal, parts.settings()).then(() => parts.render());
		},
	};
}
