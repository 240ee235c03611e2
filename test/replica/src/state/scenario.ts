import {isLang, type Lang} from '../i18n/lang';
import {isRenamedControl, type RenamedControl} from '../i18n/renames';
import {DEFAULT_USER_COUNT, MAX_USER_COUNT} from '../data/users';

/**
 * Scenario parameters: one URL sets up a test, e.g.
 * `/portal/adminservice/app/home?lang=fr&delay=0&users=10000&pending=2110430&menus=body&reset=1`.
 * They are kept in sessionStorage for the browser session and removed from the address bar once read (like an app
 * that consumes its deep-link parameters), so a reload restores the state instead of re-applying `reset=1`.
 */
export type Scenario = {
	/** Page language (switchable in the header like the portal). */
	lang: Lang;
	/** Milliseconds before a page's content (and the result of an action) appears. */
	delay: number;
	/** Number of users in the list (fixtures first), up to 10,000. */
	users: number;
	/** ExtIDs whose onboarding is `Laufend` with a fresh code. */
	pending: string[];
	/** ExtIDs whose onboarding is `Laufend` with a code sent more than a month ago. */
	expired: string[];
	/**
	 * Where row and profile menus render: `inline` = inside their button group, `body` = appended to the end of body
	 * (an overlay container). `default` = each replica's own habit: inline for the classic one (ng-bootstrap's
	 * default), body for the Angular one (PrimeNG with `appendTo="body"`, as portal teams configure it).
	 */
	menus: 'default' | 'inline' | 'body';
	/** Show the terms-of-use step on the home page until accepted. */
	terms: boolean;
	/** Require the CH-LOGIN sign-in page before the admin pages. */
	login: boolean;
	/** Initial rows per page of the user list (the select offers 10/25/50 plus this value). */
	rows: number;
	/** Give icon-only buttons an aria-label and title (the real portal's are unknown; off by default). */
	iconLabels: boolean;
	/**
	 * `late` = the completed page's success and info alerts appear only LATE_ALERTS_MS after its data and buttons,
	 * as if they came from a second async source; `with-data` = rendered with the page's data.
	 */
	alerts: 'with-data' | 'late';
	/** Controls whose label is replaced by one no catalogue knows (RENAMES in src/i18n/renames.ts). */
	rename: RenamedControl[];
	/** ExtIDs whose e-mail address is at a private provider (bluewin.ch, gmail.com, …) instead of their employer. */
	privateMail: string[];
};

export const DEFAULT_SCENARIO: Scenario = {
	lang: 'de',
	delay: 150,
	users: DEFAULT_USER_COUNT,
	pending: [],
	expired: [],
	menus: 'default',
	terms: false,
	login: false,
	rows: 10,
	iconLabels: false,
	alerts: 'with-data',
	rename: [],
	privateMail: [],
};

/** Query parameters the replica consumes. */
export const SCENARIO_PARAMS = [
	'lang',
	'delay',
	'users',
	'pending',
	'expired',
	'menus',
	'terms',
	'login',
	'rows',
	'iconlabels',
	'alerts',
	'rename',
	'privatemail',
	'reset',
] as const;

export const SCENARIO_STORAGE_KEY = 'eiam-replica:scenario';

export type ScenarioUpdate = {
	scenario: Scenario;
	/** `reset=1` was given: forget all state of the session. */
	reset: boolean;
	/** The user list changed (users / pending / expired / privatemail given): rebuild it, dropping edits. */
	rebuildUsers: boolean;
	/** The URL without the consumed parameters (for history.replaceState), or undefined if none were present. */
	cleanedUrl: string | undefined;
};

function flag(value: string): boolean {
	return value === '' || value === '1' || value === 'true' || value === 'yes';
}

function ids(value: string): string[] {
	return value
		.split(',')
		.map((id) => id.trim())
		.filter((id) => /^\d{7}$/.test(id));
}

function renames(value: string): RenamedControl[] {
	return value
		.split(',')
		.map((control) => control.trim())
		.filter(isRenamedControl);
}

function integer(value: string, min: number, max: number, fallback: number): number {
	const parsed = Number.parseInt(value, 10);
	return Number.isFinite(parsed) ? Math.max(min, Math.min(max, parsed)) : fallback;
}

/** Reads what the session had, tolerating junk (each field falls back to its default). */
export function loadScenario(storage: Storage): Scenario {
	let stored: unknown;
	try {
		stored = JSON.parse(storage.getItem(SCENARIO_STORAGE_KEY) ?? 'null');
	} catch {
		stored = null;
	}
	const record: Record<string, unknown> = typeof stored === 'object' && stored !== null ? {...stored} : {};
	const pick = <K extends keyof Scenario>(key: K, valid: (value: unknown) => boolean): Scenario[K] => {
		const value = record[key];
		// The stored value passed `valid`, so it has the field's type.
		return valid(value) ? (value as Scenario[K]) : DEFAULT_SCENARIO[key];
	};
	const isIdList = (value: unknown): boolean => Array.isArray(value) && value.every((id) => typeof id === 'string');
	const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;
	return {
		lang: pick('lang', (value) => typeof value === 'string' && isLang(value)),
		delay: pick('delay', isCount),
		users: pick('users', (value) => isCount(value) && Number(value) <= MAX_USER_COUNT),
		pending: pick('pending', isIdList),
		expired: pick('expired', isIdList),
		menus: pick('menus', (value) => value === 'default' || value === 'inline' || value === 'body'),
		terms: pick('terms', (value) => typeof value === 'boolean'),
		login: pick('login', (value) => typeof value === 'boolean'),
		rows: pick('rows', (value) => isCount(value) && Number(value) > 0),
		iconLabels: pick('iconLabels', (value) => typeof value === 'boolean'),
		alerts: pick('alerts', (value) => value === 'with-data' || value === 'late'),
		rename: pick('rename', (value) => Array.isArray(value) && value.every(isRenamedControl)),
		privateMail: pick('privateMail', isIdList),
	};
}

export function saveScenario(storage: Storage, scenario: Scenario): void {
	storage.setItem(SCENARIO_STORAGE_KEY, JSON.stringify(scenario));
}

/** Applies the URL's scenario parameters on top of the stored scenario (or the defaults after `reset=1`). */
export function applyScenarioParams(stored: Scenario, url: URL): ScenarioUpdate {
	const params = url.searchParams;
	const reset = params.has('reset') && flag(params.get('reset') ?? '');
	const scenario: Scenario = reset ? {...DEFAULT_SCENARIO} : {...stored};
	const get = (name: (typeof SCENARIO_PARAMS)[number]): string | undefined => params.get(name) ?? undefined;
	const lang = get('lang')?.toLowerCase();
	if (isLang(lang)) scenario.lang = lang;
	const delay = get('delay');
	if (delay !== undefined) scenario.delay = integer(delay, 0, 60_000, DEFAULT_SCENARIO.delay);
	const users = get('users');
	if (users !== undefined) scenario.users = integer(users, 0, MAX_USER_COUNT, DEFAULT_SCENARIO.users);
	const pending = get('pending');
	if (pending !== undefined) scenario.pending = ids(pending);
	const expired = get('expired');
	if (expired !== undefined) scenario.expired = ids(expired);
	const menus = get('menus');
	if (menus !== undefined) scenario.menus = menus === 'body' || menus === 'inline' ? menus : 'default';
	const terms = get('terms');
	if (terms !== undefined) scenario.terms = flag(terms);
	const login = get('login');
	if (login !== undefined) scenario.login = flag(login);
	const rows = get('rows');
	if (rows !== undefined) scenario.rows = integer(rows, 1, MAX_USER_COUNT, DEFAULT_SCENARIO.rows);
	const iconLabels = get('iconlabels');
	if (iconLabels !== undefined) scenario.iconLabels = flag(iconLabels);
	const alerts = get('alerts');
	if (alerts !== undefined) scenario.alerts = alerts === 'late' ? 'late' : 'with-data';
	const rename = get('rename');
	if (rename !== undefined) scenario.rename = renames(rename);
	const privateMail = get('privatemail');
	if (privateMail !== undefined) scenario.privateMail = ids(privateMail);

	const present = SCENARIO_PARAMS.filter((name) => params.has(name));
	let cleanedUrl: string | undefined;
	if (present.length > 0) {
		const cleaned = new URL(url.href);
		for (const name of present) cleaned.searchParams.delete(name);
		cleanedUrl = cleaned.pathname + cleaned.search + cleaned.hash;
	}
	return {
		scenario,
		reset,
		rebuildUsers:
			users !== undefined || pending !== undefined || expired !== undefined || privateMail !== undefined,
		cleanedUrl,
	};
}

/** The least time the completed page's alerts come after its data with `alerts=late`, whatever the delay. */
export const LATE_ALERTS_MIN_MS = 600;

/** How long after the page's data the completed page's alerts appear with `alerts=late`. */
export function lateAlertsDelay(delay: number): number {
	return Math.max(LATE_ALERTS_MIN_MS, 3 * delay);
}

/** Rows per page the user list offers (the `rows=` scenario adds its own value). */
export const ROWS_OPTIONS = [10, 25, 50] as const;

/** The rows-per-page choices for a list showing `rows` rows per page. */
export function rowsOptions(rows: number): readonly number[] {
	return (ROWS_OPTIONS as readonly number[]).includes(rows) ? ROWS_OPTIONS : [...ROWS_OPTIONS, rows];
}
