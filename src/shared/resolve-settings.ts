import {type JustificationTemplate} from './justification-templates';
import {JustificationTemplateSchema} from './justification-template-schema';
import {LANGS} from './lang';
import type {ManagedSettings} from './managed-settings';
import {
	DEFAULT_SETTINGS,
	SETTING_FIELDS,
	SETTING_KEYS,
	TEMPLATES_PER_LANGUAGE_MAX,
	TemplateListSchema,
	templatesKey,
	type SettingKey,
	type Settings,
	type SettingsProblem,
} from './settings-schema';
import type {SettingsSnapshot} from './settings';

// How stored settings and the administrator's policy combine into the settings in force, field by field.

export type SimpleKey = Exclude<SettingKey, 'customTemplates'>;
export const SIMPLE_KEYS = SETTING_KEYS.filter((key): key is SimpleKey => key !== 'customTemplates');

/** The administrator's value for a field, if any (already validated by parseManaged). */
export function presetOf<K extends SimpleKey>(managed: ManagedSettings, key: K): Settings[K] | undefined {
	return (managed.values as Partial<Record<SimpleKey, unknown>>)[key] as Settings[K] | undefined;
}

export function parseField<K extends SimpleKey>(key: K, value: unknown): {ok: true; value: Settings[K]} | {ok: false} {
	const parsed = SETTING_FIELDS[key].safeParse(value);
	return parsed.success ? {ok: true, value: parsed.data as Settings[K]} : {ok: false};
}

function setField<K extends SimpleKey>(settings: Settings, key: K, value: Settings[K]): void {
	settings[key] = value;
}

function resolveField<K extends SimpleKey>(
	key: K,
	stored: Readonly<Record<string, unknown>>,
	managed: ManagedSettings,
	problems: SettingsProblem[],
): Settings[K] {
	const fallback = presetOf(managed, key) ?? DEFAULT_SETTINGS[key];
	if (managed.locked.has(key) || !(key in stored)) return fallback;
	const parsed = parseField(key, stored[key]);
	if (parsed.ok) return parsed.value;
	problems.push({field: key, source: 'sync'});
	return fallback;
}

/**
 * A stored template list, keeping what is usable: a list with one broken template keeps the others (and is
 * reported), a value that is not a list at all counts as missing.
 */
export function readTemplateList(value: unknown): {ok: boolean; list: JustificationTemplate[] | undefined} {
	if (!Array.isArray(value)) return {ok: false, list: undefined};
	const ids = new Set<string>();
	const list: JustificationTemplate[] = [];
	for (const item of value) {
		const parsed = JustificationTemplateSchema.safeParse(item);
		if (!parsed.success || ids.has(parsed.data.id) || list.length >= TEMPLATES_PER_LANGUAGE_MAX) continue;
		ids.add(parsed.data.id);
		list.push(parsed.data);
	}
	return {ok: TemplateListSchema.safeParse(value).success, list};
}

/**
 * Merges what storage.sync holds with the administrator's policy, field by field:
 * locked → the administrator's value, else the default; otherwise the user's valid value, else the
 * administrator's preset, else the default. Invalid stored values are reported, never thrown.
 */
export function resolveSettings(stored: Readonly<Record<string, unknown>>, managed: ManagedSettings): SettingsSnapshot {
	const problems: SettingsProblem[] = [...managed.problems];
	const settings: Settings = {...DEFAULT_SETTINGS, customTemplates: {...DEFAULT_SETTINGS.customTemplates}};
	for (const key of SIMPLE_KEYS) setField(settings, key, resolveField(key, stored, managed, problems));

	const templatesLocked = managed.locked.has('customTemplates');
	let templatesBroken = false;
	for (const lang of LANGS) {
		const preset = managed.values.customTemplates?.[lang] ?? DEFAULT_SETTINGS.customTemplates[lang];
		const key = templatesKey(lang);
		if (templatesLocked || !(key in stored)) {
			settings.customTemplates[lang] = preset;
			continue;
		}
		const {ok, list} = readTemplateList(stored[key]);
		templatesBroken ||= !ok;
		settings.customTemplates[lang] = list ?? preset;
	}
	if (templatesBroken) problems.push({field: 'customTemplates', source: 'sync'});
	return {settings, problems, locked: managed.locked};
}
