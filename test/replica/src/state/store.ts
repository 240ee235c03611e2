import {CONFIRMATIONS, type ConfirmationKey} from '../i18n/texts';
import {fill, type Lang} from '../i18n/lang';
import {findUnit} from '../data/units';
import {buildUsers, onboardingCode, type PortalUser, type Profile} from '../data/users';
import {LOGIN_PATH, routeOf, routePath, siteOf, type RouteId} from './routes';
import {applyScenarioParams, DEFAULT_SCENARIO, loadScenario, saveScenario, type Scenario} from './scenario';

/**
 * What the replica keeps for the browser session (sessionStorage), so a reload on any route restores its page:
 * the chosen unit, the selected and the managed user, the user list's paging, and every change made to users.
 */
export type PersistedState = {
	/** Time the base user list was generated at (code dates are relative to it). */
	baseNow: number;
	termsAccepted: boolean;
	signedIn: boolean;
	/** Selected row of the unit tree (and the unit whose users are listed). */
	unitId: string | undefined;
	expandedUnits: string[];
	/** Selected row of the user list. */
	listSelection: string | undefined;
	/** The person on the permissions, overview and completed pages. */
	managedExtId: string | undefined;
	/** The profile selected on the permissions page. */
	profileId: string | undefined;
	page: number;
	rows: number;
	/** Users changed during the session, by ExtID (whole records, so the base list can be regenerated). */
	changedUsers: Record<string, PortalUser>;
	/** Users created in the dialog, newest first. */
	createdUsers: PortalUser[];
	/** How many codes each user got (makes every new code different). */
	codeVersions: Record<string, number>;
	nextProfileNumber: number;
	/** The last justification typed on the overview page (a stand-in for the portal's audit trail). */
	lastJustification: string;
};

export const STATE_STORAGE_KEY = 'eiam-replica:state';

/** A confirmation shown as an Oblique notification; its text follows the page language. */
export type Notice = {id: number; key: ConfirmationKey; values: Record<string, string>};

function initialState(scenario: Scenario, now: number): PersistedState {
	return {
		baseNow: now,
		termsAccepted: false,
		signedIn: true,
		unitId: undefined,
		expandedUnits: [],
		listSelection: undefined,
		managedExtId: undefined,
		profileId: undefined,
		page: 0,
		rows: scenario.rows,
		changedUsers: {},
		createdUsers: [],
		codeVersions: {},
		nextProfileNumber: 101_018,
		lastJustification: '',
	};
}

function loadState(storage: Storage): Partial<PersistedState> | undefined {
	try {
		const parsed: unknown = JSON.parse(storage.getItem(STATE_STORAGE_KEY) ?? 'null');
		// Written by save() in the same session; anything else falls back to the initial state.
		return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
	} catch {
		return undefined;
	}
}

type Listener = () => void;

/**
 * The replica's single source of truth: scenario, persisted state, the current route, transient notices. Pages
 * read it through `useStore()` and change it through its methods; every change re-renders the app.
 * `revision` grows with every data change: pages key their data regions with it, so the portal's regions are
 * replaced (new nodes) after an action, as when an Angular app re-renders a list it fetched again.
 */
export class ReplicaStore {
	scenario: Scenario;
	state: PersistedState;
	route: RouteId = 'home';
	/** Grows with every navigation; the page component is keyed with it. */
	visit = 0;
	revision = 0;
	notices: Notice[] = [];
	private baseUsers: PortalUser[];
	private merged: PortalUser[] | undefined;
	private readonly listeners = new Set<Listener>();
	private noticeId = 0;
	private readonly timers = new Set<ReturnType<typeof setTimeout>>();

	/**
	 * `routing: 'own'` (the classic replica): the store routes itself with history.pushState/popstate.
	 * `routing: 'external'` (the Angular replica): the host app's router navigates and asks `allowedRoute` in its
	 * guards; the store only keeps the session.
	 */
	constructor(
		readonly win: Window,
		options: {routing?: 'own' | 'external'} = {},
	) {
		const storage = win.sessionStorage;
		const url = new URL(win.location.href);
		const update = applyScenarioParams(loadScenario(storage), url);
		this.scenario = update.scenario;
		const stored = update.reset ? undefined : loadState(storage);
		const now = Date.now();
		this.state = {...initialState(this.scenario, now), ...stored};
		if (update.rebuildUsers) {
			this.state.baseNow = now;
			this.state.changedUsers = {};
			this.state.createdUsers = [];
			this.state.listSelection = undefined;
			this.state.managedExtId = undefined;
			this.state.page = 0;
		}
		if (url.searchParams.has('rows')) {
			this.state.rows = this.scenario.rows;
			this.state.page = 0;
		}
		if (url.searchParams.has('login')) this.state.signedIn = !this.scenario.login;
		if (url.searchParams.has('terms')) this.state.termsAccepted = !this.scenario.terms;
		this.baseUsers = this.generateBaseUsers();
		saveScenario(storage, this.scenario);
		this.save();
		if (update.cleanedUrl !== undefined) win.history.replaceState(win.history.state, '', update.cleanedUrl);
		if ((options.routing ?? 'own') === 'own') {
			this.syncRoute(true);
			win.addEventListener('popstate', () => {
				this.syncRoute(false);
				this.emit();
			});
		}
		this.applyLang();
	}

	get lang(): Lang {
		return this.scenario.lang;
	}

	get delay(): number {
		return this.scenario.delay;
	}

	subscribe(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Stops pending timers (tests unmount the replica between cases). */
	dispose(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		this.listeners.clear();
	}

	private emit(): void {
		for (const listener of [...this.listeners]) listener();
	}

	private save(): void {
		this.win.sessionStorage.setItem(STATE_STORAGE_KEY, JSON.stringify(this.state));
	}

	private generateBaseUsers(): PortalUser[] {
		return buildUsers({
			count: this.scenario.users,
			pending: this.scenario.pending,
			expired: this.scenario.expired,
			privateMail: this.scenario.privateMail,
			now: this.state.baseNow,
		});
	}

	/** Every user of the list, in list order: created ones first (newest first), then the scenario's. */
	get users(): readonly PortalUser[] {
		this.merged ??= [
			...this.state.createdUsers,
			...this.baseUsers.map((user) => this.state.changedUsers[user.extId] ?? user),
		];
		return this.merged;
	}

	user(extId: string | undefined): PortalUser | undefined {
		if (extId === undefined) return undefined;
		return this.users.find((user) => user.extId === extId);
	}

	get managedUser(): PortalUser | undefined {
		return this.user(this.state.managedExtId);
	}

	// ---- routing -------------------------------------------------------------------------------------------

	/** Where a route may really go, given the state (pages need their unit / user, like the app's guards). */
	allowedRoute(route: RouteId): RouteId {
		if (!this.state.signedIn) return route;
		const needsUnit: RouteId[] = ['users', 'permissions', 'overview', 'completed'];
		if (needsUnit.includes(route) && findUnit(this.state.unitId) === undefined) return 'units';
		const needsUser: RouteId[] = ['permissions', 'overview', 'completed'];
		if (needsUser.includes(route) && this.managedUser === undefined) return 'users';
		if (route === 'completed' && this.managedUser?.onboardingCode === '') return 'overview';
		return route;
	}

	private syncRoute(initial: boolean): void {
		const location = this.win.location;
		if (siteOf(location.pathname) !== 'admin') return;
		if (!this.state.signedIn) {
			this.win.location.replace(
				`${LOGIN_PATH}?return=${encodeURIComponent(location.pathname + location.search)}`,
			);
			return;
		}
		const wanted = routeOf(location.pathname) ?? 'home';
		const route = this.allowedRoute(wanted);
		if (route !== wanted || routeOf(location.pathname) === undefined) {
			this.win.history.replaceState(null, '', routePath(route));
		}
		this.route = route;
		this.visit++;
		if (!initial) this.notices = [];
	}

	navigate(target: RouteId, options: {replace?: boolean} = {}): void {
		const route = this.allowedRoute(target);
		const path = routePath(route);
		if (options.replace) this.win.history.replaceState(null, '', path);
		else this.win.history.pushState(null, '', path);
		this.route = route;
		this.visit++;
		this.notices = [];
		this.emit();
	}

	// ---- state changes ---------------------------------------------------------------------------------------

	setLang(lang: Lang): void {
		this.scenario = {...this.scenario, lang};
		saveScenario(this.win.sessionStorage, this.scenario);
		this.applyLang();
		this.emit();
	}

	private applyLang(): void {
		this.win.document.documentElement.lang = this.scenario.lang;
	}

	/** A UI-state change (selection, paging): saved, re-rendered in place. */
	patch(change: (state: PersistedState) => void): void {
		change(this.state);
		this.save();
		this.emit();
	}

	/** A data change: saved, and the data regions are re-rendered with new nodes. */
	commit(change: (state: PersistedState) => void): void {
		change(this.state);
		this.merged = undefined;
		this.revision++;
		this.save();
		this.emit();
	}

	/** Runs `action` after the scenario's delay, like the answer of a server round-trip. */
	later(action: () => void): void {
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			action();
		}, this.scenario.delay);
		this.timers.add(timer);
	}

	/** Replaces a user's record (created users stay in the created list). */
	updateUser(extId: string, change: (user: PortalUser) => void): void {
		this.commit((state) => {
			const current = this.user(extId);
			if (!current) return;
			const copy: PortalUser = structuredClone(current);
			change(copy);
			const createdIndex = state.createdUsers.findIndex((user) => user.extId === extId);
			if (createdIndex >= 0) state.createdUsers[createdIndex] = copy;
			else state.changedUsers[extId] = copy;
		});
	}

	addUser(user: PortalUser): void {
		this.commit((state) => {
			state.createdUsers.unshift(user);
		});
	}

	/** An ExtID no user has yet. */
	freeExtId(): string {
		const taken = new Set(this.users.map((user) => user.extId));
		let id = 2_500_001;
		while (taken.has(String(id))) id++;
		return String(id);
	}

	newProfile(): Profile {
		const number = this.state.nextProfileNumber;
		this.state.nextProfileNumber++;
		return {
			id: String(1_990_000 + (number % 10_000)),
			name: `Profile-CHL1200${number}`,
			status: 'active',
			grants: [],
		};
	}

	/** Gives the user a new onboarding code, sent now (a new code resets the code date). */
	issueCode(user: PortalUser): void {
		const version = (this.state.codeVersions[user.extId] ?? 0) + 1;
		this.state.codeVersions[user.extId] = version;
		user.onboardingCode = onboardingCode(user.extId, version);
		user.onboardingStatus = 'running';
		user.codeSentAt = Date.now();
	}

	// ---- notices ---------------------------------------------------------------------------------------------

	/** Shows a confirmation; it replaces the previous one and stays until dismissed or the next navigation. */
	notify(key: ConfirmationKey, values: Record<string, string>): void {
		this.notices = [{id: ++this.noticeId, key, values}];
		this.emit();
	}

	dismiss(id: number): void {
		this.notices = this.notices.filter((notice) => notice.id !== id);
		this.emit();
	}

	noticeText(notice: Notice): string {
		return fill(CONFIRMATIONS[notice.key][this.lang], notice.values);
	}

	// ---- session -------------------------------------------------------------------------------------------

	signOut(): void {
		this.state.signedIn = false;
		this.save();
		const location = this.win.location;
		this.win.location.assign(`${LOGIN_PATH}?return=${encodeURIComponent(location.pathname + location.search)}`);
	}

	signIn(): void {
		this.state.signedIn = true;
		this.save();
	}

	acceptTerms(): void {
		this.patch((state) => {
			state.termsAccepted = true;
		});
	}

	get showTerms(): boolean {
		return this.scenario.terms && !this.state.termsAccepted;
	}
}

export {DEFAULT_SCENARIO};
