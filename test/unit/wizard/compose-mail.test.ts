import {describe, expect, test} from 'vitest';
import {LANGS} from '../../../src/shared/lang';
import {DEFAULT_ESCALATION_ADDRESS} from '../../../src/shared/settings-schema';
import {
	composeContactMail,
	composeEscalationMail,
	type MailContext,
	type Superuser,
} from '../../../src/wizard/compose-mail';
import type {WizardInput} from '../../../src/wizard/input';
import {toMailto} from '../../../src/wizard/mailto';

const input: WizardInput = {
	entered: {firstName: 'Anna', lastName: 'Müller', email: 'anna.mueller@ksa.ch'},
	registered: {firstName: 'Peter', lastName: 'Keller', email: 'peter.keller@gmail.com'},
	userId: '2376660',
	mailDate: '2026-03-12',
};

const superuser: Superuser = {
	name: 'Hans Muster',
	function: 'Kantonaler Superuser SpiGes',
	canton: 'AG',
	phone: '062 835 00 00',
	email: 'hans.muster@ag.ch',
};

const full: MailContext = {input, superuser};
const minimal: MailContext = {
	input: {entered: input.entered, registered: input.registered},
	superuser: {name: 'Hans Muster', function: ' ', canton: '', phone: undefined},
};

describe('escalation to SpiGes', () => {
	test('goes to spiges@bfs.admin.ch with the user id in the subject', () => {
		const mail = composeEscalationMail(full, 'de');
		expect(mail.to).toBe(DEFAULT_ESCALATION_ADDRESS);
		expect(mail.subject).toBe('eIAM: andere Person registriert – Benutzer-ID 2376660');
	});

	test('goes to a configured escalation address instead', () => {
		expect(composeEscalationMail({...full, escalationAddress: 'spiges@example.ch'}, 'de').to).toBe(
			'spiges@example.ch',
		);
	});

	test('tells what happened with both data sets, the date, the canton and who reports it', () => {
		expect(composeEscalationMail(full, 'de').body).toBe(
			[
				'Guten Tag',
				'',
				'Im eIAM hat sich eine andere Person registriert als die Person, für die ich das Profil erfasst habe. Ich habe das Profil deaktiviert und melde den Fall gemäss Handbuch.',
				'',
				'Benutzer-ID: 2376660',
				'E-Mail von eIAM vom: 12.03.2026',
				'Kanton: Aargau',
				'',
				'Im Portal erfasst:',
				'- Vorname: Anna',
				'- Nachname: Müller',
				'- E-Mail: anna.mueller@ksa.ch',
				'',
				'Registriert hat sich:',
				'- Vorname: Peter',
				'- Nachname: Keller',
				'- E-Mail: peter.keller@gmail.com',
				'',
				'Gemeldet von: Hans Muster, Kantonaler Superuser SpiGes',
				'Telefon: 062 835 00 00',
				'E-Mail: hans.muster@ag.ch',
				'',
				'Bitte prüfen Sie den Fall und melden Sie sich, falls Sie weitere Angaben brauchen.',
				'',
				'Freundliche Grüsse',
				'Hans Muster',
			].join('\n'),
		);
	});

	test('leaves missing user id, date, canton, function and phone out without empty labels', () => {
		const mail = composeEscalationMail(minimal, 'de');
		expect(mail.subject).toBe('eIAM: andere Person registriert');
		expect(mail.body).not.toMatch(/Benutzer-ID|E-Mail von eIAM|Kanton|Telefon|undefined|, \n|\n\n\n/);
		expect(mail.body).toContain('Gemeldet von: Hans Muster\n');
	});

	test('settings made only of invisible characters count as not given; invisible characters are left out (#13)', () => {
		const mail = composeEscalationMail(
			{
				...minimal,
				superuser: {name: '\u200B\u200D', function: 'Super\u202Euser', phone: '\uFEFF', signature: '\u2060'},
			},
			'de',
		);
		expect(mail.body).toContain('Gemeldet von: Superuser\n');
		expect(mail.body).not.toMatch(/[\u200B\u200D\u202E\uFEFF\u2060]|Telefon/);
		expect(mail.body.endsWith('Freundliche Grüsse')).toBe(true);
	});

	test('ends with the signature when one is configured', () => {
		const mail = composeEscalationMail(
			{...full, superuser: {...superuser, signature: 'Hans Muster\nDGS Aargau'}},
			'de',
		);
		expect(mail.body.endsWith('Freundliche Grüsse\nHans Muster\nDGS Aargau')).toBe(true);
	});

	test.each([
		['fr', 'eIAM\u00A0: autre personne enregistrée – ID utilisateur 2376660', 'Canton\u00A0: Argovie'],
		['it', 'eIAM: registrata un’altra persona – ID utente 2376660', 'E-mail di eIAM del: 12.03.2026'],
		['en', 'eIAM: another person registered – user ID 2376660', 'eIAM e-mail dated: 2026-03-12'],
	] as const)('is written in %s when that is the superuser’s language', (lang, subject, line) => {
		const mail = composeEscalationMail(full, lang);
		expect(mail.subject).toBe(subject);
		expect(mail.body.split('\n')).toContain(line);
	});
});

describe('contact mail to a person with a private address', () => {
	const privateCase: MailContext = {
		...full,
		input: {...input, registered: {firstName: 'Anna', lastName: 'Müller', email: 'anna.mueller@gmail.com'}},
	};

	test('goes to the private address the person registered with', () => {
		const mail = composeContactMail(privateCase, 'de');
		expect(mail.to).toBe('anna.mueller@gmail.com');
		expect(mail.subject).toBe('SpiGes: Bitte mit Ihrer geschäftlichen E-Mail-Adresse registrieren');
	});

	test('asks to register again with the professional address and announces a new code', () => {
		const {body} = composeContactMail(privateCase, 'de');
		expect(body.startsWith('Guten Tag Anna Müller\n\n')).toBe(true);
		expect(body).toContain('privaten E-Mail-Adresse anna.mueller@gmail.com');
		expect(body).toContain('Das neue Profil erfasse ich mit der Adresse anna.mueller@ksa.ch.');
		expect(body).toContain('neuen Registrierungscode');
		expect(body).toContain('Bei Fragen erreichen Sie mich unter 062 835 00 00.');
		expect(
			body.endsWith(
				'Freundliche Grüsse\nHans Muster\nKantonaler Superuser SpiGes\n062 835 00 00\nhans.muster@ag.ch',
			),
		).toBe(true);
	});

	test('asks for the professional address when the portal has a private one too', () => {
		const {body} = composeContactMail(
			{...privateCase, input: {...privateCase.input, entered: {...input.entered, email: 'anna@bluewin.ch'}}},
			'fr',
		);
		expect(body).toContain('Merci de me répondre en m’indiquant votre adresse e-mail professionnelle.');
		expect(body).not.toContain('anna@bluewin.ch');
	});

	test('leaves out the phone sentence when no phone is configured', () => {
		const {body} = composeContactMail({...privateCase, superuser: minimal.superuser}, 'it');
		expect(body).not.toMatch(/Per domande|undefined|\n\n\n/);
		expect(body.endsWith('Cordiali saluti\nHans Muster')).toBe(true);
	});
});

test.each(LANGS)('in %s both mails of a full case fit into a mailto link and contain no placeholders', (lang) => {
	for (const mail of [composeEscalationMail(full, lang), composeContactMail(full, lang)]) {
		expect(`${mail.subject}\n${mail.body}`).not.toMatch(/\$\d|undefined|null/);
		expect(toMailto(mail).ok).toBe(true);
	}
});
