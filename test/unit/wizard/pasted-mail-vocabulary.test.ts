import {expect, test} from 'vitest';
import {
	foldWords,
	headingSection,
	isAttributionLine,
	isMailHeaderLine,
	isMessageSeparator,
} from '../../../src/wizard/pasted-mail-vocabulary';

test('folding drops case, accents and punctuation', () => {
	expect(foldWords('  Données  de la Personne-enregistrée : ')).toEqual([
		'donnees',
		'de',
		'la',
		'personne',
		'enregistree',
	]);
	expect(foldWords("ID de l'utilisateur")).toEqual(['id', 'de', 'l', 'utilisateur']);
});

test.each([
	['Im Portal erfasste Daten:', 'entered'],
	['Daten im Delegationsportal', 'entered'],
	['Eingegebene Daten', 'entered'],
	['Données saisies dans le portail :', 'entered'],
	['Données du portail', 'entered'],
	['Dati inseriti nel portale:', 'entered'],
	['Dati registrati nel portale:', 'entered'],
	['Data entered in the portal', 'entered'],
	['Portal data', 'entered'],
	['Daten der registrierten Person:', 'registered'],
	['Angaben bei der Registrierung', 'registered'],
	['Angemeldete Person', 'registered'],
	['Données de la personne enregistrée', 'registered'],
	['Données fournies lors de l’inscription', 'registered'],
	['Dati della persona registrata:', 'registered'],
	['Registered person', 'registered'],
	['Registration data', 'registered'],
])('%j is a heading for the %s data', (text, section) => {
	expect(headingSection(text)).toBe(section);
});

test.each([
	['Daten der im eIAM-Portal registrierten Person', 'conflict'],
	['Sehr geehrte Damen und Herren', undefined],
	['Benutzer-ID', undefined],
	['', undefined],
	[
		'Die im Portal erfassten Daten stimmen leider nicht mit den Angaben überein, die uns vorliegen',
		undefined, // more words than a heading has
	],
])('%j names no single section (%s)', (text, section) => {
	expect(headingSection(text)).toBe(section);
});

test.each([
	'On Tue, 4 Mar 2025 at 09:12, eIAM <noreply@eiam.admin.ch> wrote:',
	'Am 03.03.2025 um 09:12 schrieb eIAM <noreply@eiam.admin.ch>:',
	'eIAM <noreply@eiam.admin.ch> schrieb am 03.03.2025 09:12:',
	'Le mar. 4 mars 2025 à 09:12, eIAM <noreply@eiam.admin.ch> a écrit :',
	'Il giorno mar 4 mar 2025 alle ore 09:12 eIAM <noreply@eiam.admin.ch> ha scritto:',
])('%j starts a quoted message', (line) => {
	expect(isAttributionLine(line)).toBe(true);
});

test.each(['Vorname: Anna', 'Er schrieb uns am Montag.', 'wrote'])('%j is no attribution line', (line) => {
	expect(isAttributionLine(line)).toBe(false);
});

test.each([
	'-----Original Message-----',
	'-----Ursprüngliche Nachricht-----',
	'---------- Forwarded message ---------',
	'-------- Message transféré --------',
	'---------- Messaggio inoltrato ----------',
	'Begin forwarded message:',
	'Anfang der weitergeleiteten Nachricht:',
])('%j separates another message', (line) => {
	expect(isMessageSeparator(line)).toBe(true);
});

test.each([
	['From: eIAM <noreply@eiam.admin.ch>', true],
	['Von: eIAM <noreply@eiam.admin.ch>', true],
	['De : eIAM <noreply@eiam.admin.ch>', true],
	['Da: eIAM <noreply@eiam.admin.ch>', true],
	['Betreff: Abweichung Benutzer-ID 2376660', true],
	['Objet : Divergence', true],
	['À : marc@etat.ge.ch', true],
	['Vorname: Anna', false],
	['E-Mail: anna@spital.ch', false],
	['Datenschutz ist wichtig', false],
])('%j is a mail header line: %s', (line, header) => {
	expect(isMailHeaderLine(line)).toBe(header);
});
