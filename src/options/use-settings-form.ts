import {useCallback, useEffect, useRef, useState} from 'preact/hooks';
import {LANGS} from '../shared/lang';
import {oversizedTemplates} from '../shared/sync-quota';
import {isOnlyInvisible} from '../shared/visible-text';
import {
	DEFAULT_SETTINGS,
	SETTING_FIELDS,
	SETTING_KEYS,
	SettingsError,
	TemplateListSchema,
	templatesKey,
	type CustomTemplates,
	type SettingKey,
	type Settings,
	type SettingsErrorCode,
	type SettingsItem,
	type SettingsPatch,
	type SettingsSnapshot,
} from '../shared/settings';

export type SaveStatus =
	| {kind: 'idle'}
	| {kind: 'saving'}
	| {kind: 'saved'}
	| {kind: 'error'; code: SettingsErrorCode; field?: SettingKey | undefined};

/**
 * Why a field's value was not saved: `email` for an address, `invisible` for text made only of characters nobody
 * sees (it would look empty), `invalid` for anything else.
 */
export type FieldError = 'email' | 'invisible' | 'too-big' | 'invalid';

export type SettingsForm = {
	/** `early`: shown and usable from storage and the policy as last seen; `ready`: the policy itself has been read. */
	state: 'loading' | 'early' | 'ready' | 'failed';
	/** What storage and policy say (problems, locked fields); `draft` is what the form shows. */
	snapshot: SettingsSnapshot | undefined;
	draft: Settings;
	errors: Partial<Record<SettingKey, FieldError>>;
	status: SaveStatus;
	/** Shows the value at once; saves it after `saveDelay` (typing) or right away (`immediate`: selects, toggles). */
	update<K extends SettingKey>(key: K, value: Settings[K], options?: {immediate?: boolean}): void;
};

const equal = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** After the browser refused a write for coming too fast (120 a minute), the same values are saved again. */
const RETRY_AFTER_MS = 60_000;

/** Templates without text are drafts the user is still writing: shown, not saved. */
const savableTemplates = (templates: CustomTemplates): CustomTemplates => ({
	de: templates.de.filter(({text}) => text.trim() !== ''),
	fr: templates.fr.filter(({text}) => text.trim() !== ''),
	it: templates.it.filter(({text}) => text.trim() !== ''),
	en: templates.en.filter(({text}) => text.trim() !== ''),
});

function setDraftField<K extends SettingKey>(draft: Settings, key: K, value: Settings[K]): void {
	draft[key] = value;
}

/**
 * Binds the form to a SettingsItem: loads, saves on input (debounced), and follows changes made elsewhere
 * (another tab, another computer through sync, a new policy) without overwriting what the user is typing.
 */
export function useSettingsForm(item: SettingsItem, saveDelay: number): SettingsForm {
	const [state, setState] = useState<SettingsForm['state']>('loading');
	const [snapshot, setSnapshot] = useState<SettingsSnapshot>();
	const [draft, setDraft] = useState<Settings>(DEFAULT_SETTINGS);
	const [errors, setErrors] = useState<SettingsForm['errors']>({});
	const [status, setStatus] = useState<SaveStatus>({kind: 'idle'});
	// Storage's previous word, to tell which fields a change notice actually changed.
	const previous = useRef<Settings>(undefined);
	// Fields the user is busy with: not yet saved, being saved, or invalid (shown with a message, never saved).
	// A notice from elsewhere leaves these alone, so it cannot overwrite what the user is typing.
	const pending = useRef<SettingsPatch>({});
	const inFlight = useRef(new Map<SettingKey, number>());
	const invalid = useRef(new Set<SettingKey>());
	const blankTemplates = useRef(false);
	const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
	const queue = useRef<Promise<void>>(Promise.resolve());
	// Patches handed to storage and not yet confirmed: a page that closes writes them again at once (flushNow).
	const unconfirmed = useRef(new Set<SettingsPatch>());
	// "Not saved: locked by your IT" stays up while the rest of that input is saved, until the user types again.
	const lockedNotice = useRef(false);

	const isBusy = (key: SettingKey): boolean =>
		key in pending.current ||
		(inFlight.current.get(key) ?? 0) > 0 ||
		invalid.current.has(key) ||
		(key === 'customTemplates' && blankTemplates.current);

	const flush = useCallback((): void => {
		clearTimeout(timer.current);
		const patch = pending.current;
		const keys = Object.keys(patch) as SettingKey[];
		if (keys.length === 0) return;
		pending.current = {};
		unconfirmed.current.add(patch);
		for (const key of keys) inFlight.current.set(key, (inFlight.current.get(key) ?? 0) + 1);
		if (!lockedNotice.current) setStatus({kind: 'saving'});
		queue.current = queue.current.then(async () => {
			try {
				await item.set(patch);
				if (Object.keys(pending.current).length === 0 && !lockedNotice.current) setStatus({kind: 'saved'});
			} catch (error) {
				const code = error instanceof SettingsError ? error.code : 'storage';
				setStatus({kind: 'error', code, field: error instanceof SettingsError ? error.field : undefined});
				if (code === 'locked' && error instanceof SettingsError && error.field !== undefined) {
					// A field locked by a policy that arrived after the user typed: the other fields of the same
					// patch are still saved.
					lockedNotice.current = true;
					const locked = error.field;
					const rest = Object.fromEntries(Object.entries(patch).filter(([name]) => name !== locked));
					pending.current = {...rest, ...pending.current};
					if (Object.keys(pending.current).length > 0) setTimeout(flush, 0);
				} else if (code === 'storage') {
					// Refused for now (too many writes a minute): keep the values and try again, unless newer ones
					// of the same fields are waiting already.
					const retry = Object.fromEntries(
						Object.entries(patch).filter(([name]) => !invalid.current.has(name as SettingKey)),
					);
					pending.current = {...retry, ...pending.current};
					clearTimeout(timer.current);
					timer.current = setTimeout(flush, RETRY_AFTER_MS);
				}
			} finally {
				unconfirmed.current.delete(patch);
				for (const key of keys) inFlight.current.set(key, (inFlight.current.get(key) ?? 1) - 1);
			}
		});
	}, [item]);

	/**
	 * The page is closing: what is typed but not saved, and what was handed to storage but not confirmed, is
	 * written now, in this task (issue #13). An asynchronous save would not get past its first read.
	 */
	const flushNow = useCallback((): void => {
		clearTimeout(timer.current);
		const patch: SettingsPatch = Object.assign({}, ...unconfirmed.current, pending.current) as SettingsPatch;
		pending.current = {};
		if (Object.keys(patch).length === 0) return;
		item.setNow(patch).catch((error: unknown) => console.warn('eIAM Assist: could not save before closing', error));
	}, [item]);

	useEffect(() => {
		const controller = new AbortController();
		const receive = (next: SettingsSnapshot): void => {
			setSnapshot(next);
			const before = previous.current;
			previous.current = next.settings;
			const changed = SETTING_KEYS.filter(
				(key) =>
					before === undefined ||
					next.locked.has(key) ||
					(!isBusy(key) && !equal(next.settings[key], before[key])),
			);
			// A policy that arrives after the user began typing into a field it locks: the typing is dropped (the
			// field shows the administrator's value) and the status says why.
			const overruled = SETTING_KEYS.find((key) => next.locked.has(key) && isBusy(key));
			if (overruled !== undefined) {
				pending.current = Object.fromEntries(
					Object.entries(pending.current).filter(([key]) => !next.locked.has(key as SettingKey)),
				);
				lockedNotice.current = true;
				setStatus({kind: 'error', code: 'locked', field: overruled});
			}
			if (changed.length === 0) return;
			for (const key of changed) invalid.current.delete(key);
			setDraft((current) => {
				const updated = {...current};
				for (const key of changed) setDraftField(updated, key, next.settings[key]);
				return updated;
			});
			setErrors((current) =>
				Object.fromEntries(Object.entries(current).filter(([key]) => !changed.includes(key as SettingKey))),
			);
		};
		// Shown at once from storage and the policy as last seen (issue #14); the policy's own answer follows.
		item.follow(
			(next, policyRead) => {
				receive(next);
				setState(policyRead ? 'ready' : 'early');
			},
			controller.signal,
			(error: unknown) => {
				console.warn('eIAM Assist: could not read the settings', error);
				setState('failed');
			},
		);
		// Closing the tab (or reloading it) right after typing must not lose the last word.
		addEventListener('pagehide', flushNow, {signal: controller.signal});
		return () => {
			flush();
			controller.abort();
		};
	}, [item, flush, flushNow]);

	const update = useCallback(
		<K extends SettingKey>(key: K, value: Settings[K], options: {immediate?: boolean} = {}): void => {
			setDraft((current) => ({...current, [key]: value}));
			lockedNotice.current = false;
			let patch: SettingsPatch;
			let valid: boolean;
			let tooBig = false;
			if (key === 'customTemplates') {
				const templates = value as CustomTemplates;
				const savable = savableTemplates(templates);
				blankTemplates.current = LANGS.some((lang) => savable[lang].length !== templates[lang].length);
				// Each language's list is one sync item: over 8 KB the browser would refuse it, now and later.
				tooBig = oversizedTemplates(savable, templatesKey) !== undefined;
				valid = !tooBig && LANGS.every((lang) => TemplateListSchema.safeParse(savable[lang]).success);
				patch = {customTemplates: savable};
			} else {
				valid = SETTING_FIELDS[key].safeParse(value).success;
				patch = {[key]: value};
			}
			if (!valid) {
				// Not saved: drop an earlier pending value of this field too, so a half-typed address never lands.
				invalid.current.add(key);
				pending.current = Object.fromEntries(Object.entries(pending.current).filter(([name]) => name !== key));
				setErrors((current) => ({
					...current,
					[key]: tooBig
						? 'too-big'
						: key === 'escalationAddress' || key === 'superuserEmail' || key === 'supportAddress'
							? 'email'
							: typeof value === 'string' && isOnlyInvisible(value)
								? 'invisible'
								: 'invalid',
				}));
				return;
			}
			invalid.current.delete(key);
			setErrors((current) => Object.fromEntries(Object.entries(current).filter(([name]) => name !== key)));
			pending.current = {...pending.current, ...patch};
			clearTimeout(timer.current);
			if (options.immediate === true || saveDelay <= 0) flush();
			else timer.current = setTimeout(flush, saveDelay);
		},
		[flush, saveDelay],
	);

	return {state, snapshot, draft, errors, status, update};
}
