import {describe, expect, test} from 'vitest';
import {
	PASTE_FIELDS,
	PASTE_MAX_LENGTH,
	parsePastedMail,
	type PasteField,
	type PasteProblem,
	type PasteResult,
} from '../../../src/wizard/parse-pasted-mail';

/*
 * Synthetic eIAM discrepancy e-mails in the four languages. Nobody on the team has seen the real one, so these vary
 * what plausibly varies: label words and order, headings or labels naming the data set, tables (tabs, pipes, HTML),
 * one value per line or several, quoted replies and forwards, HTML-to-text artefacts, invisible characters.
 */

type Found = Partial<Record<PasteField, string>>;

/** The expected result: these values, every other field unresolved (not found unless said otherwise). */
function reading(found: Found, problems: Partial<Record<PasteField, PasteProblem>> = {}): PasteResult {
	return {
		found,
		unresolved: PASTE_FIELDS.filter((field) => found[field] === undefined).map((field) => ({
			field,
			problem: problems[field] ?? 'not-found',
		})),
		truncated: false,
	};
}

/** The same values without some fields. */
function without(found: Found, ...fields: PasteField[]): Found {
	return Object.fromEntries(Object.entries(found).filter(([field]) => !fields.includes(field as PasteField)));
}

const ANNA: Found = {
	'entered-first-name': 'Anna',
	'entered-last-name': 'Muster',
	'entered-email': 'anna.muster@spital-xy.ch',
	'registered-first-name': 'Anna Maria',
	'registered-last-name': 'Muster',
	'registered-email': 'anna.muster@gmail.com',
	'user-id': '2376660',
};

describe('German mails', () => {
	test('label blocks under headings, a footer with the service desk’s address', () => {
		const mail = [
			'Sehr geehrte Damen und Herren',
			'',
			'Bei der Registrierung eines Benutzers wurden Abweichungen zwischen den im Portal erfassten Daten und den',
			'Daten der registrierten Person festgestellt.',
			'',
			'Im Portal erfasste Daten:',
			'Vorname: Anna',
			'Nachname: Muster',
			'E-Mail: anna.muster@spital-xy.ch',
			'',
			'Daten der registrierten Person:',
			'Vorname: Anna Maria',
			'Nachname: Muster',
			'E-Mail: anna.muster@gmail.com',
			'',
			'Benutzer-ID: 2376660',
			'',
			'Freundliche Grüsse',
			'Ihr eIAM-Team',
			'E-Mail: servicedesk@bit.admin.ch',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNA));
	});

	test('a table copied from Outlook: tab-separated cells under a header row', () => {
		const mail = [
			'Folgende Angaben weichen ab:',
			'Feld\tIm Portal erfasst\tRegistrierte Person',
			'Vorname\tAnna\tAnna Maria',
			'Nachname\tMuster\tMuster',
			'E-Mail-Adresse\tanna.muster@spital-xy.ch\tanna.muster@gmail.com',
			'ExtID\t2376660\t',
		].join('\r\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNA));
	});

	test('HTML turned to text: bold labels, mailto links, no-break spaces, bullets, CRLF', () => {
		const mail = [
			'**Im Portal erfasste Daten**',
			'• *Nachname:* Muster',
			'• *Vorname:*\u00A0Anna',
			'• *E-Mail:* anna.muster@spital-xy.ch <mailto:anna.muster@spital-xy.ch>',
			'',
			'**Daten der registrierten Person**',
			'• *E-Mail:* anna.muster@gmail.com<mailto:anna.muster@gmail.com>',
			'• *Vorname:* _Anna Maria_',
			'• *Nachname:* Muster',
			'',
			'*Benutzer-ID:* 2376660',
		].join('\r\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNA));
	});

	test('a quoted reply: the superuser’s own note and signature above the quoted mail', () => {
		const mail = [
			'Hallo Peter, kannst du das bitte anschauen?',
			'Gruss, Hans <hans.meier@be.ch>',
			'',
			'Am 03.03.2025 um 09:12 schrieb eIAM <noreply@eiam.admin.ch>:',
			'> Im Portal erfasste Daten:',
			'> Vorname: Anna',
			'> Nachname: Muster',
			'> E-Mail: anna.muster@spital-xy.ch',
			'>',
			'> Daten der registrierten Person:',
			'> Vorname: Anna Maria',
			'> Nachname: Muster',
			'> E-Mail: anna.muster@gmail.com',
			'> Benutzer-ID: 2376660',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNA));
	});

	test('labels that name the data set themselves, without headings, in any order', () => {
		const mail = [
			'E-Mail der registrierten Person: anna.muster@gmail.com',
			'Vorname (Portal): Anna',
			'Nachname der registrierten Person: Muster',
			'E-Mail im Portal: anna.muster@spital-xy.ch',
			'Registrierter Vorname: Anna Maria',
			'Im Portal erfasster Nachname: Muster',
			'Benutzer ID: 2376660',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNA));
	});

	test('one list without headings: nothing tells whose data it is, so no name or address is filled', () => {
		const mail = [
			'Vorname: Anna',
			'Nachname: Muster',
			'E-Mail: anna.muster@gmail.com',
			'Benutzer-ID: 2376660',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(
			reading(
				{'user-id': '2376660'},
				{
					'entered-first-name': 'ambiguous',
					'entered-last-name': 'ambiguous',
					'entered-email': 'ambiguous',
					'registered-first-name': 'ambiguous',
					'registered-last-name': 'ambiguous',
					'registered-email': 'ambiguous',
				},
			),
		);
	});

	test('two different addresses for the registered person: that field stays empty and is reported', () => {
		const mail = [
			'Im Portal erfasste Daten:',
			'Vorname: Anna',
			'Nachname: Muster',
			'E-Mail: anna.muster@spital-xy.ch',
			'Daten der registrierten Person:',
			'Vorname: Anna Maria',
			'Nachname: Muster',
			'E-Mail: anna.muster@gmail.com / a.muster@bluewin.ch',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(
			reading(without(ANNA, 'registered-email', 'user-id'), {'registered-email': 'ambiguous'}),
		);
	});
});

const ANNE: Found = {
	'entered-first-name': 'Anne',
	'entered-last-name': 'Dupont',
	'entered-email': 'anne.dupont@hopital-ge.ch',
	'registered-first-name': 'Anne-Marie',
	'registered-last-name': 'Dupont',
	'registered-email': 'anne.dupont@bluewin.ch',
	'user-id': '2376660',
};

describe('French mails', () => {
	test('French spacing before the colon (narrow, no-break or plain), id in groups of three', () => {
		const mail = [
			'Madame, Monsieur,',
			'',
			'Données saisies dans le portail\u202F:',
			'Prénom\u202F: Anne',
			'Nom de famille : Dupont',
			'Adresse électronique\u00A0: anne.dupont@hopital-ge.ch',
			'',
			'Données de la personne enregistrée :',
			'Prénom : Anne-Marie',
			'Nom : Dupont',
			'Courriel : anne.dupont@bluewin.ch',
			'',
			'ID utilisateur : 2 376 660',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNE));
	});

	test('a Markdown table with pipes, the registered column first', () => {
		const mail = [
			'| Champ | Personne enregistrée | Données du portail |',
			'|---|---|---|',
			'| Prénom | Anne-Marie | Anne |',
			'| Nom | Dupont | Dupont |',
			'| Adresse e-mail | anne.dupont@bluewin.ch | anne.dupont@hopital-ge.ch |',
			'| Identifiant de l’utilisateur | 2376660 | 2376660 |',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNE));
	});

	test('a forwarded mail: the forwarder’s note and the header lines are not data', () => {
		const mail = [
			'Pour info, voir ci-dessous.',
			'Marc Rochat',
			'marc.rochat@etat.ge.ch',
			'',
			'---------- Message transféré ---------',
			'De : eIAM <noreply@eiam.admin.ch>',
			'Date : mar. 4 mars 2025 à 09:12',
			'Objet : Divergence lors de l’enregistrement',
			'À : marc.rochat@etat.ge.ch',
			'',
			'Données saisies dans le portail :',
			'Prénom : Anne',
			'Nom : Dupont',
			'Adresse e-mail : anne.dupont@hopital-ge.ch',
			'Données de la personne enregistrée :',
			'Prénom : Anne-Marie',
			'Nom : Dupont',
			'Adresse e-mail : anne.dupont@bluewin.ch',
			'ID utilisateur : 2376660',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNE));
	});

	test('each label on its own line, its value on the next', () => {
		const mail = [
			'Données saisies dans le portail',
			'Prénom',
			'Anne',
			'Nom de famille',
			'Dupont',
			'Courriel',
			'anne.dupont@hopital-ge.ch',
			'',
			'Personne enregistrée',
			'Prénom :',
			'Anne-Marie',
			'Nom de famille :',
			'Dupont',
			'Courriel :',
			'anne.dupont@bluewin.ch',
			'ID utilisateur',
			'2376660',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNE));
	});

	test('values in guillemets, an address in angle brackets, a dash for an empty field', () => {
		const mail = [
			'Données du portail :',
			'Prénom : «\u202FAnne\u202F»',
			'Nom : «Dupont»',
			'Adresse électronique : <anne.dupont@hopital-ge.ch>',
			'',
			'Données de la personne enregistrée :',
			'Prénom : Anne-Marie',
			'Nom : –',
			'Adresse électronique : [anne.dupont@bluewin.ch]',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(without(ANNE, 'registered-last-name', 'user-id')));
	});
});

const LUCA: Found = {
	'entered-first-name': 'Luca',
	'entered-last-name': 'Bernasconi',
	'entered-email': 'luca.bernasconi@eoc.ch',
	'registered-first-name': 'Luca',
	'registered-last-name': 'Bernasconi',
	'registered-email': 'luca.bernasconi@libero.it',
	'user-id': '1605123',
};

describe('Italian mails', () => {
	test('headings and labels as the portal words them', () => {
		const mail = [
			'Gentili signore e signori,',
			'',
			'Dati inseriti nel portale:',
			'Nome: Luca',
			'Cognome: Bernasconi',
			'Indirizzo e-mail: luca.bernasconi@eoc.ch',
			'',
			'Dati della persona registrata:',
			'Nome: Luca',
			'Cognome: Bernasconi',
			'Indirizzo e-mail: luca.bernasconi@libero.it',
			'',
			'ID utente: 1605123',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(LUCA));
	});

	test('«registrati nel portale» means recorded in the portal, not the registered person', () => {
		const mail = [
			'Dati registrati nel portale:',
			'Nome: Luca',
			'Cognome: Bernasconi',
			'E-mail: luca.bernasconi@eoc.ch',
			'Persona registrata:',
			'Nome: Luca',
			'Cognome: Bernasconi',
			'E-mail: luca.bernasconi@libero.it',
			'IDext: 1605123',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(LUCA));
	});

	test('a reply quoted twice, with the Italian attribution line', () => {
		const mail = [
			'Ciao Sara, ecco la mail.',
			'',
			'Il giorno mar 4 mar 2025 alle ore 09:12 Sara Conti <sara.conti@ti.ch> ha scritto:',
			'> Mi puoi aiutare?',
			'>',
			'>> Dati inseriti nel portale:',
			'>> Nome: Luca',
			'>> Cognome: Bernasconi',
			'>> Indirizzo e-mail: luca.bernasconi@eoc.ch',
			'>>',
			'>> Dati della persona registrata:',
			'>> Nome: Luca',
			'>> Cognome: Bernasconi',
			'>> Indirizzo e-mail: luca.bernasconi@libero.it',
			'>> ID utente: 1605123',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(LUCA));
	});

	test('all fields of a data set flattened onto one line', () => {
		const mail = [
			'Dati inseriti nel portale:',
			'Nome: Luca Cognome: Bernasconi Indirizzo e-mail: luca.bernasconi@eoc.ch',
			'Dati della persona registrata:',
			'Nome: Luca\tCognome: Bernasconi\tIndirizzo e-mail: luca.bernasconi@libero.it',
			'ID utente: 1605123',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(LUCA));
	});

	test('a value the wizard would refuse is reported as invalid, not filled', () => {
		const mail = [
			'Dati inseriti nel portale:',
			`Nome: ${'Luca '.repeat(25)}`,
			'Cognome: Bernasconi',
			'Indirizzo e-mail: vedi sotto',
			'Dati della persona registrata:',
			'Nome: Luca',
			'Cognome: Bernasconi',
			'Indirizzo e-mail: luca.bernasconi@libero.it',
			'ID utente: 1605-123-X',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(
			reading(
				{
					'entered-last-name': 'Bernasconi',
					'registered-first-name': 'Luca',
					'registered-last-name': 'Bernasconi',
					'registered-email': 'luca.bernasconi@libero.it',
				},
				{'entered-first-name': 'invalid', 'entered-email': 'invalid', 'user-id': 'invalid'},
			),
		);
	});
});

const JANE: Found = {
	'entered-first-name': 'Jane',
	'entered-last-name': 'Doe',
	'entered-email': 'jane.doe@hospital.ch',
	'registered-first-name': 'Janet',
	'registered-last-name': 'Doe',
	'registered-email': 'janet.doe@outlook.com',
	'user-id': '3325001',
};

describe('English mails', () => {
	test('headings and English labels', () => {
		const mail = [
			'Dear Sir or Madam,',
			'',
			'Data entered in the portal:',
			'First name: Jane',
			'Last name: Doe',
			'E-mail address: jane.doe@hospital.ch',
			'',
			'Data of the registered person:',
			'First name: Janet',
			'Surname: Doe',
			'Email: janet.doe@outlook.com',
			'',
			'User ID: 3325001',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(JANE));
	});

	test('a Gmail-style quoted reply with the attribution line', () => {
		const mail = [
			'See below.',
			'',
			'On Tue, 4 Mar 2025 at 09:12, eIAM <noreply@eiam.admin.ch> wrote:',
			'> Portal data',
			'> First name: Jane',
			'> Last name: Doe',
			'> E-mail: jane.doe@hospital.ch',
			'>',
			'> Registered person',
			'> First name: Janet',
			'> Last name: Doe',
			'> E-mail: janet.doe@outlook.com',
			'> User ID: 3325001',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(JANE));
	});

	test('a table pasted cell by cell: the two column headings in a row leave every value unplaced', () => {
		const mail = [
			'Entered in the portal',
			'Registered person',
			'First name',
			'Jane',
			'Janet',
			'E-mail',
			'jane.doe@hospital.ch',
			'janet.doe@outlook.com',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(
			reading(
				{},
				{
					'entered-first-name': 'ambiguous',
					'registered-first-name': 'ambiguous',
					'entered-email': 'ambiguous',
					'registered-email': 'ambiguous',
				},
			),
		);
	});

	test('addresses without labels under each heading, names as labels', () => {
		const mail = [
			'Entered in the portal:',
			'First name: Jane',
			'Last name: Doe',
			'Jane Doe <jane.doe@hospital.ch>',
			'',
			'Registered person:',
			'First name: Janet',
			'Last name: Doe',
			'janet.doe@outlook.com',
			'',
			'If you have questions, write to support@eiam.admin.ch or call us.',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(without(JANE, 'user-id')));
	});

	test('raw HTML pasted as text: a table with header cells', () => {
		const mail =
			'<table><tr><th></th><th>Entered in the portal</th><th>Registered person</th></tr>' +
			'<tr><td>First name</td><td>Jane</td><td>Janet</td></tr>' +
			'<tr><td>Last name</td><td>Doe</td><td>Doe</td></tr>' +
			'<tr><td>E-mail</td><td><a href="mailto:jane.doe@hospital.ch">jane.doe@hospital.ch</a></td>' +
			'<td>janet.doe@outlook.com</td></tr></table><p>User&nbsp;ID: 3325001</p>';
		expect(parsePastedMail(mail)).toEqual(reading(JANE));
	});
});

describe('mails in several languages and hostile pastes', () => {
	test('one mail in German, French and Italian giving the same values three times', () => {
		const mail = [
			'Im Portal erfasste Daten:',
			'Vorname: Anna',
			'Nachname: Muster',
			'E-Mail: anna.muster@spital-xy.ch',
			'Daten der registrierten Person:',
			'Vorname: Anna Maria',
			'Nachname: Muster',
			'E-Mail: anna.muster@gmail.com',
			'',
			'Données saisies dans le portail :',
			'Prénom : Anna',
			'Nom : Muster',
			'Adresse électronique : anna.muster@spital-xy.ch',
			'Données de la personne enregistrée :',
			'Prénom : Anna Maria',
			'Nom : Muster',
			'Adresse électronique : ANNA.MUSTER@GMAIL.COM',
			'',
			'Dati inseriti nel portale:',
			'Nome: Anna',
			'Cognome: Muster',
			'Indirizzo e-mail: anna.muster@spital-xy.ch',
			'Dati della persona registrata:',
			'Nome: Anna  Maria',
			'Cognome: Muster',
			'Indirizzo e-mail: anna.muster@gmail.com',
			'',
			'Benutzer-ID / ID utilisateur / ID utente: 2376660',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNA));
	});

	test('labels in three languages on one line: «Vorname / Prénom / Nome»', () => {
		const mail = [
			'Im Portal / Portail / Portale:',
			'Vorname / Prénom / Nome: Anna',
			'Nachname / Nom / Cognome: Muster',
			'E-Mail: anna.muster@spital-xy.ch',
			'Registrierte Person / Personne enregistrée / Persona registrata:',
			'Vorname / Prénom / Nome: Anna Maria',
			'Nachname / Nom / Cognome: Muster',
			'E-Mail: anna.muster@gmail.com',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(without(ANNA, 'user-id')));
	});

	test('the languages disagree on one value: only that field is left out', () => {
		const mail = [
			'Daten der registrierten Person:',
			'Vorname: Anna Maria',
			'Données de la personne enregistrée :',
			'Prénom : Anne-Marie',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading({}, {'registered-first-name': 'ambiguous'}));
	});

	test('invisible, bidi and control characters do not end up in the fields', () => {
		const mail = [
			'Im Portal erfasste Daten:',
			'Vor\u200Bname: An\u00ADna',
			'Nachname: \u202EMuster\u202C',
			'E-Mail: anna.muster\u200B@spital-xy.ch\u0007',
			'Daten der registrierten Person:',
			'\uFEFFVorname: Anna\u2060 Maria',
			'Nachname: Muster\u200E',
			'E-Mail: anna.muster@gmail\u200D.com',
			'Benutzer-ID: 2376660\u200F',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading(ANNA));
	});

	test('a heading naming both data sets leaves the data below it unplaced, not in the section before', () => {
		const mail = [
			'Im Portal erfasste Daten:',
			'Daten der im eIAM-Portal registrierten Person:',
			'Vorname: Anna Maria',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(
			reading({}, {'entered-first-name': 'ambiguous', 'registered-first-name': 'ambiguous'}),
		);
	});

	test('an address after another label («Kontakt: …») is not taken for the person’s', () => {
		const mail = [
			'Daten der registrierten Person:',
			'Vorname: Anna Maria',
			'Kontakt: hans.meier@be.ch',
			'Im Portal erfasste Daten:',
			'Vorname: Anna',
			'Anna Muster <anna.muster@spital-xy.ch>',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(
			reading({
				'entered-first-name': 'Anna',
				'entered-email': 'anna.muster@spital-xy.ch',
				'registered-first-name': 'Anna Maria',
			}),
		);
	});

	test('a lone address must agree with the labelled one of its section', () => {
		const mail = [
			'Registered person:',
			'Janet Doe <janet.doe@outlook.com>',
			'E-mail: janet.doe@hospital.ch',
			'',
			'Entered in the portal:',
			'Jane Doe <jane.doe@hospital.ch>',
			'E-mail: Jane.Doe@hospital.ch',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(
			reading({'entered-email': 'jane.doe@hospital.ch'}, {'registered-email': 'ambiguous'}),
		);
	});

	test('two lone addresses in one section are ambiguous', () => {
		const mail = ['Entered in the portal:', 'jane.doe@hospital.ch', 'jane@hospital.ch'].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading({}, {'entered-email': 'ambiguous'}));
	});

	test('after a closing formula nothing is data, not even labelled lines', () => {
		const mail = [
			'Im Portal erfasste Daten:',
			'Vorname: Anna',
			'Mit freundlichen Grüssen',
			'Peter Muster',
			'E-Mail: peter.muster@be.ch',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(reading({'entered-first-name': 'Anna'}));
	});

	test('a block interrupted by other text: the rest cannot be placed and contradicts nothing silently', () => {
		const mail = [
			'Im Portal erfasste Daten:',
			'Vorname: Anna',
			'(Angaben gemäss Antrag)',
			'E-Mail: anna.muster@spital-xy.ch',
			'Daten der registrierten Person:',
			'Vorname: Anna Maria',
			'E-Mail: anna.muster@gmail.com',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(
			reading(
				{'entered-first-name': 'Anna', 'registered-first-name': 'Anna Maria'},
				{'entered-email': 'ambiguous', 'registered-email': 'ambiguous'},
			),
		);
	});

	test('values that contain section words («Inserra», «…@spitalportal.ch») are values, not headings', () => {
		const mail = [
			'Dati della persona registrata:',
			'Cognome',
			'Inserra',
			'Indirizzo e-mail',
			'g.inserra@spitalportal.ch',
			'Nome',
			'Giulia',
			'',
			'Dati inseriti nel portale:',
			'Nome: Giulia',
			'Cognome: Inserra',
			'g.inserra@eoc-portale.ch',
		].join('\n');
		expect(parsePastedMail(mail)).toEqual(
			reading({
				'entered-first-name': 'Giulia',
				'entered-last-name': 'Inserra',
				'entered-email': 'g.inserra@eoc-portale.ch',
				'registered-first-name': 'Giulia',
				'registered-last-name': 'Inserra',
				'registered-email': 'g.inserra@spitalportal.ch',
			}),
		);
	});

	test('no mail at all: every field is reported as not found', () => {
		expect(parsePastedMail('')).toEqual(reading({}));
		expect(parsePastedMail('Guten Tag, bitte rufen Sie mich an.')).toEqual(reading({}));
		expect(parsePastedMail(undefined)).toEqual(reading({}));
		expect(parsePastedMail({text: 'Vorname: Anna'})).toEqual(reading({}));
	});

	test('a paste longer than the limit is read up to the limit and says so', () => {
		const mail = ['Im Portal erfasste Daten:', 'Vorname: Anna', 'x'.repeat(PASTE_MAX_LENGTH)].join('\n');
		const result = parsePastedMail(mail);
		expect(result.truncated).toBe(true);
		expect(result.found['entered-first-name']).toBe('Anna');
	});
});
