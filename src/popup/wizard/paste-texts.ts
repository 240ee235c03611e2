import {defineCatalog, type TextKey} from '../../shared/catalog';
import type {PasteField} from '../../wizard/parse-pasted-mail';

/*
 * The words of the wizard's paste box (shared/DESIGN.md "Wizard input by pasting"): its label and hint, and the
 * status line saying what a paste filled and which fields it could not find. A field is named with its data set,
 * because both sets have a first name, a last name and an address.
 */
export const PASTE_TEXTS = defineCatalog({
	de: {
		paste_label: 'E-Mail von eIAM einfügen (optional)',
		paste_hint:
			'Fügen Sie den Text der E-Mail ein: erkannte Angaben füllen die leeren Felder. Was Sie selbst eingetragen haben, bleibt.',
		paste_filled: '$1 von $2 Feldern aus der E-Mail übernommen.',
		paste_nothing: 'In diesem Text wurden keine Angaben erkannt. Tragen Sie sie bitte von Hand ein.',
		paste_not_found: 'Nicht gefunden: $1.',
		paste_ambiguous: 'Nicht eindeutig, bitte von Hand eintragen: $1.',
		paste_invalid: 'Kein gültiger Wert, bitte von Hand eintragen: $1.',
		paste_kept: 'Ihre Eingabe behalten, die E-Mail nennt etwas anderes: $1.',
		paste_truncated: 'Der Text ist sehr lang; nur sein Anfang wurde gelesen.',
		field_entered_first_name: 'Vorname(n) im eIAM',
		field_entered_last_name: 'Nachname(n) im eIAM',
		field_entered_email: 'E-Mail-Adresse im eIAM',
		field_registered_first_name: 'Vorname(n) der registrierten Person',
		field_registered_last_name: 'Nachname(n) der registrierten Person',
		field_registered_email: 'E-Mail-Adresse der registrierten Person',
		field_user_id: 'Benutzer-ID',
	},
	fr: {
		paste_label: 'Coller l’e-mail d’eIAM (facultatif)',
		paste_hint:
			'Collez le texte de l’e-mail\u00A0: les données reconnues remplissent les champs vides. Ce que vous avez saisi vous-même reste.',
		paste_filled: '$1 champs sur $2 repris de l’e-mail.',
		paste_nothing: 'Aucune donnée reconnue dans ce texte. Veuillez les saisir à la main.',
		paste_not_found: 'Introuvable\u00A0: $1.',
		paste_ambiguous: 'Pas univoque, à saisir à la main\u00A0: $1.',
		paste_invalid: 'Valeur non valable, à saisir à la main\u00A0: $1.',
		paste_kept: 'Votre saisie est conservée, l’e-mail indique autre chose\u00A0: $1.',
		paste_truncated: 'Le texte est très long\u00A0; seul son début a été lu.',
		field_entered_first_name: 'Prénom(s) dans eIAM',
		field_entered_last_name: 'Nom(s) dans eIAM',
		field_entered_email: 'Adresse e-mail dans eIAM',
		field_registered_first_name: 'Prénom(s) de la personne enregistrée',
		field_registered_last_name: 'Nom(s) de la personne enregistrée',
		field_registered_email: 'Adresse e-mail de la personne enregistrée',
		field_user_id: 'ID utilisateur',
	},
	it: {
		paste_label: 'Incollare l’e-mail di eIAM (facoltativo)',
		paste_hint:
			'Incollate il testo dell’e-mail: i dati riconosciuti compilano i campi vuoti. Quanto inserito da voi resta invariato.',
		paste_filled: '$1 campi su $2 ripresi dall’e-mail.',
		paste_nothing: 'In questo testo non sono stati riconosciuti dati. Inseriteli a mano.',
		paste_not_found: 'Non trovato: $1.',
		paste_ambiguous: 'Non univoco, da inserire a mano: $1.',
		paste_invalid: 'Valore non valido, da inserire a mano: $1.',
		paste_kept: 'Mantenuto quanto inserito, l’e-mail indica altro: $1.',
		paste_truncated: 'Il testo è molto lungo; è stato letto solo l’inizio.',
		field_entered_first_name: 'Nome/i in eIAM',
		field_entered_last_name: 'Cognome/i in eIAM',
		field_entered_email: 'Indirizzo e-mail in eIAM',
		field_registered_first_name: 'Nome/i della persona registrata',
		field_registered_last_name: 'Cognome/i della persona registrata',
		field_registered_email: 'Indirizzo e-mail della persona registrata',
		field_user_id: 'ID utente',
	},
	en: {
		paste_label: 'Paste eIAM’s e-mail (optional)',
		paste_hint:
			'Paste the text of the e-mail: the data it recognises fill the empty fields. What you typed yourself stays.',
		paste_filled: 'Took $1 of $2 fields from the e-mail.',
		paste_nothing: 'No data recognised in this text. Please enter them by hand.',
		paste_not_found: 'Not found: $1.',
		paste_ambiguous: 'Not unambiguous, please enter by hand: $1.',
		paste_invalid: 'Not a valid value, please enter by hand: $1.',
		paste_kept: 'Kept what you typed, the e-mail says otherwise: $1.',
		paste_truncated: 'The text is very long; only its beginning was read.',
		field_entered_first_name: 'first name(s) in eIAM',
		field_entered_last_name: 'last name(s) in eIAM',
		field_entered_email: 'e-mail address in eIAM',
		field_registered_first_name: 'first name(s) of the registered person',
		field_registered_last_name: 'last name(s) of the registered person',
		field_registered_email: 'e-mail address of the registered person',
		field_user_id: 'user ID',
	},
});

export type PasteTextKey = TextKey<typeof PASTE_TEXTS>;

export const PASTE_FIELD_TEXT: Readonly<Record<PasteField, PasteTextKey>> = {
	'entered-first-name': 'field_entered_first_name',
	'entered-last-name': 'field_entered_last_name',
	'entered-email': 'field_entered_email',
	'registered-first-name': 'field_registered_first_name',
	'registered-last-name': 'field_registered_last_name',
	'registered-email': 'field_registered_email',
	'user-id': 'field_user_id',
};
