import {LANGS} from './lang';
import type {ManagedSettings} from './managed-settings';
import {SIMPLE_KEYS, parseField, presetOf, readTemplateList} from './resolve-settings';
import {SettingsError} from './settings-error';
import {
	CURRENT_SCHEMA_VERSION,
	DEFAULT_SETTINGS,
	SCHEMA_VERSION_KEY,
	SETTING_FIELDS,
	SETTING_KEYS,
	TemplateListSchema,
	templatesKey,
	type SettingKey,
	type SettingsPatch,
} from './settings-schema';

// What a patch of the settings writes to storage.sync, and the checks it must pass first.

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The storage writes for a validated patch: the value, or a removal when it equals what applies without it. */
export function plan(
	patch: SettingsPatch,
	stored: Readonly<Record<string, unknown>>,
	managed: ManagedSettings,
): {toSet: Record<string, unknown>; toRemove: string[]} {
	const toSet: Record<string, unknown> = {};
	const toRemove = new Set<string>();
	const write = (key: string, value: unknown, fallback: unknown): void => {
		if (!sameValue(value, fallback)) toSet[key] = value;
		else if (key in stored) toRemove.add(key);
	};
	for (const key of SIMPLE_KEYS) {
		if (patch[key] !== undefined) write(key, patch[key], presetOf(managed, key) ?? DEFAULT_SETTINGS[key]);
	}
	for (const lang of LANGS) {
		const list = patch.customTemplates?.[lang];
		if (list !== undefined) write(templatesKey(lang), list, managed.values.customTemplates?.[lang] ?? []);
	}
	// Values that failed validation were reported when read and are replaced by the default already: drop them
	// now that the user saves, so the report does not come back forever. A template list keeps its usable part.
	for (const key of SIMPLE_KEYS) {
		if (key in stored && !(key in toSet) && !parseField(key, stored[key]).ok) toRemove.add(key);
	}
	for (const lang of LANGS) {
		const key = templatesKey(lang);
		if (!(key in stored) || key in toSet) continue;
		const {ok, list} = readTemplateList(stored[key]);
		if (ok) continue;
		if (list === undefined) toRemove.add(key);
		else toSet[key] = list;
	}
	if ((Object.keys(toSet).length > 0 || toRemove.size > 0) && !(SCHEMA_VERSION_KEY in stored)) {
		toSet[SCHEMA_VERSION_KEY] = CURRENT_SCHEMA_VERSION;
	}
	return {toSet, toRemove: [...toRemove]};
}

/** Checks at run time what the type promises: a patch may come from a message or from a script's console. */
export function validatePatch(patch: SettingsPatch, managed: ManagedSettings): void {
	for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
		if (value === undefined) continue;
		if (!(SETTING_KEYS as string[]).includes(key)) throw new SettingsError('invalid');
		const field = key as SettingKey;
		if (managed.locked.has(field)) throw new SettingsError('locked', field);
		const valid =
			field === 'customTemplates'
				? typeof value === 'object' &&
					value !== null &&
					Object.entries(value as Record<string, unknown>).every(
						([lang, list]) =>
							(LANGS as readonly string[]).includes(lang) &&
							(list === undefined || TemplateListSchema.safeParse(list).success),
					)
				: SETTING_FIELDS[field].safeParse(value).success;
		if (!valid) throw new SettingsError('invalid', field);
	}
}

/** The setting a storage.sync key belongs to (`customTemplates.fr` → customTemplates). */
export function settingOfStorageKey(key: string): SettingKey | undefined {
	const name = key.split('.')[0];
	return SETTING_KEYS.find((setting) => setting === name);
}
