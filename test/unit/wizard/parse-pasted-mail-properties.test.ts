import fc from 'fast-check';
import {expect, test} from 'vitest';
import type {Lang} from '../../../src/shared/lang';
import {validateWizardInput} from '../../../src/wizard/input';
import {PASTE_FIELDS, parsePastedMail, type PasteField} from '../../../src/wizard/parse-pasted-mail';

/*
 * Properties of the paste parser over generated mails: any data, in any of the four languages, with the label lines
 * in any order and either data set first, is read back exactly; layout noise that does not change the meaning does
 * not change the result.
 */

type Person = {readonly firstName: string; readonly lastName: string; readonly email: string};
type MailData = {readonly entered: Person; readonly registered: Person; readonly userId: string};

const WORDS: Readonly<
	Record<
		Lang,
		{entered: string; registered: string; first: string; last: string; email: string; id: string; colon: string}
	>
> = {
	de: {
		entered: 'Im Portal erfasste Daten',
		registered: 'Daten der registrierten Person',
		first: 'Vorname',
		last: 'Nachname',
		email: 'E-Mail-Adresse',
		id: 'Benutzer-ID',
		colon: ': ',
	},
	fr: {
		entered: 'Données saisies dans le portail',
		registered: 'Données de la personne enregistrée',
		first: 'Prénom',
		last: 'Nom de famille',
		email: 'Adresse électronique',
		id: 'ID utilisateur',
		colon: '\u202F: ',
	},
	it: {
		entered: 'Dati inseriti nel portale',
		registered: 'Dati della persona registrata',
		first: 'Nome',
		last: 'Cognome',
		email: 'Indirizzo e-mail',
		id: 'ID utente',
		colon: ': ',
	},
	en: {
		entered: 'Data entered in the portal',
		registered: 'Data of the registered person',
		first: 'First name',
		last: 'Last name',
		email: 'E-mail address',
		id: 'User ID',
		colon: ': ',
	},
};

const namePart = fc.constantFrom(
	'Anna',
	'Maria',
	'Jean-Luc',
	'Müller',
	'D’Amico',
	"O'Brien",
	'Zoë',
	'Łukasz',
	'van',
	'Bernasconi',
	'Çelik',
	'Nguyễn',
);
const personName = fc.array(namePart, {minLength: 1, maxLength: 3}).map((parts) => parts.join(' '));
const email = fc
	.tuple(
		fc.stringMatching(/^[a-z0-9][a-z0-9_+-]{0,10}(?:\.[a-zA-Z0-9_'+-]{1,8}){0,2}$/),
		fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,5})?$/),
		fc.constantFrom('ch', 'com', 'de', 'swiss', 'CH'),
	)
	.map(([local, host, tld]) => `${local}@${host}.${tld}`);
const person: fc.Arbitrary<Person> = fc.record({firstName: personName, lastName: personName, email});
const mailData: fc.Arbitrary<MailData> = fc.record({
	entered: person,
	registered: person,
	userId: fc.stringMatching(/^[1-9]\d{0,9}$/),
});
const lang = fc.constantFrom<Lang>('de', 'fr', 'it', 'en');

type Layout = {
	readonly enteredOrder: readonly number[];
	readonly registeredOrder: readonly number[];
	readonly registeredFirst: boolean;
};

/** Where each label line goes: a permutation of the three fields per data set, and which set comes first. */
const layout = fc.record({
	enteredOrder: fc.shuffledSubarray([0, 1, 2], {minLength: 3}),
	registeredOrder: fc.shuffledSubarray([0, 1, 2], {minLength: 3}),
	registeredFirst: fc.boolean(),
});

function mailLines(data: MailData, language: Lang, order: Layout): string[] {
	const words = WORDS[language];
	const block = (heading: string, who: Person, fieldOrder: readonly number[]): string[] => {
		const lines = [
			`${words.first}${words.colon}${who.firstName}`,
			`${words.last}${words.colon}${who.lastName}`,
			`${words.email}${words.colon}${who.email}`,
		];
		return [`${heading}${words.colon.trimEnd()}`, ...fieldOrder.map((index) => lines[index] ?? ''), ''];
	};
	const entered = block(words.entered, data.entered, order.enteredOrder);
	const registered = block(words.registered, data.registered, order.registeredOrder);
	return [
		...(order.registeredFirst ? [...registered, ...entered] : [...entered, ...registered]),
		`${words.id}${words.colon}${data.userId}`,
	];
}

function expectedFound(data: MailData): Record<PasteField, string> {
	return {
		'entered-first-name': data.entered.firstName,
		'entered-last-name': data.entered.lastName,
		'entered-email': data.entered.email,
		'registered-first-name': data.registered.firstName,
		'registered-last-name': data.registered.lastName,
		'registered-email': data.registered.email,
		'user-id': data.userId,
	};
}

test('any data in any language, labels in any order, either data set first, is read back exactly', () => {
	fc.assert(
		fc.property(mailData, lang, layout, (data, language, order) => {
			const result = parsePastedMail(mailLines(data, language, order).join('\n'));
			expect(result).toEqual({found: expectedFound(data), unresolved: [], truncated: false});
		}),
	);
});

test('shuffling the label lines never changes the result, whatever the values', () => {
	const value = fc.oneof(personName, email, fc.string({maxLength: 20}));
	fc.assert(
		fc.property(fc.array(value, {minLength: 6, maxLength: 6}), lang, layout, layout, (values, language, a, b) => {
			const [f1 = '', l1 = '', e1 = '', f2 = '', l2 = '', e2 = ''] = values;
			const data: MailData = {
				entered: {firstName: f1, lastName: l1, email: e1},
				registered: {firstName: f2, lastName: l2, email: e2},
				userId: '42',
			};
			const first = parsePastedMail(mailLines(data, language, a).join('\n'));
			const second = parsePastedMail(mailLines(data, language, b).join('\n'));
			expect(second).toEqual(first);
		}),
	);
});

test('line ends, quoting, no-break spaces and invisible characters do not change the result', () => {
	const noise = fc.record({
		lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
		quote: fc.constantFrom('', '> ', '>> ', '>'),
		invisible: fc.constantFrom('', '\u200B', '\u00AD', '\u200E', '\uFEFF', '\u2060'),
		space: fc.constantFrom(' ', '\u00A0', '\u202F', '  '),
	});
	fc.assert(
		fc.property(mailData, lang, layout, noise, (data, language, order, {lineEnd, quote, invisible, space}) => {
			const plain = mailLines(data, language, order);
			const messy = plain.map((line) => quote + line.replace(/ /g, `${invisible}${space}`) + invisible);
			expect(parsePastedMail(messy.join(lineEnd))).toEqual(parsePastedMail(plain.join('\n')));
		}),
	);
});

test('a greeting before and a signature after the data change nothing', () => {
	const before = fc.constantFrom(
		['Sehr geehrte Damen und Herren', '', 'Es wurden Abweichungen festgestellt.', ''],
		['Madame, Monsieur,', ''],
		['Gentili signore e signori,', 'la preghiamo di verificare i dati seguenti.', ''],
		['Dear Sir or Madam,', ''],
	);
	const after = fc.constantFrom(
		['', 'Freundliche Grüsse', 'eIAM Service Desk', 'E-Mail: servicedesk@bit.admin.ch'],
		['', 'Meilleures salutations', 'Votre équipe eIAM', 'Courriel : eiam@bit.admin.ch'],
		['', 'Cordiali saluti', 'support@eiam.admin.ch'],
		['', 'Kind regards,', 'The eIAM team', 'Tel. +41 58 000 00 00'],
	);
	fc.assert(
		fc.property(mailData, lang, layout, before, after, (data, language, order, intro, footer) => {
			const lines = mailLines(data, language, order);
			expect(parsePastedMail([...intro, ...lines, ...footer].join('\n'))).toEqual(
				parsePastedMail(lines.join('\n')),
			);
		}),
	);
});

test('a second, different value for one field makes exactly that field ambiguous', () => {
	const fields = [0, 1, 2] as const;
	fc.assert(
		fc.property(mailData, lang, fc.constantFrom(...fields), fc.boolean(), (data, language, index, inRegistered) => {
			const words = WORDS[language];
			const lines = mailLines(data, language, {
				enteredOrder: [0, 1, 2],
				registeredOrder: [0, 1, 2],
				registeredFirst: false,
			});
			const who = inRegistered ? data.registered : data.entered;
			const label = [words.first, words.last, words.email][index] ?? '';
			const other = [`${who.firstName} X`, `${who.lastName} X`, `x${who.email}`][index] ?? '';
			// Right after the data set's last label line (heading, three labels, blank line per set).
			const at = inRegistered ? 9 : 4;
			lines.splice(at, 0, `${label}${words.colon}${other}`);
			const field = `${inRegistered ? 'registered' : 'entered'}-${['first-name', 'last-name', 'email'][index] ?? ''}`;
			const result = parsePastedMail(lines.join('\n'));
			expect(result.unresolved).toEqual([{field, problem: 'ambiguous'}]);
			expect(Object.keys(result.found)).toHaveLength(6);
		}),
	);
});

test('any text at all: no exception, every field once, every value one the wizard accepts', () => {
	const piece = fc.oneof(
		fc.string({unit: 'binary', maxLength: 30}),
		fc.constantFrom(
			'Vorname: ',
			'Prénom : ',
			'E-Mail: ',
			'Im Portal erfasste Daten:',
			'Registered person',
			'\n',
			'\t',
			' | ',
			'> ',
			'@',
			'a@b.ch',
			'«',
			'»',
			'<mailto:',
			'&nbsp;',
			'<td>',
		),
	);
	fc.assert(
		fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
			const result = parsePastedMail(pieces.join(''));
			const fields = [...Object.keys(result.found), ...result.unresolved.map(({field}) => field)];
			expect(fields.sort()).toEqual([...PASTE_FIELDS].sort());
			for (const [field, value] of Object.entries(result.found)) {
				const [set, ...rest] = field.split('-');
				const key = {'first-name': 'firstName', 'last-name': 'lastName', email: 'email'}[rest.join('-')] ?? '';
				const input = field === 'user-id' ? {userId: value} : {[set ?? '']: {[key]: value}};
				const validation = validateWizardInput(input);
				expect(validation.ok || validation.errors.every((error) => error.field !== field), field).toBe(true);
			}
		}),
	);
});

test('never a wrong value: lines of other text anywhere only ever take values away', () => {
	// Prose, closing formulas, signatures, other labels, lone addresses, reply and forward lines. No headings (one
	// inserted into a block really does move the lines below it to another data set) and no labels of our fields (a
	// second labelled value is a contradiction of its own: see the property above).
	const noiseLine = fc.constantFrom(
		'',
		'---',
		'Bitte prüfen Sie die Angaben im Portal.',
		'Merci de vérifier les données de la personne enregistrée.',
		'La preghiamo di verificare i dati inseriti nel portale.',
		'Please compare the data entered in the portal with the registered person.',
		'Freundliche Grüsse',
		'eIAM Service Desk',
		'Kontakt: servicedesk@bit.admin.ch',
		'support@eiam.admin.ch',
		'Hans Meier <hans.meier@be.ch>',
		'Tel. +41 58 465 88 88',
		'Telefon: 058 465 88 88',
		'Cordiali saluti',
		'Kind regards,',
		'Am 03.03.2025 um 09:12 schrieb eIAM <noreply@eiam.admin.ch>:',
		'Von: eIAM <noreply@eiam.admin.ch>',
		'-----Original Message-----',
		'Name: Peter Muster',
	);
	const insertions = fc.array(fc.tuple(fc.nat(), noiseLine), {maxLength: 6});
	fc.assert(
		fc.property(mailData, lang, layout, insertions, (data, language, order, noise) => {
			const lines = mailLines(data, language, order);
			for (const [at, line] of noise) lines.splice(at % (lines.length + 1), 0, line);
			const truth = expectedFound(data);
			const {found} = parsePastedMail(lines.join('\n'));
			for (const [field, value] of Object.entries(found)) expect(value, field).toBe(truth[field as PasteField]);
		}),
	);
});
