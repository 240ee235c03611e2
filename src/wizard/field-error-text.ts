import {defineCatalog, translator} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import {FIELD_MAX_LENGTH, type FieldErrorCode, type FieldName} from './input';

/** Messages for `validateWizardInput`'s error codes; shown beside the input named by `FieldError.field`. */
export const fieldErrorTexts = defineCatalog<FieldErrorCode>({
	de: {
		required: 'Bitte ausfüllen.',
		'invisible-only':
			'Hier stehen nur unsichtbare Zeichen (etwa aus einer kopierten E-Mail). Bitte den Eintrag neu eintippen.',
		'invalid-email': 'Bitte eine einzelne gültige E-Mail-Adresse eingeben, z. B. vorname.name@spital.ch.',
		'too-long': 'Dieser Eintrag ist zu lang: höchstens $1 Zeichen.',
		'invalid-user-id': 'Die Benutzer-ID besteht nur aus Ziffern, z. B. 2376660.',
		'invalid-date': 'Bitte ein gültiges Datum eingeben.',
	},
	fr: {
		required: 'Veuillez remplir ce champ.',
		'invisible-only':
			'Ce champ ne contient que des caractères invisibles (copiés p. ex. d’un e-mail). Veuillez le saisir à nouveau.',
		'invalid-email': 'Veuillez saisir une seule adresse e-mail valable, p. ex. prenom.nom@hopital.ch.',
		'too-long': 'Cette saisie est trop longue\u00A0: $1 caractères au maximum.',
		'invalid-user-id': 'L’ID utilisateur ne contient que des chiffres, p. ex. 2376660.',
		'invalid-date': 'Veuillez saisir une date valable.',
	},
	it: {
		required: 'Compilare questo campo.',
		'invisible-only':
			'Il campo contiene solo caratteri invisibili (copiati p. es. da un’e-mail). Digitare di nuovo il testo.',
		'invalid-email': 'Inserire un solo indirizzo e-mail valido, p. es. nome.cognome@ospedale.ch.',
		'too-long': 'Questo dato è troppo lungo: al massimo $1 caratteri.',
		'invalid-user-id': 'L’ID utente contiene solo cifre, p. es. 2376660.',
		'invalid-date': 'Inserire una data valida.',
	},
	en: {
		required: 'Please fill in this field.',
		'invisible-only':
			'This field holds only invisible characters (copied from an e-mail, say). Please type it again.',
		'invalid-email': 'Please enter a single valid e-mail address, e.g. first.last@hospital.ch.',
		'too-long': 'This entry is too long: $1 characters at most.',
		'invalid-user-id': 'The user ID consists of digits only, e.g. 2376660.',
		'invalid-date': 'Please enter a valid date.',
	},
});

/** The message for `field`'s error; a `too-long` one names the field's limit. */
export function fieldErrorText(code: FieldErrorCode, lang: Lang, field: FieldName): string {
	return translator(fieldErrorTexts[lang])(code, FIELD_MAX_LENGTH[field]);
}
