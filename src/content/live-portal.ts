import type {Located, PortalAccess} from '../engine/portal-access';
import type {RowActionView} from '../overlay/view';
import {findConfirmations} from '../portal/alerts';
import {chosenRole, findBusinessRoleList, findGrantedTable, readGrantedRoles} from '../portal/business-roles';
import {isDisabled} from '../portal/control-state';
import {findUserTable} from '../portal/known-tables';
import {detectPage, type PageState} from '../portal/pages';
import {readSelectedUserRow} from '../portal/read-data';
import {resolveTarget} from '../portal/resolve-target';
import {isHidden} from '../portal/visibility';
import type {PortalPerson} from '../shared/portal-data';
import type {Target} from '../shared/target';
import type {ReviewRead} from './review-session';
import {loadExtras, loadedExtras} from './extras-link';
import {isTextField, offerText, type Offered} from './fill-field';
import type {LearnedTargets} from './learned-targets';
import type {OverlayRequest} from '../shared/overlay-request-schema';
import {pendingRowActions} from './row-helpers';

/**
 * The live portal tab as the content script sees it: the engine's PortalAccess plus what the overlay and the popup
 * read off the page. Every DOM read of src/content goes through here (src/portal answers it). The readers of the
 * features the superuser asks for now and then come with the extras script (extras-link.ts): they answer nothing
 * until `loadExtras()` has given them, which the features await before their first use.
 */
export type LivePortal = PortalAccess & {
	/** Detects page and language afresh (once per burst of changes); `page()` answers from it until the next call. */
	detect(): PageState;
	readonly state: PageState;
	/** The person the page shows (the user dialog), else the selected row of the user list (loads the extras). */
	person(): Promise<PortalPerson | null>;
	/** What the user typed into the create-user dialog's e-mail field ('' elsewhere). */
	typedEmail(): string;
	/** The users of the shown list page whose onboarding is pending, with where their helper goes. */
	pendingRows(): RowActionView[];
	/** The user list's table while it is shown. */
	userList(): Element | undefined;
	/** Puts a justification into `field` unless the user typed something else there (then asks first). */
	offerText(field: Element | undefined, text: string, replace: boolean): Offered;
	/** On the permissions page: the role chosen in the business-role list and the roles granted on the profile. */
	roleChoice(): OverlayRequest['roleChoice'];
	/** For the access review: the user rows shown, the list's total as the portal reports it, rows-per-page choices. */
	reviewData(): ReviewRead;
};

/** The roles granted on the profile the permissions page shows; none while its table is not there. */
function grantedRoles(doc: Document): string[] {
	const table = findGrantedTable(doc);
	return table ? readGrantedRoles(table) : [];
}

/** What a located target holds: a field's text, the chosen role, the granted roles; '' for anything else. */
function valueOf(doc: Document, target: Target, element: Element): string {
	if (target.kind === 'role-list') return chosenRole(element);
	if (target.kind === 'granted-roles') return grantedRoles(doc).join('\n');
	return isTextField(element) ? element.value : '';
}

export function livePortal(doc: Document, taught?: LearnedTargets): LivePortal {
	// Detected at the first question, not here: the assistant is built before the portal's labels arrive (main.ts).
	let detected: PageState | undefined;
	const current = (): PageState => (detected ??= detectPage(doc, doc.URL));
	const locatedFor =
		(target: Target) =>
		(element: Element): Located => ({
			element,
			ready: !isHidden(element) && !isDisabled(element),
			value: valueOf(doc, target, element),
		});
	// One evaluation asks for the same targets several times (the step, the next step's, what to watch); on a
	// 10,000-row list each user-row lookup scans the table. Answers are kept until the current task ends: the
	// portal cannot change in between, and the next burst of changes is handled in a later task.
	const memo = new Map<string, Located | undefined>();
	let clearing = false;
	return {
		detect() {
			detected = detectPage(doc, doc.URL);
			return detected;
		},
		get state() {
			return current();
		},
		// Detection reads the whole page; doing it per lookup cost most of the time to highlight on a 10,000-row
		// list (test/bench/overlay.bench.ts): the engine gets the state detected once for this burst.
		page: () => current().page,
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
			const element = resolveTarget(doc, target, context, current().lang);
			const found = element && locatedFor(target)(element);
			memo.set(key, found);
			return found;
		},
		learned(guide, step, context) {
			return taught?.locate({
				guide,
				step: step.id,
				page: step.page,
				shownPage: current().page,
				lang: current().lang,
				extId: context.extId,
				builtInFinds: () => this.locate(step.target, context)?.ready === true,
				located: locatedFor(step.target),
			});
		},
		confirmations: () => findConfirmations(doc),
		selectedPerson: () => (current().page === 'user-selection' ? readSelectedUserRow(doc)?.extId : undefined),
		async person() {
			// As read: the background keeps the four texts, each bounded, before the popup gets them (handlers.ts).
			// Without the extras the popup hears of no one, as on a page that shows no one.
			const extras = await loadExtras();
			const shown = extras?.shownUser(doc);
			const row = !extras || shown ? undefined : readSelectedUserRow(doc);
			return shown ?? (row ? {...row, userId: row.extId} : null);
		},
		typedEmail() {
			if (current().page !== 'create-user') return '';
			const field = resolveTarget(doc, {kind: 'control', role: 'textbox', label: 'email'}, {}, current().lang);
			return isTextField(field) ? field.value.trim() : '';
		},
		pendingRows: () => pendingRowActions(doc),
		// The review exists only once the extras are here (overlay-actions.ts).
		reviewData: () => loadedExtras()?.reviewData(doc) ?? {rows: [], total: undefined, rowsPerPage: []},
		roleChoice() {
			if (current().page !== 'permissions') return undefined;
			const list = findBusinessRoleList(doc);
			return list ? {chosen: chosenRole(list), granted: grantedRoles(doc)} : undefined;
		},
		userList: () => findUserTable(doc)?.element,
		offerText,
	};
}
