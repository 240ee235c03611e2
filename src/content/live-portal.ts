import type {Located, PortalAccess} from '../engine/portal-access';
import type {RowActionView} from '../overlay/view';
import {findSuccessMessages} from '../portal/alerts';
import {isDisabled} from '../portal/control-state';
import {findUserTable} from '../portal/known-tables';
import {cleanText} from '../portal/normalize-text';
import {detectPage, type PageState} from '../portal/pages';
import {readSelectedUserRow, readShownUser} from '../portal/read-data';
import {resolveTarget} from '../portal/resolve-target';
import {describeControl, interactiveAt, type Description} from '../portal/learned-control';
import {pageOutline, personalValues, type OutlineEntry} from '../portal/page-outline';
import {isHidden} from '../portal/visibility';
import type {PortalPerson} from '../shared/portal-data';
import {isTextField, offerText, type Offered} from './fill-field';
import type {LearnedTargets} from './learned-targets';
import {pendingRowActions} from './row-helpers';

/**
 * The live portal tab as the content script sees it: the engine's PortalAccess plus what the overlay and the popup
 * read off the page. Every DOM read of src/content goes through here (src/portal answers it).
 */
export type LivePortal = PortalAccess & {
	/** Detects page and language afresh (once per burst of changes); `page()` answers from it until the next call. */
	detect(): PageState;
	readonly state: PageState;
	/** The person the page shows (the user dialog), else the selected row of the user list. */
	person(): PortalPerson | null;
	/** What the user typed into the create-user dialog's e-mail field ('' elsewhere). */
	typedEmail(): string;
	/** The users of the shown list page whose onboarding is pending, with where their helper goes. */
	pendingRows(): RowActionView[];
	/** The user list's table while it is shown. */
	userList(): Element | undefined;
	/** Puts a justification into `field` unless the user typed something else there (then asks first). */
	offerText(field: Element | undefined, text: string, replace: boolean): Offered;
	/** Teach mode: the control under a viewport point (beneath our overlay), described by meaning; undefined if none. */
	describeAt(x: number, y: number): Description | undefined;
	/** For the diagnostics report: the page's outline and what it shows about people (to be masked). */
	outline(): {outline: OutlineEntry[]; personal: string[]};
};

export function livePortal(doc: Document, taught?: LearnedTargets): LivePortal {
	let state = detectPage(doc, doc.URL);
	const located = (element: Element): Located => ({
		element,
		ready: !isHidden(element) && !isDisabled(element),
		value: isTextField(element) ? element.value : '',
	});
	// One evaluation asks for the same targets several times (the step, the next step's, what to watch); on a
	// 10,000-row list each user-row lookup scans the table. Answers are kept until the current task ends: the
	// portal cannot change in between, and the next burst of changes is handled in a later task.
	const memo = new Map<string, Located | undefined>();
	let clearing = false;
	return {
		detect() {
			state = detectPage(doc, doc.URL);
			return state;
		},
		get state() {
			return state;
		},
		// Detection reads the whole page; doing it per lookup cost most of the time to highlight on a 10,000-row
		// list (test/bench/overlay.bench.ts): the engine gets the state detected once for this burst.
		page: () => state.page,
		locate(target, context) {
			const key = JSON.stringify([target, context.extId ?? null]);
			if (memo.has(key)) return memo.get(key);
			if (!clearing) {
				clearing = true;
				queueMicrotask(() => {
					memo.clear();
					clearing = false;
				});
			}
			const element = resolveTarget(doc, target, context, state.lang);
			const found = element && located(element);
			memo.set(key, found);
			return found;
		},
		learned(guide, step, context) {
			return taught?.locate({
				guide,
				step: step.id,
				page: step.page,
				shownPage: state.page,
				lang: state.lang,
				extId: context.extId,
				builtInFinds: () => this.locate(step.target, context)?.ready === true,
				located,
			});
		},
		confirmations: () => findSuccessMessages(doc).map((element) => cleanText(element.textContent)),
		person() {
			const shown = readShownUser(doc);
			if (shown) {
				const {firstName, lastName, email, userId} = shown;
				return {firstName, lastName, email, userId};
			}
			const row = readSelectedUserRow(doc);
			return row ? {firstName: row.firstName, lastName: row.lastName, email: row.email, userId: row.extId} : null;
		},
		typedEmail() {
			if (state.page !== 'create-user') return '';
			const field = resolveTarget(doc, {kind: 'control', role: 'textbox', label: 'email'}, {}, state.lang);
			return isTextField(field) ? field.value.trim() : '';
		},
		pendingRows: () => pendingRowActions(doc),
		userList: () => findUserTable(doc)?.element,
		offerText,
		describeAt(x, y) {
			const control = interactiveAt(doc.elementsFromPoint(x, y));
			return control && describeControl(control);
		},
		outline: () => ({outline: pageOutline(doc), personal: personalValues(doc)}),
	};
}
