import {useCallback, useEffect, useRef, useState} from 'preact/hooks';
import {LANGS} from '../shared/lang';
import {
	DEFAULT_SETTINGS,
	SETTING_FIELDS,
	SETTING_KEYS,
	SettingsError,
	TemplateListSchema,
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

/** Why a field's value was not saved: `email` for the escalation address, `invalid` for anything else. */
export type FieldError = 'email' | 'invalid';

export type SettingsForm = {
	state: 'loading' | 'ready' | 'failed';
	/** What storage and policy say (problems, locked fields); `draft` is what the form shows. */
	snapshot: SettingsSnapshot | undefined;
	draft: Settings;
	errors: Partial<Record<SettingKey, FieldError>>;
	status: SaveStatus;
	/** Shows the value at once; saves it after `saveDelay` (typing) or right away (`immediate`: selects, toggles). */
	update<K extends SettingKey>(key: K, value: Settings[K], options?: {immediate?: boolean}): void;
};

const equal = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

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
	// What the form last saved or received per field: a change notice equal to it is our own echo and leaves the
	// draft alone (the user may have typed on since).
	const lastKnown = useRef<Settings>(DEFAULT_SETTINGS);
	const pending = useRef<SettingsPatch>({});
	const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
	const queue = useRef<Promise<void>>(Promise.resolve());

	const flush = useCallback((): void => {
		clearTimeout(timer.current);
		const patch = pending.current;
		if (Object.keys(patch).length === 0) return;
		pending.current = {};
		setStatus({kind: 'saving'});
		queue.current = queue.current.then(async () => {
			try {
				await item.set(patch);
				if (Object.keys(pending.current).length === 0) setStatus({kind: 'saved'});
			} catch (error) {
				setStatus(
					error instanceof SettingsError ? {kind: 'error', code: error.code, field: error.field} : {kind: 'error', code: 'storage'},
				);
			}
		});
	}, [item]);

	useEffect(() => {
		const controller = new AbortController();
		const receive = (next: SettingsSnapshot, initial: boolean): void => {
			setSnapshot(next);
			const changed = SETTING_KEYS.filter(
				(key) => initial || next.locked.has(key) || !equal(next.settings[key], lastKnown.current[key]),
			);
			if (changed.length === 0) return;
			lastKnown.current = {...lastKnown.current};
			for (const key of changed) setDraftField(lastKnown.current, key, next.settings[key]);
			setDraft((current) => {
				const updated = {...current};
				for (const key of changed) setDraftField(updated, key, next.settings[key]);
				return updated;
			});
			setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !changed.includes(key as SettingKey))));
		};
		item.get().then(
			(first) => {
				if (controller.signal.aborted) return;
				receive(first, true);
				setState('ready');
				item.onChanged((next) => receive(next, false), controller.signal);
			},
			(error: unknown) => {
				console.warn('eIAM Assist: could not read the settings', error);
				setState('failed');
			},
		);
		// Closing the tab right after typing must not lose the last word.
		const onPageHide = (): void => flush();
		addEventListener('pagehide', onPageHide, {signal: controller.signal});
		return () => {
			flush();
			controller.abort();
		};
	}, [item, flush]);

	const update = useCallback(
		<K extends SettingKey>(key: K, value: Settings[K], options: {immediate?: boolean} = {}): void => {
			setDraft((current) => ({...current, [key]: value}));
			let patch: SettingsPatch;
			let valid: boolean;
			if (key === 'customTemplates') {
				const savable = savableTemplates(value as CustomTemplates);
				const changed = LANGS.filter((lang) => !equal(savable[lang], lastKnown.current.customTemplates[lang]));
				valid = changed.every((lang) => TemplateListSchema.safeParse(savable[lang]).success);
				patch = {customTemplates: {...pending.current.customTemplates, ...Object.fromEntries(changed.map((lang) => [lang, savable[lang]]))}};
				if (valid) lastKnown.current = {...lastKnown.current, customTemplates: {...lastKnown.current.customTemplates, ...patch.customTemplates}};
			} else {
				valid = SETTING_FIELDS[key].safeParse(value).success;
				patch = {[key]: value};
				if (valid) lastKnown.current = {...lastKnown.current, [key]: value};
			}
			if (!valid) {
				// Not saved: drop an earlier pending value of this field too, so a half-typed address never lands.
				pending.current = Object.fromEntries(Object.entries(pending.current).filter(([name]) => name !== key));
				setErrors((current) => ({...current, [key]: key === 'escalationAddress' ? 'email' : 'invalid'}));
				return;
			}
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
