import type {ShownUser} from '../portal/read-data';
import type {PortalLabels} from '../portal/label-table';
import type {Replies} from '../shared/messages';
import type {learnAt, diagnosticsReport} from './field-repair-extras';
import type {ReviewRead, ReviewSession} from './review-session';

/**
 * What the extras script (src/content/extras.ts) adds to the content script of a portal page (issue #14): the
 * page reading of the features the superuser asks for now and then (the access review, the diagnostics report,
 * teach mode's pick, the popup's person), which every page load would otherwise carry. The background injects it
 * into the page's frame the first time one of them is asked for (`bg:load-extras`, extras-link.ts).
 */
export type Extras = {
	/** A new access review (its panel just opened); it reads the list through `reviewData` on each pass. */
	reviewSession(): ReviewSession;
	/** For the access review: the user rows shown, the list's total as the portal reports it, rows-per-page choices. */
	reviewData(doc: Document): ReviewRead;
	/** Saves the access review's CSV (written by the background) through a download the page never sees. */
	saveReviewCsv(doc: Document, file: Replies['bg:review-csv']): void;
	/** Teach mode's pick: the control under a viewport point becomes the step's learned target (field-repair.ts). */
	learnAt: typeof learnAt;
	/** The diagnostics report of this moment: the page's outline with the guide's step, written by the background. */
	diagnosticsReport: typeof diagnosticsReport;
	/** The person a permissions, overview or completed page is about (its user id shown), else undefined. */
	shownUser(doc: Document): ShownUser | undefined;
};

/**
 * The extras script's one export: its readers, once given the portal's words the content script already holds
 * (the script has its own copy of src/portal/label-table.ts, empty until then).
 */
export type ExtrasEntry = (labels: PortalLabels) => Extras;

declare global {
	/**
	 * Set by the extras script, read by the content script: both run in the extension's isolated world of the page
	 * (Chromium's isolated world, Firefox's content-script sandbox), whose global object is the extension's own. The
	 * page's scripts never see it, and an injected file can hand over its functions no other way (it has no exports
	 * and no messages of its own reach the content script synchronously).
	 */
	var eiamAssistExtras: ExtrasEntry | undefined;
}
