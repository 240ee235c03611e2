import {z} from 'zod/mini';
import {JustificationTemplateSchema} from './justification-template-schema';
import {LANGS} from './lang';
import {
	SETTING_FIELDS,
	SETTING_KEYS,
	TemplateListSchema,
	type CustomTemplates,
	type SettingKey,
	type Settings,
	type SettingsProblem,
} from './settings-schema';
import type {ManagedArea} from './settings-storage';

/*
 * Settings an administrator sets by policy (docs/deployment.md): Chrome/Edge read them from the extension's
 * `3rdparty` policy, checked against public/managed-schema.json; Firefox from policies.json
 * `3rdparty.Extensions["eiam-assist@spiges.ch"]`. Both arrive through storage.managed.
 *
 * Semantics (like Chrome's own "recommended" and "mandatory" policy levels):
 * - a value is a preset: it replaces the built-in default, and the user may still choose something else;
 * - a setting named in `locked` is enforced: the administrator's value (or, without one, the built-in default)
 *   overrides whatever the user stored, the options page shows it read-only, and settingsItem.set refuses it.
 */

/** Settings an administrator may preset. trainingEnvironment can only be locked (off): turning it on needs the
 * user's own grant of the acceptance host, which a policy value could not give. */
export const MANAGED_PRESET_KEYS = [
	'superuserName',
	'superuserFunction',
	'canton',
	'phone',
	'superuserEmail',
	'signature',
	'uiLanguage',
	'escalationAddress',
	'customTemplates',
	'supportAddress',
] as const satisfies readonly SettingKey[];
type PresetKey = (typeof MANAGED_PRESET_KEYS)[number];

export type ManagedValues = Partial<Omit<Pick<Settings, PresetKey>, 'customTemplates'>> & {
	customTemplates?: Partial<CustomTemplates>;
};

export type ManagedSettings = {
	values: ManagedValues;
	locked: ReadonlySet<SettingKey>;
	/** Policy entries that failed validation and were ignored. */
	problems: SettingsProblem[];
};

export const NO_MANAGED_SETTINGS: ManagedSettings = Object.freeze({
	values: {},
	locked: new Set<SettingKey>(),
	problems: [],
});

/** Administrators write templates by hand: the id may be left out (one is derived from the position). */
const ManagedTemplateSchema = z.object({
	id: z.optional(JustificationTemplateSchema.shape.id),
	reason: JustificationTemplateSchema.shape.reason,
	text: JustificationTemplateSchema.shape.text,
});
const ManagedTemplateListSchema = z.array(ManagedTemplateSchema);

const isSettingKey = (name: unknown): name is SettingKey => SETTING_KEYS.includes(name as SettingKey);
const isPresetKey = (name: string): name is PresetKey => (MANAGED_PRESET_KEYS as readonly string[]).includes(name);

function setValue<K extends PresetKey>(values: ManagedValues, key: K, value: ManagedValues[K]): void {
	values[key] = value;
}

/** Validates each policy entry on its own: a bad entry is reported and ignored, the rest still apply. */
export function parseManaged(raw: unknown): ManagedSettings {
	if (typeof raw !== 'object' || raw === null) return NO_MANAGED_SETTINGS;
	const entries = raw as Record<string, unknown>;
	const values: ManagedValues = {};
	const problems: ManagedSettings['problems'] = [];
	for (const key of MANAGED_PRESET_KEYS) {
		if (!(key in entries) || key === 'customTemplates') continue;
		const parsed = SETTING_FIELDS[key].safeParse(entries[key]);
		if (parsed.success) setValue(values, key, parsed.data);
		else problems.push({field: key, source: 'managed'});
	}
	if ('customTemplates' in entries) {
		// The valid languages apply even when another language's list is broken.
		const templates = parseManagedTemplates(entries.customTemplates);
		if (Object.keys(templates.value).length > 0) values.customTemplates = templates.value;
		if (!templates.ok) problems.push({field: 'customTemplates', source: 'managed'});
	}
	const locked = new Set<SettingKey>();
	if ('locked' in entries) {
		const names = z.array(z.string()).safeParse(entries.locked);
		if (!names.success) problems.push({field: 'locked', source: 'managed'});
		else {
			for (const name of names.data) if (isSettingKey(name)) locked.add(name);
			// A misspelt name means the administrator believes something is locked that is not: say so.
			if (names.data.some((name) => !isSettingKey(name))) problems.push({field: 'locked', source: 'managed'});
		}
	}
	for (const key of Object.keys(entries)) {
		if (key !== 'locked' && !isPresetKey(key) && isSettingKey(key)) problems.push({field: key, source: 'managed'});
	}
	return {values, locked, problems};
}

function parseManagedTemplates(raw: unknown): {ok: boolean; value: Partial<CustomTemplates>} {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {ok: false, value: {}};
	const byLang = raw as Record<string, unknown>;
	const value: Partial<CustomTemplates> = {};
	let ok = Object.keys(byLang).every((key) => (LANGS as readonly string[]).includes(key));
	for (const lang of LANGS) {
		if (!(lang in byLang)) continue;
		const list = ManagedTemplateListSchema.safeParse(byLang[lang]);
		const withIds = list.success
			? TemplateListSchema.safeParse(
					list.data.map((template, index) => ({
						...template,
						id: template.id ?? `managed-${lang}-${index + 1}`,
					})),
				)
			: undefined;
		if (withIds?.success) value[lang] = withIds.data;
		else ok = false;
	}
	return {ok, value};
}

/**
 * How long to wait for the managed area. Chromium 156 never settles `storage.managed.get()` when no policy names
 * the extension (seen in the service worker, extension pages and content scripts alike); with a policy it
 * answers within milliseconds.
 */
export const MANAGED_READ_TIMEOUT_MS = 1000;

/**
 * The managed area's raw content, undefined when there is none. Never throws and never hangs: Firefox rejects
 * storage.managed.get when no policy names the extension, Chromium may not answer at all, and a browser without
 * managed storage has nothing to give; all mean "no managed values".
 */
export async function readManagedRaw(area: ManagedArea, timeoutMs = MANAGED_READ_TIMEOUT_MS): Promise<unknown> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<undefined>((resolve) => {
		timer = setTimeout(() => resolve(undefined), timeoutMs);
	});
	try {
		return await Promise.race([area.get(), timeout]);
	} catch {
		return undefined;
	} finally {
		clearTimeout(timer);
	}
}

/** Reads and validates the managed area (see readManagedRaw): never throws, never hangs. */
export async function readManaged(area: ManagedArea, timeoutMs = MANAGED_READ_TIMEOUT_MS): Promise<ManagedSettings> {
	const raw = await readManagedRaw(area, timeoutMs);
	return raw === undefined ? NO_MANAGED_SETTINGS : parseManaged(raw);
}
