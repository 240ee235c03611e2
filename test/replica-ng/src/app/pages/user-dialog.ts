import {Component, inject, signal} from '@angular/core';
import {FormsModule} from '@angular/forms';
import {MatButtonModule} from '@angular/material/button';
import {MAT_DIALOG_DATA, MatDialogModule, MatDialogRef} from '@angular/material/dialog';
import {MatFormFieldModule} from '@angular/material/form-field';
import {MatInputModule} from '@angular/material/input';
import {MatRadioModule} from '@angular/material/radio';
import {MatSelectModule} from '@angular/material/select';
import {ObButtonModule} from '@oblique/oblique';
import {isValidEmail} from '../../../../replica/src/data/email';
import {findUnit} from '../../../../replica/src/data/units';
import {fullName, type PortalUser} from '../../../../replica/src/data/users';
import {LANGS, type Lang} from '../../../../replica/src/i18n/lang';
import {labelList} from '../../../../replica/src/i18n/labels';
import {COUNTRIES} from '../../../../replica/src/i18n/texts';
import {PortalTexts} from '../i18n/portal-texts.service';
import {Notifier} from '../notifier.service';
import {PortalApi} from '../portal-api.service';
import {SESSION} from '../session';

/** `create` from "Neuen Benutzer hinzufügen", `edit` from the pencil, `view` (read-only) from the info-circle. */
export type UserDialogData = {mode: 'create' | 'edit' | 'view'; user?: PortalUser | undefined};
export type UserDialogResult = {action: 'another' | 'back' | 'continue'};

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

const NOTES_MAX = 255;

function formOf(user: PortalUser | undefined): Form {
	return {
		salutation: user?.salutation ?? '',
		firstName: user?.firstName ?? '',
		lastName: user?.lastName ?? '',
		birthDate: user?.birthDate ?? '',
		address1: user?.address1 ?? '',
		address2: user?.address2 ?? '',
		country: user?.country ?? '',
		city: user?.city ?? '',
		postalCode: user?.postalCode ?? '',
		email: user?.email ?? '',
		mobile: user?.mobile ?? '',
		language: user?.language ?? '',
		notes: '',
	};
}

/**
 * The create-user dialog (creation_utilisateur_*) as an Angular Material dialog with Material form fields (Oblique
 * 13's forms), also opened by the pencil (edit) and the info-circle (read-only). The three save buttons stay disabled
 * until first name, last name and a valid e-mail address are typed.
 */
@Component({
	selector: 'app-user-dialog',
	imports: [
		FormsModule,
		MatButtonModule,
		MatDialogModule,
		MatFormFieldModule,
		MatInputModule,
		MatRadioModule,
		MatSelectModule,
		ObButtonModule,
	],
	templateUrl: './user-dialog.html',
})
export class UserDialog {
	protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);
	protected readonly t = inject(PortalTexts);
	private readonly session = inject(SESSION);
	private readonly api = inject(PortalApi);
	private readonly notifier = inject(Notifier);
	private readonly ref = inject<MatDialogRef<UserDialog, UserDialogResult>>(MatDialogRef);
	protected readonly form: Form = formOf(this.data.mode === 'create' ? undefined : this.data.user);
	protected readonly saving = signal(false);
	protected readonly readOnly = this.data.mode === 'view';
	protected readonly langs = LANGS;
	protected readonly countries = COUNTRIES;
	protected readonly notesMax = NOTES_MAX;

	protected title(): string {
		if (this.data.mode === 'create') return this.t.label('createUser', 'dialogTitle');
		return this.t.text(this.data.mode === 'edit' ? 'editUserTitle' : 'showUserTitle');
	}

	protected languageName(index: number): string {
		return (
			labelList(this.session.lang, 'createUser', 'languageOptions')[index] ?? LANGS[index]?.toUpperCase() ?? ''
		);
	}

	protected countryName(country: (typeof COUNTRIES)[number]): string {
		return country.name[this.session.lang];
	}

	protected unitName(): string {
		return findUnit(this.session.state.unitId)?.name ?? '';
	}

	protected valid(): boolean {
		return this.form.firstName.trim() !== '' && this.form.lastName.trim() !== '' && isValidEmail(this.form.email);
	}

	protected emailValid(): boolean {
		return isValidEmail(this.form.email);
	}

	protected cancel(): void {
		this.ref.close();
	}

	protected save(action: UserDialogResult['action']): void {
		if (!this.valid() || this.saving() || this.readOnly) return;
		this.saving.set(true);
		const form = this.form;
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
		const {mode, user} = this.data;
		this.api
			.request(() => {
				if (mode === 'create' || !user) {
					const extId = this.session.freeExtId();
					const profile = this.session.newProfile();
					this.session.addUser({
						...data,
						extId,
						phone: '',
						userStatus: 'active',
						onboardingStatus: 'none',
						onboardingCode: '',
						codeSentAt: null,
						profiles: [profile],
					});
					return {extId, profileId: profile.id};
				}
				this.session.updateUser(user.extId, (draft) => Object.assign(draft, data));
				return {extId: user.extId, profileId: user.profiles[0]?.id};
			})
			.subscribe(({extId, profileId}) => {
				if (action === 'continue') {
					this.session.patch((state) => {
						state.listSelection = extId;
						state.managedExtId = extId;
						state.profileId = profileId;
					});
				}
				this.ref.close({action});
				this.notifier.notify(mode === 'create' ? 'userCreated' : 'userSaved', {name: fullName(data)});
			});
	}
}
