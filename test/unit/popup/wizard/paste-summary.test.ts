import {describe, expect, test} from 'vitest';
import {translator} from '../../../../src/shared/catalog';
import {pasteSummary} from '../../../../src/popup/wizard/paste-summary';
import {PASTE_TEXTS} from '../../../../src/popup/wizard/paste-texts';
import type {PasteReport} from '../../../../src/popup/wizard/wizard-state';
import {parsePastedMail, type PasteField} from '../../../../src/wizard/parse-pasted-mail';

const de = translator(PASTE_TEXTS.de);
const none = new Set<PasteField>();

describe('what the status line says after a paste', () => {
	test('a German mail without the user id: six fields taken, the user id named as not found', () => {
		const result = parsePastedMail(
			[
				'Im Portal erfasste Daten:',
				'Vorname: Anna',
				'Nachname: Muster',
				'E-Mail: anna.muster@spital-xy.ch',
				'',
				'Daten der registrierten Person:',
				'Vorname: Anna',
				'Nachname: Muster',
				'E-Mail: anna.muster@gmail.com',
			].join('\n'),
		);
		const report: PasteReport = {filled: Object.keys(result.found) as PasteField[], kept: [], ...result};
		expect(pasteSummary(report, none, de)).toEqual([
			'6 von 7 Feldern aus der E-Mail übernommen.',
			'Nicht gefunden: Benutzer-ID.',
		]);
	});

	test('each problem in its own sentence, in the UI language, fields named with their data set', () => {
		const report: PasteReport = {
			filled: ['user-id'],
			kept: ['entered-first-name'],
			unresolved: [
				{field: 'entered-email', problem: 'ambiguous'},
				{field: 'registered-first-name', problem: 'not-found'},
				{field: 'registered-email', problem: 'invalid'},
			],
			truncated: true,
		};
		expect(pasteSummary(report, none, translator(PASTE_TEXTS.en))).toEqual([
			'Took 1 of 7 fields from the e-mail.',
			'Not found: first name(s) of the registered person.',
			'Not unambiguous, please enter by hand: e-mail address in eIAM.',
			'Not a valid value, please enter by hand: e-mail address of the registered person.',
			'Kept what you typed, the e-mail says otherwise: first name(s) in eIAM.',
			'The text is very long; only its beginning was read.',
		]);
	});

	test('nothing recognised says so; fields that already hold something are not reported missing', () => {
		const report: PasteReport = {
			filled: [],
			kept: [],
			unresolved: [
				{field: 'entered-first-name', problem: 'not-found'},
				{field: 'user-id', problem: 'not-found'},
			],
			truncated: false,
		};
		expect(pasteSummary(report, new Set<PasteField>(['entered-first-name']), translator(PASTE_TEXTS.fr))).toEqual([
			'Aucune donnée reconnue dans ce texte. Veuillez les saisir à la main.',
			'Introuvable\u00A0: ID utilisateur.',
		]);
	});
});
