import type {JSX} from 'preact';
import {useEffect} from 'preact/hooks';
import {translator, type Translate} from '../shared/catalog';
import {CantonSchema, cantonName, cantonsByName} from '../shared/cantons';
import {
	DEFAULT_ESCALATION_ADDRESS,
	resolveUiLanguage,
	UiLanguageSchema,
	type SettingKey,
	type SettingsItem,
	type SettingsProblem,
} from '../shared/settings';
import {LanguageOptions} from '../shared/language-select';
import {Field} from './field';
import type {HostPermissions} from './host-permissions';
import {OPTIONS_TEXTS, type OptionsTextKey} from './options-texts';
import {LearnedTargetsSection} from './learned-targets-section';
import type {LearnedTargetsStore} from './learned-targets-store';
import {TemplatesSection} from './templates-section';
import {statusText, tooBigText} from './save-status-text';
import {TrainingSection} from './training-section';
import {useSettingsForm} from './use-settings-form';

type OptionsPageProps = {
	settings: SettingsItem;
	permissions: HostPermissions;
	/** navigator.language; the page has no portal, so 'auto' means the browser's language. */
	browserLanguage: string | undefined;
	/** Debounce for typing; tests pass 0. */
	saveDelay?: number;
	/** The controls shown in teach mode (storage.local); the section is left out without it. */
	learnedTargets?: LearnedTargetsStore;
};

const SAVE_DELAY_MS = 600; // sync storage allows 120 writes a minute; this keeps typing well below it

export function OptionsPage({
	settings,
	permissions,
	browserLanguage,
	saveDelay = SAVE_DELAY_MS,
	learnedTargets,
}: OptionsPageProps): JSX.Element {
	const form = useSettingsForm(settings, saveDelay);
	const {draft, errors, snapshot} = form;
	const lang = resolveUiLanguage(draft, undefined, browserLanguage);
	const t: Translate<OptionsTextKey> = translator(OPTIONS_TEXTS[lang]);

	useEffect(() => {
		document.documentElement.lang = lang;
		document.title = t('page_title');
	}, [lang, t]);

	if (form.state === 'loading' || form.state === 'failed') {
		return (
			<main data-eiam-assist-options data-state={form.state} data-lang={lang}>
				<h1>{t('page_title')}</h1>
				<p role={form.state === 'failed' ? 'alert' : 'status'}>
					{t(form.state === 'failed' ? 'load_failed' : 'loading')}
				</p>
			</main>
		);
	}

	const locked = (key: SettingKey): string | undefined => (snapshot?.locked.has(key) ? t('locked_note') : undefined);
	const errorText = (key: SettingKey): string | undefined => {
		const error = errors[key];
		if (error === undefined) return undefined;
		if (error === 'too-big') return tooBigText(key, draft, lang, t);
		return t(error === 'email' ? 'error_email' : error === 'invisible' ? 'error_invisible' : 'error_invalid');
	};
	const text = (
		key: 'superuserName' | 'superuserFunction' | 'phone',
		inputMode: 'text' | 'tel',
		maxLength: number,
		autoComplete: string,
		hint?: string,
	) => (
		<Field name={key} label={t(`label_${key}`)} hint={hint} error={errorText(key)} lockedNote={locked(key)}>
			{(control) => (
				<input
					{...control}
					name={key}
					type="text"
					inputMode={inputMode}
					maxLength={maxLength}
					autoComplete={autoComplete}
					value={draft[key]}
					onInput={(event) => form.update(key, event.currentTarget.value)}
				/>
			)}
		</Field>
	);

	return (
		<main data-eiam-assist-options data-state={form.state} data-lang={lang}>
			<header>
				<h1>{t('page_title')}</h1>
				<p>{t('page_intro')}</p>
				<p class="save-status" role="status" aria-live="polite" data-eiam-assist-save-status={form.status.kind}>
					{statusText(form.status, t)}
				</p>
			</header>
			{snapshot && snapshot.problems.length > 0 ? <Problems problems={snapshot.problems} t={t} /> : null}
			<form onSubmit={(event) => event.preventDefault()} noValidate>
				<fieldset>
					<legend>{t('section_person')}</legend>
					{text('superuserName', 'text', 120, 'name')}
					{text('superuserFunction', 'text', 120, 'organization-title', t('hint_superuserFunction'))}
					<Field
						name="canton"
						label={t('label_canton')}
						lockedNote={locked('canton')}
						error={errorText('canton')}
					>
						{(control) => (
							<select
								{...control}
								name="canton"
								value={draft.canton}
								onChange={(event) => {
									const canton = CantonSchema.safeParse(event.currentTarget.value);
									form.update('canton', canton.success ? canton.data : '', {immediate: true});
								}}
							>
								<option value="">{t('canton_unset')}</option>
								{cantonsByName(lang).map((canton) => (
									<option key={canton} value={canton}>
										{t('canton_option', cantonName(canton, lang), canton)}
									</option>
								))}
							</select>
						)}
					</Field>
					{text('phone', 'tel', 40, 'tel')}
					<Field
						name="superuserEmail"
						label={t('label_superuserEmail')}
						hint={t('hint_superuserEmail')}
						error={errorText('superuserEmail')}
						lockedNote={locked('superuserEmail')}
					>
						{(control) => (
							<input
								{...control}
								name="superuserEmail"
								type="email"
								maxLength={254}
								autoComplete="email"
								value={draft.superuserEmail}
								onInput={(event) => form.update('superuserEmail', event.currentTarget.value.trim())}
							/>
						)}
					</Field>
					<Field
						name="signature"
						label={t('label_signature')}
						hint={t('hint_signature')}
						lockedNote={locked('signature')}
						error={errorText('signature')}
					>
						{(control) => (
							<textarea
								{...control}
								name="signature"
								rows={5}
								maxLength={2000}
								value={draft.signature}
								onInput={(event) => form.update('signature', event.currentTarget.value)}
							/>
						)}
					</Field>
				</fieldset>
				<fieldset>
					<legend>{t('section_language')}</legend>
					<Field name="uiLanguage" label={t('label_uiLanguage')} lockedNote={locked('uiLanguage')}>
						{(control) => (
							<select
								{...control}
								name="uiLanguage"
								value={draft.uiLanguage}
								onChange={(event) => {
									const choice = UiLanguageSchema.safeParse(event.currentTarget.value);
									if (choice.success) form.update('uiLanguage', choice.data, {immediate: true});
								}}
							>
								<option value="auto">{t('language_auto')}</option>
								<LanguageOptions />
							</select>
						)}
					</Field>
				</fieldset>
				<fieldset>
					<legend>{t('section_escalation')}</legend>
					<Field
						name="escalationAddress"
						label={t('label_escalationAddress')}
						hint={t('hint_escalationAddress', DEFAULT_ESCALATION_ADDRESS)}
						error={errorText('escalationAddress')}
						lockedNote={locked('escalationAddress')}
					>
						{(control) => (
							<input
								{...control}
								name="escalationAddress"
								type="email"
								autoComplete="off"
								spellcheck={false}
								value={draft.escalationAddress}
								onInput={(event) => form.update('escalationAddress', event.currentTarget.value.trim())}
							/>
						)}
					</Field>
					<Field
						name="supportAddress"
						label={t('label_supportAddress')}
						hint={t('hint_supportAddress')}
						error={errorText('supportAddress')}
						lockedNote={locked('supportAddress')}
					>
						{(control) => (
							<input
								{...control}
								name="supportAddress"
								type="email"
								autoComplete="off"
								spellcheck={false}
								value={draft.supportAddress}
								onInput={(event) => form.update('supportAddress', event.currentTarget.value.trim())}
							/>
						)}
					</Field>
				</fieldset>
				<TemplatesSection
					templates={draft.customTemplates}
					uiLang={lang}
					lockedNote={locked('customTemplates')}
					error={errorText('customTemplates')}
					onChange={(templates, immediate) => form.update('customTemplates', templates, {immediate})}
					t={t}
				/>
				<TrainingSection
					enabled={draft.trainingEnvironment}
					lockedNote={locked('trainingEnvironment')}
					permissions={permissions}
					onChange={(enabled) => form.update('trainingEnvironment', enabled, {immediate: true})}
					t={t}
				/>
				{learnedTargets && <LearnedTargetsSection store={learnedTargets} uiLang={lang} t={t} />}
			</form>
		</main>
	);
}

function Problems({problems, t}: {problems: readonly SettingsProblem[]; t: Translate<OptionsTextKey>}): JSX.Element {
	return (
		<section class="problems" role="alert" aria-labelledby="problems-title" data-eiam-assist-problems>
			<h2 id="problems-title">{t('problems_title')}</h2>
			<ul>
				{problems.map(({field, source}) => (
					<li key={`${source}:${field}`} data-problem={field} data-source={source}>
						{field === 'locked'
							? t('problem_locked_list')
							: t(source === 'sync' ? 'problem_sync' : 'problem_managed', t(`label_${field}`))}
					</li>
				))}
			</ul>
		</section>
	);
}
