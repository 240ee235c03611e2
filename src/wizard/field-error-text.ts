import {defineCatalog, translator} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import type {FieldErrorCode} from './input';

/** Messages for `validateWizardInput`'s error codes; shown beside the input named by `FieldError.field`. */
export const fieldErrorTexts = defineCatalog<FieldErrorCode>({
	de: {
		required: 'Bitte ausfüllen.',
		'invalid-email': 'Bitte eine einzelne gültige E-Mail-Adresse eingeben, z. B. vorname.name@spital.ch.',
		'too-long': 'Dieser Eintrag ist zu lang.',
		'invalid-user-id': 'Die Benutzer-ID besteht nur aus Ziffern, z. B. 2376660.',
		'invalid-date': 'Bitte ein gültiges Datum eingeben.',
	},
	fr: {
		required: 'Veuillez remplir ce champ.',
		'invalid-email': 'Veuillez saisir une seule adresse e-mail valable, p. ex. prenom.nom@hopital.ch.',
		'too-long': 'Cette saisie est trop longue.',
		'invalid-user-id': 'L’ID utilisateur ne contient que des chiffres, p. ex. 2376660.',
		'invalid-date': 'Veuillez saisir une date valable.',
	},
	it: {
		required: 'Compilare questo campo.',
		'invalid-email': 'Inserire un solo indirizzo e-mail valido, p. es. nome.cognome@ospedale.ch.',
		'too-long': 'Questo dato è troppo lungo.',
		'invalid-user-id': 'L’ID utente contiene solo cifre, p. es. 2376660.',
		'invalid-date': 'Inserire una data valida.',
	},
	en: {
		required: 'Please fill in this field.',
		'invalid-email': 'Please enter a single valid e-mail address, e.g. first.last@hospital.ch.',
		'too-long': 'This entry is too long.',
		'invalid-user-id': 'The user ID consists of digits only, e.g. 2376660.',
		'invalid-date': 'Please enter a valid date.',
	},
});

export function fieldErrorText(code: FieldErrorCode, lang: Lang): string {
	return translator(fieldErrorTexts[lang])(code);
}
