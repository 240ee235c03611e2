import {z} from 'zod/mini';
import {CantonSchema} from './cantons';
import {isValidEmail} from './email-address';
import {type JustificationTemplate} from './justification-templates';
import {JustificationTemplateSchema} from './justification-template-schema';
import {LANGS, type Lang} from './lang';
import {isOnlyInvisible} from './visible-text';

/*
 * The settings' shape, defaults and storage layout, with no browser access (tests and every UI area import it).
 * Written with zod/mini because the content script reads settings and must stay small.
 */

export const DEFAULT_ESCALATION_ADDRESS = 'spiges@bfs.admin.ch';

/** Bumped with every entry appended to MIGRATIONS in migrations.ts (a test checks they agree). */
export const CURRENT_SCHEMA_VERSION = 1;
export const SCHEMA_VERSION_KEY = 'schemaVersion';

export const UI_LANGUAGES = ['auto', ...LANGS] as const;
export const UiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** More than anyone writes by hand; the bound keeps one language's list inside sync storage's 8 KB per item. */
export const TEMPLATES_PER_LANGUAGE_MAX = 30;

/** One line of text; not made only of characters nobody sees (it would look empty, yet count as given; #13). */
const singleLine = (max: number) =>
	z.string().check(
		z.maxLength(max),
		z.regex(/^[^\r\n]*$/),
		z.refine((text) => !isOnlyInvisible(text)),
	);

const hasUniqueIds = (templates: readonly JustificationTemplate[]): boolean =>
	new Set(templates.map(({id}) => id)).size === templates.length;

export const TemplateListSchema = z
	.array(JustificationTemplateSchema)
	.check(z.maxLength(TEMPLATES_PER_LANGUAGE_MAX), z.refine(hasUniqueIds, 'Template ids must be unique'));

export const CustomTemplatesSchema = z.object({
	de: TemplateListSchema,
	fr: TemplateListSchema,
	it: TemplateListSchema,
	en: TemplateListSchema,
});
export type CustomTemplates = z.infer<typeof CustomTemplatesSchema>;

/**
 * One strict schema per setting: what `settingsItem.set` accepts, and what a stored or managed value must satisfy
 * to be used. Text fields are not trimmed here: the options page saves while the user types, and trimming a
 * trailing space mid-word would fight the cursor. Readers trim where they print.
 */
export const SETTING_FIELDS = {
	superuserName: singleLine(120),
	superuserFunction: singleLine(120),
	/** '' = not chosen yet. */
	canton: z.union([CantonSchema, z.literal('')]),
	phone: singleLine(40),
	/** The superuser's own address: the contact in the report to SpiGes and the sender of .eml drafts; '' = none. */
	superuserEmail: z.union([z.literal(''), z.string().check(z.refine(isValidEmail))]),
	/** Multi-line, appended to the e-mails the wizard prepares. */
	signature: z.string().check(z.maxLength(2000)),
	/** 'auto' = the portal's language, else the browser's (resolveUiLanguage). */
	uiLanguage: UiLanguageSchema,
	/** One address; the wizard's escalation e-mails go there. */
	// The same check as the wizard's mail builders: an address the settings accept is one a mail can go to.
	escalationAddress: z.string().check(z.refine(isValidEmail)),
	/** The user's own justification templates, per language; the built-ins live in justification-templates.ts. */
	customTemplates: CustomTemplatesSchema,
	/** Whether the portal's acceptance environment is enabled (its host is requested at run time). */
	trainingEnvironment: z.boolean(),
	/** Where the overlay's diagnostics report is mailed (cantonal IT's support); '' = no mail button. */
	supportAddress: z.union([z.literal(''), z.string().check(z.refine(isValidEmail))]),
};

export type SettingKey = keyof typeof SETTING_FIELDS;
export type Settings = {[K in SettingKey]: z.infer<(typeof SETTING_FIELDS)[K]>};
export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	superuserName: '',
	superuserFunction: '',
	canton: '',
	phone: '',
	superuserEmail: '',
	signature: '',
	uiLanguage: 'auto',
	escalationAddress: DEFAULT_ESCALATION_ADDRESS,
	customTemplates: {de: [], fr: [], it: [], en: []},
	trainingEnvironment: false,
	supportAddress: '',
});

/**
 * The one schema of a complete settings object: each field falls back to its default on its own, so junk in one
 * field never costs the others (STYLE.md "per-field fallback validation"). `settingsItem.get` applies the same
 * rule per field and additionally reports which fields fell back.
 */
export const SettingsSchema = z.object({
	superuserName: z.catch(SETTING_FIELDS.superuserName, DEFAULT_SETTINGS.superuserName),
	superuserFunction: z.catch(SETTING_FIELDS.superuserFunction, DEFAULT_SETTINGS.superuserFunction),
	canton: z.catch(SETTING_FIELDS.canton, DEFAULT_SETTINGS.canton),
	phone: z.catch(SETTING_FIELDS.phone, DEFAULT_SETTINGS.phone),
	superuserEmail: z.catch(SETTING_FIELDS.superuserEmail, DEFAULT_SETTINGS.superuserEmail),
	signature: z.catch(SETTING_FIELDS.signature, DEFAULT_SETTINGS.signature),
	uiLanguage: z.catch(SETTING_FIELDS.uiLanguage, DEFAULT_SETTINGS.uiLanguage),
	escalationAddress: z.catch(SETTING_FIELDS.escalationAddress, DEFAULT_SETTINGS.escalationAddress),
	customTemplates: z.catch(
		z.object({
			de: z.catch(TemplateListSchema, []),
			fr: z.catch(TemplateListSchema, []),
			it: z.catch(TemplateListSchema, []),
			en: z.catch(TemplateListSchema, []),
		}),
		() => ({de: [], fr: [], it: [], en: []}),
	),
	trainingEnvironment: z.catch(SETTING_FIELDS.trainingEnvironment, DEFAULT_SETTINGS.trainingEnvironment),
	supportAddress: z.catch(SETTING_FIELDS.supportAddress, DEFAULT_SETTINGS.supportAddress),
});

/** What `settingsItem.set` takes: a subset (possibly all) of the settings; templates per language. */
export type SettingsPatch = Partial<Omit<Settings, 'customTemplates'>> & {customTemplates?: Partial<CustomTemplates>};

/**
 * A setting whose stored (`sync`) or administrator-provided (`managed`) value failed validation and was ignored:
 * the setting has its default (or the administrator's value) instead. `locked` = the policy's list of locked
 * settings was malformed or named an unknown setting. The options page reports these.
 */
export type SettingsProblem = {field: SettingKey | 'locked'; source: 'sync' | 'managed'};

/*
 * Storage layout in storage.sync: one key per setting, holding only values that differ from the default, plus
 * `schemaVersion`. Templates take one key per language (`customTemplates.de` …) because sync storage limits each
 * item to 8 KB; one key for all four languages would hit that limit after a dozen long templates.
 */
export const templatesKey = (lang: Lang): string => `customTemplates.${lang}`;

/** Every storage.sync key the settings own (for get(keys) and for onChanged filtering). */
export const SETTINGS_STORAGE_KEYS: readonly string[] = [
	...SETTING_KEYS.filter((key) => key !== 'customTemplates'),
	...LANGS.map(templatesKey),
	SCHEMA_VERSION_KEY,
];
