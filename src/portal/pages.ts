import type {Lang} from '../shared/lang';
import type {PageId} from '../shared/page-ids';
import {findSuccessMessages} from './alerts';
import {openUserDialog} from './dialogs';
import {elementText} from './element-text';
import {findSummaryTable, findUnitTable, findUserTable} from './known-tables';
import {LABEL_GROUPS, PAGE_LABELS, LABELS, VOCABULARY, labelIn, matchesLabel, type LabelVariants} from './label-table';
import {detectLanguage} from './language';
import {foldText} from './normalize-text';
import {outsideTableBodies} from './page-scan';
import {isPortalUrl, type PageUrl} from './portal-url';
import {mainRegion} from './regions';

/**
 * Which page of the user-management flow is shown (shared/portal/PAGES.md). Pure predicates over the document
 * and the URL, in the manner of github-url-detection: each reads the page's content (its h1 title, else the
 * column sets and labels only that page has), never a sub-route — the real routes are unknown; the URL only has
 * to be under `/portal/adminservice/`. The predicates exclude each other, so exactly one page matches.
 */
export type {PageId} from '../shared/page-ids';
export {isPortalUrl, type PageUrl} from './portal-url';
export type PageState = {page: PageId; lang: Lang};
export type PageDetector = (doc: Document, url: PageUrl) => boolean;

/**
 * The replica states each detector must match (snapshots `test/unit/portal/snapshots/<state>.<lang>.html`); every
 * other state must not match it. `test/unit/portal/pages.test.ts` runs the full matrix in all four languages.
 * Tree-shaken out of the content script: only tests import it.
 */
export const examples: Readonly<Record<PageId, readonly string[]>> = {
	home: ['home', 'home-menu-open', 'home-terms'],
	'unit-selection': ['unit-selection', 'unit-selection-expanded'],
	'user-selection': [
		'user-selection',
		'user-selection-row-menu',
		'user-selection-row-selected',
		'user-selection-row-menu-body',
	],
	'create-user': ['create-user', 'edit-user'],
	permissions: ['permissions', 'permissions-profile-menu', 'permissions-tab-delegated'],
	overview: ['overview', 'overview-justified'],
	completed: ['completed', 'completed-code-sent'],
	// Not portal pages: an empty document, CH-LOGIN's settings card, the sign-in page, the self-service portal.
	unknown: ['empty', 'foreign', 'login', 'self-admin'],
};

/** Facts several detectors need, computed once per detection. */
type PageFacts = {
	readonly doc: Document;
	/** The page without its table bodies (page-scan.ts): one cheap walk shared by all checks. */
	readonly elements: readonly Element[];
	/** The open create/edit-user dialog: while it is open, the page is `create-user` whatever lies behind it. */
	readonly userDialog: Element | undefined;
	/** The page whose title an h1 shows, and that h1; undefined when no h1 carries a known title (the content decides). */
	readonly title: PageId | undefined;
	readonly titleElement: Element | undefined;
};

function pageFacts(doc: Document): PageFacts {
	const elements = outsideTableBodies(doc);
	const userDialog = openUserDialog(doc, elements);
	const titleOf = (heading: Element): PageId | undefined =>
		heading.matches(VOCABULARY.pageTitle) ? labelIn(elementText(heading), LABEL_GROUPS.pageTitles) : undefined;
	// The title does not matter while a user dialog is open.
	const titleElement = userDialog ? undefined : elements.find((heading) => titleOf(heading) !== undefined);
	return {doc, elements, userDialog, title: titleElement && titleOf(titleElement), titleElement};
}

/** True if an element matching `selector` outside table bodies shows one of the entry's labels. */
function showsLabel(elements: readonly Element[], selector: string, entry: LabelVariants): boolean {
	return elements.some((el) => el.matches(selector) && matchesLabel(elementText(el), entry));
}

/** The element whose text starts with the welcome word ("Willkommen Amandine Cécile Favre"), in the main region. */
function welcomeElement(doc: Document): Element | undefined {
	const region = mainRegion(doc);
	if (!region) return undefined;
	const words = Object.values(PAGE_LABELS.welcome).flat().map(foldText);
	const walker = doc.createTreeWalker(region, 4 /* NodeFilter.SHOW_TEXT */);
	// The home page is short; a long page that has not greeted within 300 text nodes is not the home page.
	for (let count = 0; count < 300 && walker.nextNode(); count++) {
		const text = foldText(walker.currentNode.nodeValue);
		if (text !== '' && words.some((word) => text.startsWith(word)))
			return walker.currentNode.parentElement ?? undefined;
	}
	return undefined;
}

/** The content each page has when its title is missing or unknown (an unexpected portal version). */
const SIGNATURES: Readonly<Record<Exclude<PageId, 'create-user' | 'unknown'>, (facts: PageFacts) => boolean>> = {
	'unit-selection': ({doc}) => findUnitTable(doc) !== undefined,
	'user-selection': ({doc}) => findUserTable(doc) !== undefined,
	// Permissions and overview share the summary table; only permissions has the grant tabs / profile button,
	// only overview the justification.
	permissions: ({doc, elements}) =>
		findSummaryTable(doc) !== undefined &&
		(showsLabel(elements, VOCABULARY.permissionsMarker, LABELS.tabGrant) ||
			showsLabel(elements, VOCABULARY.permissionsMarker, LABELS.addProfile)),
	overview: ({doc, elements}) =>
		findSummaryTable(doc) !== undefined &&
		showsLabel(elements, VOCABULARY.labelLike, LABELS.justification) &&
		!showsLabel(elements, VOCABULARY.permissionsMarker, LABELS.tabGrant),
	completed: ({doc, elements}) =>
		showsLabel(elements, VOCABULARY.fieldLabel, PAGE_LABELS.fieldOnboardingCode) ||
		(findSuccessMessages(doc).length > 0 && showsLabel(elements, VOCABULARY.fieldLabel, PAGE_LABELS.colUserId)),
	home: ({doc}) => welcomeElement(doc) !== undefined,
};

/** Whether the page is shown: the open user dialog is `create-user`; else a recognised title decides alone, and the
 * signature is the fallback for titles we do not know. */
function isPage(facts: PageFacts, page: Exclude<PageId, 'unknown'>): boolean {
	if (page === 'create-user') return facts.userDialog !== undefined;
	if (facts.userDialog) return false;
	return facts.title === undefined ? SIGNATURES[page](facts) : facts.title === page;
}

function detector(page: Exclude<PageId, 'unknown'>): PageDetector {
	return (doc, url) => isPortalUrl(url) && isPage(pageFacts(doc), page);
}

/** The home page: greeting (and, on a first visit, the terms of use) under the main navigation. */
export const isHome: PageDetector = detector('home');
/** "Unit Auswahl": the unit tree. */
export const isUnitSelection: PageDetector = detector('unit-selection');
/** "Benutzerauswahl": the user list, while no create/edit-user dialog is open over it. */
export const isUserSelection: PageDetector = detector('user-selection');
/** The create-user dialog, and the edit-user dialog the pencil opens (the same form), over the user list. */
export const isCreateUser: PageDetector = detector('create-user');
/** "Berechtigungen managen": summary table, profile box, grant tabs. */
export const isPermissions: PageDetector = detector('permissions');
/** "Übersicht": summary table and the justification field. */
export const isOverview: PageDetector = detector('overview');
/** "Management-Arbeiten abgeschlossen": success alert and the onboarding card. */
export const isCompleted: PageDetector = detector('completed');

/** Detection order: the dialog first (it covers the page behind it), then the pages, cheapest checks first. */
const ORDER = [
	'create-user',
	'user-selection',
	'unit-selection',
	'permissions',
	'overview',
	'completed',
	'home',
] as const;

/**
 * The page shown and its language. A URL outside the admin app is `unknown`. The language falls back to German,
 * the portal's default, when the page says nothing (empty page).
 */
export function detectPage(doc: Document, url: PageUrl): PageState {
	const {page, lang} = detectPageAndAnchor(doc, url);
	return {page, lang};
}

/**
 * `detectPage` plus the element that identifies the page, for `watchPageIdentity`: the open user dialog, the h1
 * with the known title, or the home greeting. Undefined when the page was recognised by its content (a renamed
 * title) or not at all: then only a full watch can tell when it changes.
 */
export function detectPageAndAnchor(doc: Document, url: PageUrl): PageState & {anchor: Element | undefined} {
	const facts = pageFacts(doc);
	const lang = detectLanguage(doc, facts.elements) ?? 'de';
	if (!isPortalUrl(url)) return {page: 'unknown', lang, anchor: undefined};
	const page = ORDER.find((id) => isPage(facts, id)) ?? 'unknown';
	const anchor =
		page === 'create-user'
			? facts.userDialog
			: page === 'home' && !facts.titleElement
				? welcomeElement(doc)
				: facts.titleElement;
	return {page, lang, anchor: page === 'unknown' ? undefined : anchor};
}
