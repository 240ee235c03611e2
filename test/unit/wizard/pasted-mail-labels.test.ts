import {expect, test} from 'vitest';
import {readLabel, readLabelOnly, readLabelledValues, splitCells} from '../../../src/wizard/pasted-mail-labels';

test.each([
	['Vorname', 'first-name'],
	['Prénom', 'first-name'],
	['Nome', 'first-name'],
	['First name', 'first-name'],
	['Given name', 'first-name'],
	['Nachname', 'last-name'],
	['Nom', 'last-name'],
	['Nom de famille', 'last-name'],
	['Cognome', 'last-name'],
	['Surname', 'last-name'],
	['E-Mail', 'email'],
	['E-Mail-Adresse', 'email'],
	['E-Mail Adresse', 'email'],
	['Email', 'email'],
	['Courriel', 'email'],
	['Adresse électronique', 'email'],
	['Indirizzo e-mail', 'email'],
	['E-mail address', 'email'],
	['Benutzer-ID', 'user-id'],
	['ExtID', 'user-id'],
	['Ext-ID', 'user-id'],
	['ID utilisateur', 'user-id'],
	["Identifiant de l'utilisateur", 'user-id'],
	['ID utente', 'user-id'],
	['User ID', 'user-id'],
])('%j is the label of the %s', (text, kind) => {
	expect(readLabel(text)).toEqual({kind, section: undefined});
});

test.each([
	['Vorname (Portal)', 'first-name', 'entered'],
	['Im Portal erfasster Nachname', 'last-name', 'entered'],
	['E-Mail der registrierten Person', 'email', 'registered'],
	['Registrierter Vorname', 'first-name', 'registered'],
	['Prénom de la personne enregistrée', 'first-name', 'registered'],
	['Nome (persona registrata)', 'first-name', 'registered'],
	['Portal e-mail', 'email', 'entered'],
	["Registered user's first name", 'first-name', 'registered'],
	['E-Mail der Person im Portal', 'email', 'entered'],
])('%j labels the %s of the %s data', (text, kind, section) => {
	expect(readLabel(text)).toEqual({kind, section});
});

test('a label naming both data sets has no section to go by', () => {
	expect(readLabel('E-Mail der im Portal registrierten Person')).toEqual({kind: 'email', section: 'unknown'});
	expect(readLabel('Vorname (Portal) / Prénom (personne enregistrée)')).toEqual({
		kind: 'first-name',
		section: 'unknown',
	});
});

test('alternatives in several languages name one field', () => {
	expect(readLabel('Vorname / Prénom / Nome')).toEqual({kind: 'first-name', section: undefined});
	expect(readLabel('Benutzer-ID / ID utilisateur / ID utente')).toEqual({kind: 'user-id', section: undefined});
});

test.each([
	'Name',
	'Vorname Nachname',
	'Vorname / Nachname',
	'Hinweis zur E-Mail',
	'Bitte prüfen Sie die E-Mail',
	'Daten',
	'Im Portal erfasste Daten',
	'',
	'ID',
])('%j is no field label', (text) => {
	expect(readLabel(text)).toBeUndefined();
});

test('a label alone may keep its colon', () => {
	expect(readLabelOnly('Prénom :')).toEqual({kind: 'first-name', section: undefined});
	expect(readLabelOnly('Prénom : Anne')).toBeUndefined();
});

test('one labelled value, French spacing included', () => {
	expect(readLabelledValues('Prénom : Anne-Marie')).toEqual([
		{label: {kind: 'first-name', section: undefined}, value: 'Anne-Marie'},
	]);
});

test('several labelled values flattened onto one line', () => {
	expect(readLabelledValues('Vorname: Anna Maria Nachname: De Luca E-Mail im Portal: a@b.ch')).toEqual([
		{label: {kind: 'first-name', section: undefined}, value: 'Anna Maria'},
		{label: {kind: 'last-name', section: undefined}, value: 'De Luca'},
		{label: {kind: 'email', section: 'entered'}, value: 'a@b.ch'},
	]);
});

test('a colon inside a time or a URL is no label end', () => {
	expect(readLabelledValues('Benutzer-ID: 2376660 (erfasst um 10:15, https://eiam.admin.ch)')).toEqual([
		{label: {kind: 'user-id', section: undefined}, value: '2376660 (erfasst um 10:15, https://eiam.admin.ch)'},
	]);
});

test('a line that does not start with a label gives nothing', () => {
	expect(readLabelledValues('Bitte prüfen Sie: Vorname: Anna')).toBeUndefined();
	expect(readLabelledValues('Vorname Anna')).toBeUndefined();
});

test('cells are split at tabs, pipes and wide gaps, not at a double space', () => {
	expect(splitCells('Vorname\tAnna\tAnna Maria')).toEqual(['Vorname', 'Anna', 'Anna Maria']);
	expect(splitCells('| Vorname | Anna | |')).toEqual(['Vorname', 'Anna', '']);
	expect(splitCells('\tIm Portal\tRegistriert')).toEqual(['', 'Im Portal', 'Registriert']);
	expect(splitCells('Vorname:     Anna')).toEqual(['Vorname:', 'Anna']);
	expect(splitCells('Vorname: Anna  Maria')).toEqual(['Vorname: Anna  Maria']);
});
