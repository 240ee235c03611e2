import {defineCatalog, translator} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import type {Reason, ReasonCode} from './classify';

/*
 * Plain-words explanations of `classifyDiscrepancy`'s reasons. `$1` is the value entered in the portal, `$2` the
 * registered one (always in that order), `$3` how many letters a typo changes ("einen Buchstaben").
 * Swiss German: ss, never ß. French: «\u00A0…\u00A0» and a no-break space before ":".
 */
type LettersKey = 'letters-1' | 'letters-2' | 'letters-more';

export const reasonTexts = defineCatalog<ReasonCode | LettersKey>({
	de: {
		'names-same': 'Vor- und Nachname sind gleich: «$1»',
		'case-or-accents': 'Nur Gross-/Kleinschreibung, Akzente oder Bindestriche unterscheiden sich: «$1» / «$2»',
		transliteration: 'Umlaut anders geschrieben (ü, ue oder u): «$1» / «$2»',
		'first-name-typo': 'Vorname unterscheidet sich um $3: «$1» / «$2»',
		'last-name-typo': 'Nachname unterscheidet sich um $3: «$1» / «$2»',
		'middle-name-missing': 'Im Portal fehlt ein weiterer Vorname: «$1» / «$2»',
		'middle-name-extra': 'Im Portal steht ein weiterer Vorname, der bei der Registrierung fehlt: «$1» / «$2»',
		'middle-name-different': 'Erster Vorname gleich, weiterer Vorname verschieden: «$1» / «$2»',
		'first-names-order': 'Vornamen in anderer Reihenfolge: «$1» / «$2»',
		'last-name-part': 'Nur ein Teil des Doppelnamens angegeben: «$1» / «$2»',
		'names-swapped': 'Vor- und Nachname vertauscht: «$1» / «$2»',
		'names-split-differently': 'Dieselben Namen, anders auf Vor- und Nachname verteilt: «$1» / «$2»',
		'typos-in-both-names': 'Vorname und Nachname weichen beide ab: «$1» / «$2»',
		'first-name-partial': 'Der erste Vorname fehlt oder weicht ab, nur ein Teil stimmt überein: «$1» / «$2»',
		'last-name-partial': 'Nur ein Teil des Nachnamens stimmt überein: «$1» / «$2»',
		'first-name-different': 'Anderer Vorname: «$1» / «$2»',
		'last-name-different': 'Anderer Nachname: «$1» / «$2»',
		'email-same': 'E-Mail-Adresse gleich: «$1»',
		'email-case': 'Gleiche E-Mail-Adresse, nur Gross-/Kleinschreibung anders: «$1» / «$2»',
		'email-private': 'Registriert mit einer privaten E-Mail-Adresse: «$2» statt «$1»',
		'email-now-professional':
			'Registriert mit einer geschäftlichen statt der privaten E-Mail-Adresse: «$2» statt «$1»',
		'email-other-professional': 'Registriert mit einer anderen geschäftlichen E-Mail-Adresse: «$2» statt «$1»',
		'letters-1': 'einen Buchstaben',
		'letters-2': 'zwei Buchstaben',
		'letters-more': 'mehrere Buchstaben',
	},
	fr: {
		'names-same': 'Prénom et nom identiques\u00A0: «\u00A0$1\u00A0»',
		'case-or-accents':
			'Seuls les majuscules, les accents ou les traits d’union diffèrent\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		transliteration: 'Umlaut écrit autrement (ü, ue ou u)\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'first-name-typo': 'Le prénom diffère de $3\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'last-name-typo': 'Le nom diffère de $3\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'middle-name-missing': 'Un autre prénom manque dans le portail\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'middle-name-extra':
			'Le portail indique un autre prénom, absent lors de l’enregistrement\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'middle-name-different':
			'Premier prénom identique, autre prénom différent\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'first-names-order': 'Prénoms dans un autre ordre\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'last-name-part': 'Une partie seulement du nom double est indiquée\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'names-swapped': 'Prénom et nom inversés\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'names-split-differently':
			'Mêmes noms, répartis autrement entre prénom et nom\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'typos-in-both-names': 'Le prénom et le nom diffèrent tous les deux\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'first-name-partial':
			'Le premier prénom manque ou diffère, une partie seulement correspond\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'last-name-partial': 'Une partie seulement du nom correspond\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'first-name-different': 'Autre prénom\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'last-name-different': 'Autre nom\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'email-same': 'Adresse e-mail identique\u00A0: «\u00A0$1\u00A0»',
		'email-case': 'Même adresse e-mail, seules les majuscules diffèrent\u00A0: «\u00A0$1\u00A0» / «\u00A0$2\u00A0»',
		'email-private':
			'Enregistrement avec une adresse e-mail privée\u00A0: «\u00A0$2\u00A0» au lieu de «\u00A0$1\u00A0»',
		'email-now-professional':
			'Enregistrement avec une adresse professionnelle au lieu de l’adresse privée\u00A0: «\u00A0$2\u00A0» au lieu de «\u00A0$1\u00A0»',
		'email-other-professional':
			'Enregistrement avec une autre adresse professionnelle\u00A0: «\u00A0$2\u00A0» au lieu de «\u00A0$1\u00A0»',
		'letters-1': 'une lettre',
		'letters-2': 'deux lettres',
		'letters-more': 'plusieurs lettres',
	},
	it: {
		'names-same': 'Nome e cognome identici: «$1»',
		'case-or-accents': 'Differiscono solo maiuscole, accenti o trattini: «$1» / «$2»',
		transliteration: 'Umlaut scritto in altro modo (ü, ue o u): «$1» / «$2»',
		'first-name-typo': 'Il nome differisce di $3: «$1» / «$2»',
		'last-name-typo': 'Il cognome differisce di $3: «$1» / «$2»',
		'middle-name-missing': 'Nel portale manca un altro nome: «$1» / «$2»',
		'middle-name-extra': 'Il portale indica un altro nome, assente nella registrazione: «$1» / «$2»',
		'middle-name-different': 'Primo nome identico, altro nome diverso: «$1» / «$2»',
		'first-names-order': 'Nomi in un altro ordine: «$1» / «$2»',
		'last-name-part': 'Indicata solo una parte del doppio cognome: «$1» / «$2»',
		'names-swapped': 'Nome e cognome invertiti: «$1» / «$2»',
		'names-split-differently': 'Stessi nomi, suddivisi diversamente tra nome e cognome: «$1» / «$2»',
		'typos-in-both-names': 'Differiscono sia il nome sia il cognome: «$1» / «$2»',
		'first-name-partial': 'Il primo nome manca o differisce, corrisponde solo una parte: «$1» / «$2»',
		'last-name-partial': 'Corrisponde solo una parte del cognome: «$1» / «$2»',
		'first-name-different': 'Nome diverso: «$1» / «$2»',
		'last-name-different': 'Cognome diverso: «$1» / «$2»',
		'email-same': 'Indirizzo e-mail identico: «$1»',
		'email-case': 'Stesso indirizzo e-mail, differiscono solo le maiuscole: «$1» / «$2»',
		'email-private': 'Registrazione con un indirizzo e-mail privato: «$2» invece di «$1»',
		'email-now-professional':
			'Registrazione con un indirizzo professionale invece di quello privato: «$2» invece di «$1»',
		'email-other-professional': 'Registrazione con un altro indirizzo professionale: «$2» invece di «$1»',
		'letters-1': 'una lettera',
		'letters-2': 'due lettere',
		'letters-more': 'più lettere',
	},
	en: {
		'names-same': 'First and last name are the same: “$1”',
		'case-or-accents': 'Only capitals, accents or hyphens differ: “$1” / “$2”',
		transliteration: 'Umlaut written differently (ü, ue or u): “$1” / “$2”',
		'first-name-typo': 'First name differs by $3: “$1” / “$2”',
		'last-name-typo': 'Last name differs by $3: “$1” / “$2”',
		'middle-name-missing': 'A further first name is missing in the portal: “$1” / “$2”',
		'middle-name-extra': 'The portal has a further first name that the registration lacks: “$1” / “$2”',
		'middle-name-different': 'Same main first name, different further first name: “$1” / “$2”',
		'first-names-order': 'First names in another order: “$1” / “$2”',
		'last-name-part': 'Only one part of the double last name given: “$1” / “$2”',
		'names-swapped': 'First and last name swapped: “$1” / “$2”',
		'names-split-differently': 'Same names, split differently into first and last name: “$1” / “$2”',
		'typos-in-both-names': 'Both first and last name differ: “$1” / “$2”',
		'first-name-partial': 'The main first name is missing or differs, only a part matches: “$1” / “$2”',
		'last-name-partial': 'Only a part of the last name matches: “$1” / “$2”',
		'first-name-different': 'Different first name: “$1” / “$2”',
		'last-name-different': 'Different last name: “$1” / “$2”',
		'email-same': 'Same e-mail address: “$1”',
		'email-case': 'Same e-mail address, only capitals differ: “$1” / “$2”',
		'email-private': 'Registered with a private e-mail address: “$2” instead of “$1”',
		'email-now-professional': 'Registered with a professional instead of the private address: “$2” instead of “$1”',
		'email-other-professional': 'Registered with another professional address: “$2” instead of “$1”',
		'letters-1': 'one letter',
		'letters-2': 'two letters',
		'letters-more': 'several letters',
	},
});

function lettersKey(letters: number): LettersKey {
	if (letters <= 1) {
		return 'letters-1';
	}

	return letters === 2 ? 'letters-2' : 'letters-more';
}

/** One reason in plain words, e.g. DE «Nachname unterscheidet sich um einen Buchstaben: «Müller» / «Muler»». */
export function describeReason(reason: Reason, lang: Lang): string {
	const t = translator(reasonTexts[lang]);
	return t(reason.code, reason.entered, reason.registered, t(lettersKey(reason.letters ?? 1)));
}
