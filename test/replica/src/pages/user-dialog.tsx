import type {ComponentChildren, VNode} from 'preact';
import {useState} from 'preact/hooks';
import {fill, LANGS, type Lang} from '../i18n/lang';
import {labelList} from '../i18n/labels';
import {COUNTRIES} from '../i18n/texts';
import {findUnit} from '../data/units';
import {fullName, type PortalUser} from '../data/users';
import {useLabels, useStore, useTexts} from '../state/use-store';
import {Icon} from '../ui/icon';
import {Modal} from '../ui/modal';
import {isValidEmail} from '../data/email';

/** `create` from "Neuen Benutzer hinzufügen", `edit` from the pencil, `view` (read-only) from the info-circle. */
export type DialogMode = 'create' | 'edit' | 'view';

type Form = {
	salutation: PortalUser['salutation'];
	firstName: string;
	lastName: string;
	birthDate: string;
	address1: string;
	address2: string;
	country: string;
	city: string;
	postalCode: string;
	email: string;
	mobile: string;
	language: Lang | '';
	notes: string;
};

const EMPTY: Form = {
	salutation: '',
	firstName: '',
	lastName: '',
	birthDate: '',
	address1: '',
	address2: '',
	country: '',
	city: '',
	postalCode: '',
	email: '',
	mobile: '',
	language: '',
	notes: '',
};

const NOTES_MAX = 255;

function formOf(user: PortalUser | undefined): Form {
	if (!user) return {...EMPTY};
	return {
		salutation: user.salutation,
		firstName: user.firstName,
		lastName: user.lastName,
		birthDate: user.birthDate,
		address1: user.address1,
		address2: user.address2,
		country: user.country,
		city: user.city,
		postalCode: user.postalCode,
		email: user.email,
		mobile: user.mobile,
		language: user.language,
		notes: '',
	};
}

type SaveAction = 'another' | 'back' | 'continue';

/**
 * The create-user dialog (creation_utilisateur_*), also opened by the pencil to edit a person's data. The three
 * save buttons stay disabled until first name, last name and a valid e-mail address are typed (`input` events).
 */
export function UserDialog(props: {
	mode: DialogMode;
	user: PortalUser | undefined;
	onClose: () => void;
	onCreateAnother: () => void;
}): VNode {
	const store = useStore();
	const t = useLabels('createUser');
	const tx = useTexts();
	const {mode, user, onClose} = props;
	const [form, setForm] = useState<Form>(() => formOf(mode === 'create' ? undefined : user));
	const [dirty, setDirty] = useState<ReadonlySet<keyof Form>>(new Set());
	const [saving, setSaving] = useState(false);
	const unit = findUnit(store.state.unitId);
	const readOnly = mode === 'view';
	const valid = form.firstName.trim() !== '' && form.lastName.trim() !== '' && isValidEmail(form.email);

	const set = <K extends keyof Form>(key: K, value: Form[K]): void => {
		setForm((current) => ({...current, [key]: value}));
		setDirty((current) => new Set([...current, key]));
	};

	const save = (action: SaveAction): void => {
		if (!valid || saving || readOnly) return;
		setSaving(true);
		const data = {
			salutation: form.salutation,
			firstName: form.firstName.trim(),
			lastName: form.lastName.trim(),
			birthDate: form.birthDate.trim(),
			address1: form.address1.trim(),
			address2: form.address2.trim(),
			country: form.country,
			city: form.city.trim(),
			postalCode: form.postalCode.trim(),
			email: form.email.trim(),
			mobile: form.mobile.trim(),
			language: form.language,
		};
		store.later(() => {
			let extId: string;
			let profileId: string | undefined;
			if (mode === 'create' || !user) {
				extId = store.freeExtId();
				const profile = store.newProfile();
				profileId = profile.id;
				store.addUser({
					...data,
					extId,
					phone: '',
					userStatus: 'active',
					onboardingStatus: 'none',
					onboardingCode: '',
					codeSentAt: null,
					profiles: [profile],
				});
			} else {
				extId = user.extId;
				profileId = user.profiles[0]?.id;
				store.updateUser(extId, (draft) => Object.assign(draft, data));
			}
			const notice = mode === 'create' ? 'userCreated' : 'userSaved';
			setSaving(false);
			if (action === 'continue') {
				store.patch((state) => {
					state.listSelection = extId;
					state.managedExtId = extId;
					state.profileId = profileId;
				});
				onClose();
				store.navigate('permissions');
			} else if (action === 'back') {
				onClose();
			} else {
				props.onCreateAnother();
				setForm({...EMPTY});
				setDirty(new Set());
			}
			store.notify(notice, {name: fullName(data)});
		});
	};

	const title = mode === 'create' ? t('dialogTitle') : mode === 'edit' ? tx('editUserTitle') : tx('showUserTitle');
	const mandatory = (key: 'firstName' | 'lastName' | 'email'): string =>
		`control-wrapper${form[key].trim() === '' ? ' control-mandatory' : ''}`;
	const errorClass = (key: keyof Form, ok: boolean): string =>
		`form-group${dirty.has(key) && !ok ? ' has-error' : ''}`;
	const input = (
		key: Exclude<keyof Form, 'salutation' | 'language' | 'country'>,
		extra: {inputMode?: 'email' | 'tel'; required?: boolean} = {},
	): VNode => (
		<input
			id={`user-${key}`}
			name={key}
			type="text"
			inputMode={extra.inputMode}
			class="form-control"
			required={extra.required}
			aria-required={extra.required ? 'true' : undefined}
			value={form[key]}
			onInput={(event) => set(key, event.currentTarget.value)}
		/>
	);
	const radio = (name: 'salutation' | 'language', value: string, text: string): VNode => (
		<div class="form-check form-check-inline" key={value}>
			<input
				id={`user-${name}-${value}`}
				type="radio"
				class="form-check-input"
				name={name}
				value={value}
				checked={form[name] === value}
				onChange={() => {
					if (name === 'salutation') set('salutation', value === 'mr' ? 'mr' : 'mrs');
					else set('language', LANGS.find((lang) => lang === value) ?? '');
				}}
			/>
			<label class="form-check-label" for={`user-${name}-${value}`}>
				{text}
			</label>
		</div>
	);
	const group = (key: keyof Form, text: string, control: ComponentChildren, ok = true): VNode => (
		<div class={errorClass(key, ok)}>
			<label for={`user-${key}`}>{text}</label>
			{control}
		</div>
	);
	const languageNames = labelList(store.lang, 'createUser', 'languageOptions');
	const disabledSave = !valid || saving || readOnly;

	return (
		<Modal
			title={title}
			onClose={onClose}
			footer={
				<>
					<button type="button" class="btn btn-link" onClick={onClose}>
						{t('cancelButton')}
					</button>
					<button
						type="button"
						class="btn btn-secondary"
						disabled={disabledSave}
						onClick={() => save('another')}
					>
						{t('saveAndCreateAnotherButton')}
					</button>
					<button
						type="button"
						class="btn btn-secondary"
						disabled={disabledSave}
						onClick={() => save('back')}
					>
						{t('saveAndBackToListButton')}
					</button>
					<button
						type="button"
						class="btn btn-primary"
						disabled={disabledSave}
						onClick={() => save('continue')}
					>
						{t('saveAndContinueButton')}
					</button>
				</>
			}
		>
			<form class="user-form" noValidate onSubmit={(event) => event.preventDefault()}>
				<fieldset disabled={readOnly}>
					<div class="row">
						<div class="col-md-4">
							<h5 class="form-section">{t('sectionUserData')}</h5>
							<div class="form-group">
								<label class="d-block" id="user-salutation-label">
									{t('salutation')}
								</label>
								<div role="radiogroup" aria-labelledby="user-salutation-label">
									{radio('salutation', 'mr', t('salutationMr'))}
									{radio('salutation', 'mrs', t('salutationMrs'))}
								</div>
							</div>
							{group(
								'firstName',
								t('firstName'),
								<div class={mandatory('firstName')}>{input('firstName', {required: true})}</div>,
								form.firstName.trim() !== '',
							)}
							{group(
								'lastName',
								t('lastName'),
								<div class={mandatory('lastName')}>{input('lastName', {required: true})}</div>,
								form.lastName.trim() !== '',
							)}
							{group(
								'birthDate',
								t('birthDate'),
								<div class="input-group">
									{input('birthDate')}
									<div class="input-group-append">
										<button
											type="button"
											class="btn btn-outline-secondary calendar"
											aria-label={store.scenario.iconLabels ? tx('iconCalendar') : undefined}
										>
											<Icon name="calendar" />
										</button>
									</div>
								</div>,
							)}
						</div>
						<div class="col-md-4">
							<h5 class="form-section">{t('sectionAddress')}</h5>
							{group('address1', t('addressLine1'), input('address1'))}
							{group('address2', t('addressLine2'), input('address2'))}
							{group(
								'country',
								t('country'),
								<select
									id="user-country"
									name="country"
									class="form-control custom-select"
									value={form.country}
									onChange={(event) => set('country', event.currentTarget.value)}
								>
									<option value="">{t('countryPlaceholder')}</option>
									{COUNTRIES.map((country) => (
										<option key={country.code} value={country.code}>
											{country.name[store.lang]}
										</option>
									))}
								</select>,
							)}
							<div class="row">
								<div class="col-8">{group('city', t('city'), input('city'))}</div>
								<div class="col-4">{group('postalCode', t('postalCode'), input('postalCode'))}</div>
							</div>
						</div>
						<div class="col-md-4">
							<h5 class="form-section">{t('sectionAccessData')}</h5>
							{group(
								'email',
								t('email'),
								<div class={mandatory('email')}>
									{input('email', {inputMode: 'email', required: true})}
								</div>,
								isValidEmail(form.email),
							)}
							{group('mobile', t('mobile'), input('mobile', {inputMode: 'tel'}))}
						</div>
					</div>
					<div class="row">
						<div class="col-md-4">
							<h5 class="form-section" id="user-language-label">
								{t('correspondenceLanguage')}
							</h5>
							<div class="form-group" role="radiogroup" aria-labelledby="user-language-label">
								{LANGS.map((lang, index) =>
									radio('language', lang, languageNames[index] ?? lang.toUpperCase()),
								)}
							</div>
						</div>
						<div class="col-md-4">
							<h5 class="form-section">{t('unitLabel')}</h5>
							<p class="font-weight-bold unit-value">{unit?.name}</p>
						</div>
					</div>
					<div class="form-group">
						<label for="user-notes">{t('changeNotes')}</label>
						<textarea
							id="user-notes"
							name="notes"
							class="form-control"
							rows={3}
							maxLength={NOTES_MAX}
							value={form.notes}
							onInput={(event) => set('notes', event.currentTarget.value)}
						/>
						<small class="form-text chars-left">
							{fill(t('charsLeft'), {n: NOTES_MAX - form.notes.length})}
						</small>
					</div>
				</fieldset>
			</form>
		</Modal>
	);
}
