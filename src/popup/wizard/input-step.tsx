import type {JSX, RefObject, TargetedInputEvent, TargetedSubmitEvent} from 'preact';
import {useEffect, useRef, useState} from 'preact/hooks';
import type {PopupTextKey} from '../popup-texts';
import type {Translate} from '../../shared/catalog';
import type {Lang} from '../../shared/lang';
import {MessageError} from '../../shared/message-error';
import type {PortalPerson} from '../../shared/portal-data';
import {fieldErrorText} from '../../wizard/field-error-text';
import {FIELD_NAMES, type FieldName} from '../../wizard/input';
import type {Outcome} from '../../wizard/outcome-checklist';
import {PasteBox} from './paste-box';
import {SuggestionPanel} from './suggestion-panel';
import type {WizardAction, WizardState} from './wizard-state';
import {deriveWizardView, visibleError, type WizardView} from './wizard-view';

type Props = {
	readonly state: WizardState;
	readonly view: WizardView;
	readonly lang: Lang;
	readonly t: Translate<PopupTextKey>;
	readonly dispatch: (action: WizardAction) => WizardState;
	readonly readPortalPerson: () => Promise<PortalPerson | null>;
};

type FieldSpec = {
	readonly name: FieldName;
	readonly label: PopupTextKey;
	readonly type: 'text' | 'email' | 'date';
	readonly inputMode?: 'numeric';
};

const ENTERED: readonly FieldSpec[] = [
	{name: 'entered-first-name', label: 'label_first_name', type: 'text'},
	{name: 'entered-last-name', label: 'label_last_name', type: 'text'},
	{name: 'entered-email', label: 'label_email', type: 'email'},
	{name: 'user-id', label: 'label_user_id', type: 'text', inputMode: 'numeric'},
];
const REGISTERED: readonly FieldSpec[] = [
	{name: 'registered-first-name', label: 'label_first_name', type: 'text'},
	{name: 'registered-last-name', label: 'label_last_name', type: 'text'},
	{name: 'registered-email', label: 'label_email', type: 'email'},
];
const MAIL_DATE: FieldSpec = {name: 'mail-date', label: 'label_mail_date', type: 'date'};

function Field({
	spec,
	state,
	view,
	lang,
	t,
	dispatch,
}: Omit<Props, 'readPortalPerson'> & {spec: FieldSpec}): JSX.Element {
	const {name} = spec;
	const id = `field-${name}`;
	const errorId = `${id}-error`;
	const code = visibleError(state, view, name);
	const fromPaste = state.pasted.some((field) => field === name);
	const common = {
		id,
		name,
		value: state.fields[name],
		autoComplete: 'off',
		spellcheck: false,
		'aria-invalid': code === undefined ? undefined : ('true' as const),
		'aria-describedby': code === undefined ? undefined : errorId,
		'data-filled-from': fromPaste ? 'paste' : undefined,
		onInput: (event: TargetedInputEvent<HTMLInputElement>) =>
			dispatch({type: 'edit', field: name, value: event.currentTarget.value}),
		onBlur: () => dispatch({type: 'touch', field: name}),
	};
	return (
		<div class={code === undefined ? 'field' : 'field field-invalid'}>
			<label for={id}>{t(spec.label)}</label>
			{spec.type === 'email' ? <input type="email" {...common} /> : null}
			{spec.type === 'date' ? <input type="date" {...common} /> : null}
			{spec.type === 'text' ? <input type="text" inputMode={spec.inputMode} {...common} /> : null}
			{code === undefined ? null : (
				<p id={errorId} class="field-error">
					{fieldErrorText(code, lang, name)}
				</p>
			)}
		</div>
	);
}

type PortalStatus = 'idle' | 'reading' | 'taken' | 'none' | 'no-tab' | 'failed';

function firstInvalid(view: WizardView): FieldName | undefined {
	return FIELD_NAMES.find((name) => view.errors.has(name));
}

function focusField(form: HTMLFormElement | null, name: FieldName): void {
	const element = form?.elements.namedItem(name); // null only before the first render
	if (element instanceof HTMLElement) element.focus();
}

/**
 * The first screen: both data sets at once (testing contract), the suggestion below as soon as both are valid.
 * Enter submits: with errors it shows them all and focuses the first; without, it moves on to the suggestion.
 */
export function InputStep({state, view, lang, t, dispatch, readPortalPerson}: Props): JSX.Element {
	const formRef = useRef<HTMLFormElement>(null);
	const suggestionRef = useRef<HTMLElement>(null);
	const [portal, setPortal] = useState<{status: PortalStatus; name?: string}>({status: 'idle'});

	useEffect(() => {
		// Start where the work is: the first empty field (after a restore or a prefill, often further down).
		const empty = FIELD_NAMES.find(
			(name) => name !== 'user-id' && name !== 'mail-date' && state.fields[name] === '',
		);
		if (empty !== undefined) focusField(formRef.current, empty);
	}, []); // only when the screen appears, not on every keystroke

	const takeFromPortal = (): void => {
		setPortal({status: 'reading'});
		readPortalPerson().then(
			(person) => {
				if (person === null) {
					setPortal({status: 'none'});
					return;
				}
				dispatch({type: 'prefill', person});
				setPortal({status: 'taken', name: `${person.firstName} ${person.lastName}`.trim()});
			},
			(error: unknown) => {
				if (error instanceof MessageError && error.code === 'no-portal-tab') {
					setPortal({status: 'no-tab'});
					return;
				}
				console.warn('eIAM Assist: could not read the portal', error);
				setPortal({status: 'failed'});
			},
		);
	};

	const submit = (event: TargetedSubmitEvent<HTMLFormElement>): void => {
		event.preventDefault();
		const invalid = firstInvalid(deriveWizardView(dispatch({type: 'submit'})));
		if (invalid === undefined)
			suggestionRef.current?.focus(); // null only before the first render
		else focusField(formRef.current, invalid);
	};

	const confirm = (outcome: Outcome): void => {
		const latest = dispatch({type: 'submit'});
		const invalid = firstInvalid(deriveWizardView(latest));
		if (invalid !== undefined) {
			focusField(formRef.current, invalid);
			return;
		}
		dispatch({type: 'confirm', outcome});
	};

	const fieldProps = {state, view, lang, t, dispatch};
	const hasShownErrors = state.submitted && view.errors.size > 0;
	return (
		<div class="input-step">
			<form ref={formRef} noValidate onSubmit={submit} aria-describedby="wizard-intro">
				<p id="wizard-intro" class="intro">
					{t('wizard_intro')}
				</p>
				<PasteBox state={state} lang={lang} dispatch={dispatch} />
				<fieldset>
					<legend>{t('fieldset_entered')}</legend>
					<div class="portal-row">
						<button
							type="button"
							onClick={takeFromPortal}
							disabled={portal.status === 'reading'}
							data-eiam-assist-prefill
						>
							{t('take_from_portal')}
						</button>
						<span
							role="status"
							class={
								portal.status === 'failed' || portal.status === 'none' || portal.status === 'no-tab'
									? 'status status-error'
									: 'status'
							}
						>
							{portal.status === 'reading' ? t('taking_from_portal') : null}
							{portal.status === 'taken' ? t('portal_person_taken', portal.name ?? '') : null}
							{portal.status === 'none' ? t('portal_no_person') : null}
							{portal.status === 'no-tab' ? t('portal_no_tab') : null}
							{portal.status === 'failed' ? t('portal_unreachable') : null}
						</span>
					</div>
					{ENTERED.map((spec) => (
						<Field key={spec.name} spec={spec} {...fieldProps} />
					))}
				</fieldset>
				<fieldset>
					<legend>{t('fieldset_registered')}</legend>
					{REGISTERED.map((spec) => (
						<Field key={spec.name} spec={spec} {...fieldProps} />
					))}
				</fieldset>
				<Field spec={MAIL_DATE} {...fieldProps} />
				{hasShownErrors ? (
					<p class="notice notice-error" role="alert">
						{t('fix_fields')}
					</p>
				) : null}
				<div class="button-row">
					<button type="submit">{t('continue')}</button>
				</div>
			</form>
			<SuggestionPanel panelRef={suggestionRef as RefObject<HTMLElement>} {...fieldProps} onConfirm={confirm} />
		</div>
	);
}
