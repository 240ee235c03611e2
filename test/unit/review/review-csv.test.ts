import {expect, test} from 'vitest';
import type {UserRow} from '../../../src/portal/read-data';
import {reviewAccess} from '../../../src/review/access-review';
import {REVIEW_CSV_MIME_TYPE, reviewCsv, reviewCsvFileName} from '../../../src/review/review-csv';
import {REVIEW_TEXTS} from '../../../src/review/review-texts';

const row = (extId: string, overrides: Partial<UserRow> = {}): UserRow => ({
	extId,
	firstName: 'Anna',
	lastName: 'Muster',
	email: 'anna.muster@spital-xy.ch',
	userStatus: 'active',
	onboardingStatus: 'completed',
	...overrides,
});

const users = [
	row('1001'),
	row('1002', {firstName: 'Hans', lastName: 'Meier; Sohn', email: 'hans@gmail.com', onboardingStatus: 'pending'}),
	row('1003', {firstName: '=cmd|calc', userStatus: 'to-archive', onboardingStatus: 'none'}),
	row('1004', {userStatus: 'unknown', onboardingStatus: 'unknown'}),
];
const {seen} = reviewAccess(users, 4);

const lines = (csv: string): string[] => csv.slice(1).split('\r\n').slice(0, -1);

test('German: BOM, the portal’s column headers and status words, a column per flag', () => {
	const csv = reviewCsv(seen, 'de', REVIEW_TEXTS.de);
	expect(csv.startsWith('\uFEFF')).toBe(true);
	expect(lines(csv)).toEqual([
		'ExtID;Vorname;Nachname;E-Mail-Adresse;Benutzerstatus;Onboardingstatus;Private E-Mail-Adresse;Onboarding laufend;Inaktiv;Zu archivieren',
		'1001;Anna;Muster;anna.muster@spital-xy.ch;Aktiv;Abgeschlossen;;;;',
		'1002;Hans;"Meier; Sohn";hans@gmail.com;Aktiv;Laufend;ja;ja;;',
		`1003;"'=cmd|calc";Muster;anna.muster@spital-xy.ch;Zu archivieren;;;;;ja`,
		'1004;Anna;Muster;anna.muster@spital-xy.ch;unbekannt;unbekannt;;;;',
	]);
});

test('French: the header row and the marks follow the UI language', () => {
	const [header, , second] = lines(reviewCsv(seen, 'fr', REVIEW_TEXTS.fr));
	expect(header).toBe(
		"ID utilisateur;Prénom;Nom de famille;Adresse électronique;Statut de l'utilisateur;Statut de l'enregistrement;Adresse électronique privée;Enregistrement en cours;Inactif;À archiver",
	);
	expect(second).toBe('1002;Hans;"Meier; Sohn";hans@gmail.com;Actif;En cours;oui;oui;;');
});

test.each(['it', 'en'] as const)('%s: one header row and one row per user seen, ten cells each', (lang) => {
	const rows = lines(reviewCsv(seen, lang, REVIEW_TEXTS[lang]));
	expect(rows).toHaveLength(1 + users.length);
	expect(rows[0]).toContain(REVIEW_TEXTS[lang]['flag_private-email']);
	for (const line of rows) expect(line.replace(/"[^"]*"/g, '').split(';')).toHaveLength(10);
});

test('a review that saw nobody exports the header row only', () => {
	expect(lines(reviewCsv([], 'en', REVIEW_TEXTS.en))).toHaveLength(1);
});

test('the file is named by the review’s local date and typed as UTF-8 CSV', () => {
	expect(reviewCsvFileName(new Date(2026, 0, 7, 23, 59))).toBe('eiam-access-review-2026-01-07.csv');
	expect(REVIEW_CSV_MIME_TYPE).toBe('text/csv;charset=utf-8');
});
