import {h} from 'preact';
import type {PortalAccess} from '../engine/portal-access';
import {GuideRunner, type RunnerView} from '../engine/runner';
import {guideById, guides} from '../guides';
import {STEP_TEXTS} from '../guides/step-texts';
import type {OverlayHost} from '../overlay/mount';
import {Overlay} from '../overlay/overlay';
import type {OverlayActions, OverlayView, RowActionView} from '../overlay/view';
import {detectPage, type PageState} from '../portal/pages';
import {readSelectedUserRow, readShownUser} from '../portal/read-data';
import {resolveTarget} from '../portal/resolve-target';
import {findUserTable} from '../portal/known-tables';
import {trackPage} from '../portal/track-page';
import {TARGET_ATTRIBUTES, watchAttributes, watchPortal} from '../portal/watch';
import {GuideIdSchema, type GuideContext} from '../shared/guide-ids';
import type {GuideSession} from '../shared/guide-session';
import {BUILT_IN_TEMPLATES} from '../shared/justification-templates';
import {handleContentRequests, sendToBackground} from '../shared/messaging';
import type {PortalPerson} from '../shared/portal-data';
import {DEFAULT_SETTINGS, resolveUiLanguage, type Settings} from '../shared/settings';
import {settingsItem} from '../shared/settings-item';
import {isPrivateEmailDomain} from '../wizard/private-domains';
import {fillField, isTextField} from './fill-field';
import {documentRect, revealIfHidden} from './measure';
import {panelView} from './panel-view';
import {portalAccess} from './portal-access';
import {pendingRowActions} from './row-helpers';

/**
 * Wires the portal model, the guide engine and the overlay in one portal tab (the only place that knows all
 * three). Work happens in one requestAnimationFrame per burst of portal changes; nothing runs while nothing changes.
 */
export class Assistant {
	readonly #doc: Document;
	readonly #overlay: OverlayHost;
	readonly #signal: AbortSignal;
	readonly #runner: GuideRunner;
	readonly #access: PortalAccess;
	#page: PageState;
	#settings: Settings = DEFAULT_SETTINGS;
	#runnerView: RunnerView | null = null;
	#rowActions: readonly RowActionView[] = [];
	#focusRequest = 0;
	#frame = 0;
	/** Listeners that exist only while a guide runs (document-level, passive, bubbling) and on its targets. */
	#guideWatch: AbortController | undefined;
	#watchedTargets: readonly Element[] = [];
	#listWatch: AbortController | undefined;
	#watchedList: Element | undefined;
	#revealed: Element | undefined;

	constructor(doc: Document, overlay: OverlayHost, signal: AbortSignal) {
		this.#doc = doc;
		this.#overlay = overlay;
		this.#signal = signal;
		this.#page = detectPage(doc, doc.URL);
		this.#access = portalAccess(doc, () => this.#page);
		this.#runner = new GuideRunner(
			this.#access,
			{
				save: (session) => void this.#save(session),
				render: (view) => {
					this.#runnerView = view;
					this.#onGuideChanged();
				},
			},
			guideById,
		);
	}

	start(): void {
		this.#publishPage();
		// Coarse while no guide runs (the page's identity only, PERFORMANCE.md); #watchGuide adds the full watch.
		trackPage(this.#doc, () => this.#schedule(), this.#signal);
		const view = this.#doc.defaultView;
		// Capture: scrolling containers (not only the window) move the target; passive, nothing is prevented.
		view?.addEventListener('scroll', () => this.#schedule(), {capture: true, passive: true, signal: this.#signal});
		view?.addEventListener('resize', () => this.#schedule(), {passive: true, signal: this.#signal});
		handleContentRequests({
			'cs:session-changed': async () => {
				await this.#loadSession();
				return null;
			},
			'cs:toggle-launcher': () => {
				this.#focusRequest += 1;
				this.#render();
				return null;
			},
			'cs:read-portal-person': () => this.#readPerson(),
		});
		void settingsItem
			.get()
			.then(({settings}) => {
				this.#settings = settings;
				this.#render();
			})
			.catch(() => undefined); // unreadable storage: the defaults stay, the portal works as before
		settingsItem.onChanged((snapshot) => {
			this.#settings = snapshot.settings;
			this.#render();
		}, this.#signal);
		void this.#loadSession();
		this.#refresh();
	}

	readonly #actions: OverlayActions = {
		start: (id) => {
			const guide = GuideIdSchema.safeParse(id);
			if (guide.success) this.#runner.start(guide.data, {});
		},
		choose: (name, value) => this.#runner.choose(name, value),
		retry: () => this.#runner.retry(),
		skip: () => this.#runner.skip(),
		cancel: () => this.#runner.cancel(),
		dismiss: () => this.#runner.dismiss(),
		useTemplate: (text, replace) => {
			const field = this.#currentTarget();
			if (!isTextField(field)) return 'filled';
			if (field.value.trim() !== '' && field.value !== text && !replace) return 'needs-confirm';
			fillField(field, text);
			return 'filled';
		},
		rowAction: (extId) => this.#runner.start('resend-from-list', {extId}),
	};

	async #loadSession(): Promise<void> {
		try {
			const session = await sendToBackground({type: 'bg:guide-session-load'});
			if (session) this.#runner.resume(session);
		} catch {
			// The background is restarting (extension update): the guide can be started again from the launcher.
		}
	}

	async #save(session: GuideSession | null): Promise<void> {
		try {
			await sendToBackground(
				session ? {type: 'bg:guide-session-save', session} : {type: 'bg:guide-session-clear'},
			);
		} catch {
			// Not saved: only resuming after a reload is lost, the guide itself goes on.
		}
	}

	#readPerson(): PortalPerson | null {
		const shown = readShownUser(this.#doc);
		if (shown)
			return {firstName: shown.firstName, lastName: shown.lastName, email: shown.email, userId: shown.userId};
		const row = readSelectedUserRow(this.#doc);
		return row ? {firstName: row.firstName, lastName: row.lastName, email: row.email, userId: row.extId} : null;
	}

	#schedule(): void {
		if (this.#frame !== 0 || this.#signal.aborted) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.#refresh();
		});
	}

	/** One pass: page and language, the guide's step, the row helpers, then one render. */
	#refresh(): void {
		if (this.#signal.aborted) return;
		this.#publishPage();
		if (this.#runner.running) this.#runner.update(); // renders through #onGuideChanged
		const onList = this.#page.page === 'user-selection' && !this.#runner.running;
		this.#rowActions = onList ? pendingRowActions(this.#doc) : [];
		this.#watchList(onList);
		this.#render();
	}

	/**
	 * The row helpers follow the user list (paging, filtering, a sent code changing a status): its table is watched,
	 * and the user's clicks and typing trigger a re-read, only while the list is shown and no guide runs.
	 */
	#watchList(onList: boolean): void {
		const table = onList ? findUserTable(this.#doc)?.element : undefined;
		if (table === this.#watchedList) return;
		this.#listWatch?.abort();
		this.#listWatch = undefined;
		this.#watchedList = table;
		if (!table) return;
		const watch = new AbortController();
		this.#listWatch = watch;
		const signal = AbortSignal.any([watch.signal, this.#signal]);
		const rows = new MutationObserver(() => this.#schedule());
		rows.observe(table, {childList: true, subtree: true, characterData: true});
		signal.addEventListener('abort', () => rows.disconnect(), {once: true});
		for (const type of ['click', 'input', 'change'])
			this.#doc.addEventListener(type, () => this.#schedule(), {passive: true, signal});
	}

	#publishPage(): void {
		this.#page = detectPage(this.#doc, this.#doc.URL);
		const {dataset} = this.#overlay.host;
		if (dataset.page !== this.#page.page) dataset.page = this.#page.page;
		if (dataset.lang !== this.#page.lang) dataset.lang = this.#page.lang;
	}

	#onGuideChanged(): void {
		const view = this.#runnerView;
		if (view?.target && view.target !== this.#revealed) {
			this.#revealed = view.target;
			revealIfHidden(view.target);
		}
		this.#watchGuide();
		this.#render();
	}

	/**
	 * While a guide runs: the user's clicks and typing (bubbling, passive: observed, never intercepted) and the
	 * attributes of the current and next targets (a button enabled, a menu shown by a class) trigger a re-check.
	 */
	#watchGuide(): void {
		const running = this.#runnerView !== null && this.#runnerView.status !== 'done';
		if (!running) {
			this.#guideWatch?.abort();
			this.#guideWatch = undefined;
			this.#watchedTargets = [];
			return;
		}
		const targets = this.#observedElements();
		if (
			this.#guideWatch &&
			targets.length === this.#watchedTargets.length &&
			targets.every((el, i) => el === this.#watchedTargets[i])
		)
			return;
		this.#guideWatch?.abort();
		const watch = new AbortController();
		this.#guideWatch = watch;
		this.#watchedTargets = targets;
		const signal = AbortSignal.any([watch.signal, this.#signal]);
		watchPortal(this.#doc, () => this.#schedule(), signal);
		for (const type of ['click', 'input', 'change', 'keyup']) {
			this.#doc.addEventListener(type, () => this.#schedule(), {passive: true, signal});
		}
		for (const element of targets) watchAttributes(element, TARGET_ATTRIBUTES, () => this.#schedule(), signal);
		const target = this.#runnerView?.target;
		if (target) {
			const resize = new ResizeObserver(() => this.#schedule());
			resize.observe(target);
			signal.addEventListener('abort', () => resize.disconnect(), {once: true});
		}
	}

	/** The current target and the next step's, with a few ancestors (menus are often shown by a parent's class). */
	#observedElements(): Element[] {
		const view = this.#runnerView;
		const session = this.#runner.session;
		if (!view?.step || !session) return [];
		const elements: Element[] = [];
		const add = (element: Element | undefined): void => {
			for (let node = element, depth = 0; node && depth < 4; node = node.parentElement ?? undefined, depth += 1) {
				if (node === this.#doc.body) break;
				if (!elements.includes(node)) elements.push(node);
			}
		};
		add(view.target);
		const guide = guideById(session.guide);
		const nextStep = guide.steps.find(
			(step, index) => index > guide.steps.indexOf(view.step as never) && step.page === view.step?.page,
		);
		if (nextStep) {
			add(
				(
					this.#access.locate(nextStep.target, session.context) ??
					(nextStep.fallback && this.#access.locate(nextStep.fallback, session.context))
				)?.element,
			);
		}
		return elements;
	}

	#currentTarget(): Element | undefined {
		return this.#runnerView?.target;
	}

	#render(): void {
		if (this.#signal.aborted) return;
		const lang = resolveUiLanguage(this.#settings, this.#page.lang, navigator.language);
		const view = this.#runnerView;
		const session = this.#runner.session;
		// Measured here, once per frame at most; Preact writes the DOM only when the numbers changed.
		const targetRect = view?.target ? documentRect(view.target) : undefined;
		const overlayView: OverlayView = {
			lang,
			guides: guides.map((guide) => ({id: guide.id, title: STEP_TEXTS[lang][guide.title]})),
			panel: view
				? panelView({
						view,
						context: session?.context,
						uiLang: lang,
						portalLang: this.#page.lang,
						waitingForPage: view.step !== undefined && view.step.page !== this.#page.page,
						templates: view.step?.offerTemplates ? this.#templates(session?.context) : undefined,
						privateEmailDomain: view.step?.checkEmail
							? this.#privateEmailDomain(session?.context)
							: undefined,
						targetRect,
					})
				: undefined,
			rowActions: this.#rowActions,
			viewport: {
				width: this.#doc.documentElement.clientWidth,
				height: this.#doc.documentElement.clientHeight,
				scrollX: this.#doc.defaultView?.scrollX ?? 0,
				scrollY: this.#doc.defaultView?.scrollY ?? 0,
			},
			focusRequest: this.#focusRequest,
		};
		this.#overlay.render(h(Overlay, {view: overlayView, actions: this.#actions}));
	}

	/** Templates in the portal's language (the text is stored in the portal), the user's own first, for the reason. */
	#templates(context: GuideContext | undefined): {id: string; text: string}[] {
		const lang = this.#page.lang;
		const reason = context?.reason ?? 'other';
		const all = [...this.#settings.customTemplates[lang], ...BUILT_IN_TEMPLATES[lang]];
		const matching = all.filter((template) => template.reason === reason);
		return (matching.length > 0 ? matching : all).map(({id, text}) => ({id, text}));
	}

	#privateEmailDomain(context: GuideContext | undefined): string | undefined {
		if (this.#page.page !== 'create-user') return undefined;
		const field = resolveTarget(
			this.#doc,
			{kind: 'control', role: 'textbox', label: 'email'},
			context ?? {},
			this.#page.lang,
		);
		const value = isTextField(field) ? field.value.trim() : '';
		return value.includes('@') && isPrivateEmailDomain(value) ? value.slice(value.lastIndexOf('@') + 1) : undefined;
	}
}
