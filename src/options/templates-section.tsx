import type {JSX} from 'preact';
import {useEffect, useRef, useState} from 'preact/hooks';
import {
	BUILT_IN_TEMPLATES,
	TEMPLATE_REASONS,
	TEMPLATE_TEXT_MAX,
	type JustificationTemplate,
} from '../shared/justification-templates';
import {TemplateReasonSchema} from '../shared/justification-template-schema';
import type {Lang} from '../shared/lang';
import {LanguageSelect} from '../shared/language-select';
import {TEMPLATES_PER_LANGUAGE_MAX, type CustomTemplates} from '../shared/settings';
import type {Translate} from '../shared/catalog';
import type {OptionsTextKey} from './options-texts';

type TemplatesSectionProps = {
	templates: CustomTemplates;
	/** The page's language: the templates of that language are shown first. */
	uiLang: Lang;
	lockedNote: string | undefined;
	error: string | undefined;
	/** `immediate` for add, remove, copy and reason changes; typing is debounced. */
	onChange: (templates: CustomTemplates, immediate: boolean) => void;
	t: Translate<OptionsTextKey>;
};

const newId = (): string => crypto.randomUUID();

/**
 * The user's own justification templates per language (add, edit, remove) beside the built-in ones, which are
 * read-only and can be copied into the user's list to be adapted.
 */
export function TemplatesSection({
	templates,
	uiLang,
	lockedNote,
	error,
	onChange,
	t,
}: TemplatesSectionProps): JSX.Element {
	const [lang, setLang] = useState<Lang>(uiLang);
	const [focusId, setFocusId] = useState<string>();
	const [copied, setCopied] = useState<string>();
	const addButton = useRef<HTMLButtonElement>(null);
	const own = templates[lang];
	const locked = lockedNote !== undefined;
	const full = own.length >= TEMPLATES_PER_LANGUAGE_MAX;

	// Keyboard users land where they can go on: in the new template's text, or on «Add» after a removal.
	useEffect(() => {
		if (focusId === undefined) return;
		const target = focusId === 'add' ? addButton.current : document.getElementById(`template-text-${focusId}`);
		target?.focus(); // missing only when the list changed under us (a sync from elsewhere): nothing to focus then
		setFocusId(undefined);
	}, [focusId]);

	const change = (list: JustificationTemplate[], immediate: boolean): void =>
		onChange({...templates, [lang]: list}, immediate);
	const edit = (id: string, patch: Partial<JustificationTemplate>, immediate: boolean): void =>
		change(
			own.map((template) => (template.id === id ? {...template, ...patch} : template)),
			immediate,
		);
	const add = (template: Omit<JustificationTemplate, 'id'>): void => {
		const id = newId();
		change([...own, {id, ...template}], true);
		setFocusId(id);
	};

	return (
		<fieldset class="templates" data-field="customTemplates" data-locked={locked ? 'true' : undefined}>
			<legend>{t('section_templates')}</legend>
			<p class="hint">{t('templates_intro')}</p>
			<div class="field">
				<label for="field-templateLanguage">{t('templates_language')}</label>
				<LanguageSelect id="field-templateLanguage" name="templateLanguage" value={lang} onPick={setLang} />
			</div>
			{lockedNote ? (
				<p class="locked-note" id="templates-locked" data-eiam-assist-locked="customTemplates">
					{lockedNote}
				</p>
			) : null}
			{error ? (
				<p class="error" data-field-error="customTemplates">
					{error}
				</p>
			) : null}

			{/* h2: the page's sections are fieldsets, so the next heading level after the h1 is 2 (axe heading-order). */}
			<h2 id="own-templates-title">{t('label_customTemplates')}</h2>
			{own.length === 0 ? <p class="hint">{t('templates_own_empty')}</p> : null}
			<ol class="template-list" aria-labelledby="own-templates-title">
				{own.map((template, index) => (
					<li key={template.id} data-template-id={template.id}>
						<fieldset>
							<legend>{t('template_legend', index + 1)}</legend>
							<label for={`template-reason-${template.id}`}>{t('template_reason')}</label>
							<select
								id={`template-reason-${template.id}`}
								name="template-reason"
								disabled={locked}
								value={template.reason}
								onChange={(event) => {
									const reason = TemplateReasonSchema.safeParse(event.currentTarget.value);
									if (reason.success) edit(template.id, {reason: reason.data}, true);
								}}
							>
								{TEMPLATE_REASONS.map((reason) => (
									<option key={reason} value={reason}>
										{t(`reason_${reason}`)}
									</option>
								))}
							</select>
							<label for={`template-text-${template.id}`}>{t('template_text')}</label>
							<textarea
								id={`template-text-${template.id}`}
								name="template-text"
								lang={lang}
								rows={3}
								maxLength={TEMPLATE_TEXT_MAX}
								disabled={locked}
								aria-describedby={
									template.text.trim() === '' ? `template-empty-${template.id}` : undefined
								}
								value={template.text}
								onInput={(event) => edit(template.id, {text: event.currentTarget.value}, false)}
							/>
							{template.text.trim() === '' ? (
								<p class="hint" id={`template-empty-${template.id}`}>
									{t('template_empty')}
								</p>
							) : null}
							{locked ? null : (
								<button
									type="button"
									data-template-remove={template.id}
									onClick={() => {
										change(
											own.filter(({id}) => id !== template.id),
											true,
										);
										setFocusId('add');
									}}
								>
									{t('template_remove', index + 1)}
								</button>
							)}
						</fieldset>
					</li>
				))}
			</ol>
			{locked ? null : (
				<p>
					<button
						type="button"
						ref={addButton}
						data-template-add
						disabled={full}
						onClick={() => add({reason: 'code-expired', text: ''})}
					>
						{t('templates_add')}
					</button>
					{full ? <span class="hint"> {t('templates_limit', TEMPLATES_PER_LANGUAGE_MAX)}</span> : null}
				</p>
			)}

			<h2 id="builtin-templates-title">{t('templates_builtin')}</h2>
			<ul class="template-list builtin" aria-labelledby="builtin-templates-title">
				{BUILT_IN_TEMPLATES[lang].map((template) => (
					<li key={template.id} data-builtin-template={template.id}>
						<span class="reason">{t(`reason_${template.reason}`)}</span>
						<p class="template-text" id={`builtin-${template.id}`} lang={lang}>
							{template.text}
						</p>
						{locked ? null : (
							<button
								type="button"
								disabled={full}
								data-template-copy={template.id}
								aria-describedby={`builtin-${template.id}`}
								onClick={() => {
									add({reason: template.reason, text: template.text});
									setCopied(template.id);
								}}
							>
								{copied === template.id ? t('template_copied') : t('template_copy')}
							</button>
						)}
					</li>
				))}
			</ul>
		</fieldset>
	);
}
