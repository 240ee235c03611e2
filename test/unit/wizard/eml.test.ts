import {Buffer} from 'node:buffer';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {Mail} from '../../../src/wizard/compose-mail';
import {toEml} from '../../../src/wizard/eml';
import {expectedBody, expectedSubject, injectedEmail, mailText, validEmail} from './mail-arbitraries';

const date = new Date(Date.UTC(2026, 2, 12, 9, 5, 0));
const id = '6f1d3c2e-6a8e-4b8e-9f57-e1a5515c1a55';

type Parsed = {
	readonly headers: readonly (readonly [string, string])[];
	readonly subject: string;
	readonly body: string;
};

/** A minimal reader, as a mail client would read our drafts: unfold headers, decode RFC 2047 "B" words and base64. */
function parseEml(eml: string): Parsed {
	const split = eml.indexOf('\r\n\r\n');
	const head = eml.slice(0, split).replace(/\r\n(?=[ \t])/g, ''); // RFC 5322 §2.2.3: unfolding removes the CRLF only.
	const headers = head.split('\r\n').map((line) => {
		const colon = line.indexOf(':');
		return [line.slice(0, colon), line.slice(colon + 2)] as const;
	});
	const rawSubject = headers.find(([name]) => name === 'Subject')?.[1] ?? '';
	const words = rawSubject.split(' ').map((word) => /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/.exec(word)?.[1]);
	const encoded = rawSubject !== '' && words.every((word): word is string => word !== undefined);
	const subject = encoded
		? Buffer.concat(words.map((word) => Buffer.from(word, 'base64'))).toString('utf8')
		: rawSubject;
	const body = Buffer.from(eml.slice(split + 4).replace(/\r\n/g, ''), 'base64').toString('utf8');
	return {headers, subject, body};
}

function emlOf(mail: Mail, from?: string): string {
	const result = toEml(mail, from === undefined ? {date, id} : {from, date, id});
	if (!result.ok) {
		throw new Error(`expected an .eml, got ${result.reason}`);
	}

	return result.eml;
}

describe('round trip', () => {
	test('subject and body come back unchanged, line breaks as CRLF and the subject on one line', () => {
		fc.assert(
			fc.property(validEmail, mailText(120), mailText(400), (to, subject, body) => {
				const parsed = parseEml(emlOf({to, subject, body}));
				expect(parsed.subject).toBe(expectedSubject(subject));
				expect(parsed.body).toBe(expectedBody(body));
			}),
		);
	});

	test('a plain ASCII subject stays readable, an umlaut becomes an encoded-word', () => {
		expect(emlOf({to: 'a@ksa.ch', subject: 'eIAM report', body: ''})).toContain('\r\nSubject: eIAM report\r\n');
		expect(emlOf({to: 'a@ksa.ch', subject: 'Grüsse', body: ''})).toContain(
			'\r\nSubject: =?UTF-8?B?R3LDvHNzZQ==?=\r\n',
		);
	});

	test('text that looks like an encoded-word is encoded, so no reader decodes it', () => {
		expect(parseEml(emlOf({to: 'a@ksa.ch', subject: '=?UTF-8?B?QQ==?=', body: ''})).subject).toBe(
			'=?UTF-8?B?QQ==?=',
		);
	});
});

describe('format', () => {
	test('every line ends in CRLF, headers stay within 78 characters and base64 lines within 76', () => {
		fc.assert(
			fc.property(validEmail, validEmail, mailText(120), mailText(400), (to, from, subject, body) => {
				const eml = emlOf({to, subject, body}, from);
				expect(eml.endsWith('\r\n')).toBe(true);
				const lines = eml.split('\r\n');
				expect(lines.filter((line) => /[\r\n]/.test(line))).toEqual([]);
				const blank = lines.indexOf('');
				// Only an address longer than a line may exceed it, alone on its folded continuation line.
				const tooLong = lines
					.slice(0, blank)
					.filter((line) => line.length > 78 && !(line === ` ${to}` || line === ` ${from}`));
				expect(tooLong).toEqual([]);
				expect(lines.slice(blank + 1).filter((line) => line.length > 76)).toEqual([]);
			}),
		);
	});

	test('a long address is folded onto its own line and unfolds to the same address (#13)', () => {
		const to = `${'a'.repeat(64)}@${'spital-'.repeat(8)}example.ch`;
		const from = `${'b'.repeat(64)}@kanton-aargau.ch`;
		const eml = emlOf({to, subject: 's', body: 'b'}, from);
		expect(eml).toContain(`\r\nTo:\r\n ${to}\r\n`);
		expect(eml.startsWith(`From:\r\n ${from}\r\n`)).toBe(true);
		const {headers} = parseEml(eml);
		expect(headers.slice(0, 2)).toEqual([
			['From', from],
			['To', to],
		]);
		// A short address stays on the header's line.
		expect(emlOf({to: 'a@ksa.ch', subject: 's', body: 'b'})).toMatch(/^To: a@ksa\.ch\r\n/);
	});

	test('each draft has its own Message-ID, in the sender’s domain or a domain that never resolves (#13)', () => {
		const mail = {to: 'spiges@bfs.admin.ch', subject: 's', body: 'b'};
		const header = (eml: string): string | undefined =>
			parseEml(eml).headers.find(([name]) => name === 'Message-ID')?.[1];
		expect(header(emlOf(mail, 'hans.muster@ag.ch'))).toBe(`<${id}@ag.ch>`);
		expect(header(emlOf(mail))).toBe(`<${id}@eiam-assist.invalid>`);
		const other = toEml(mail, {date, id: 'another-id'});
		expect(other.ok && header(other.eml)).toBe('<another-id@eiam-assist.invalid>');
		// The id is the caller's: nothing that could end the header or add one is accepted.
		expect(toEml(mail, {date, id: 'x>\r\nBcc: a@b.ch'})).toEqual({ok: false, reason: 'invalid-id'});
	});

	test('a draft for Outlook: UTF-8 text, base64, X-Unsent', () => {
		const eml = emlOf(
			{
				to: 'spiges@bfs.admin.ch',
				subject: 'eIAM: andere Person registriert – Benutzer-ID 2376660',
				body: 'Guten Tag\nFreundliche Grüsse',
			},
			'hans.muster@ag.ch',
		);
		const {headers, subject, body} = parseEml(eml);
		expect(headers).toEqual([
			['From', 'hans.muster@ag.ch'],
			['To', 'spiges@bfs.admin.ch'],
			['Subject', expect.stringMatching(/^=\?UTF-8\?B\?/)],
			['Date', 'Thu, 12 Mar 2026 09:05:00 +0000'],
			['Message-ID', `<${id}@ag.ch>`],
			['MIME-Version', '1.0'],
			['Content-Type', 'text/plain; charset=UTF-8'],
			['Content-Transfer-Encoding', 'base64'],
			['X-Unsent', '1'],
		]);
		expect(subject).toBe('eIAM: andere Person registriert – Benutzer-ID 2376660');
		expect(body).toBe('Guten Tag\r\nFreundliche Grüsse');
	});

	test('an invalid date is a programming error', () => {
		expect(() => toEml({to: 'a@ksa.ch', subject: 's', body: 'b'}, {date: new Date(Number.NaN), id})).toThrow(
			RangeError,
		);
	});
});

describe('recipient and sender', () => {
	test('the only recipient is the intended one and no other header appears, whatever the texts contain', () => {
		fc.assert(
			fc.property(validEmail, mailText(120), mailText(200), (to, subject, body) => {
				const {headers} = parseEml(emlOf({to, subject, body}));
				expect(headers.map(([name]) => name)).toEqual([
					'To',
					'Subject',
					'Date',
					'Message-ID',
					'MIME-Version',
					'Content-Type',
					'Content-Transfer-Encoding',
					'X-Unsent',
				]);
				expect(headers[0]).toEqual(['To', to]);
			}),
		);
	});

	test('an address with anything injected is refused as recipient and as sender', () => {
		fc.assert(
			fc.property(injectedEmail, validEmail, (bad, good) => {
				const mail = {to: bad, subject: 's', body: 'b'};
				expect(toEml(mail, {date, id})).toEqual({ok: false, reason: 'invalid-recipient'});
				expect(toEml({...mail, to: good}, {from: bad, date, id})).toEqual({
					ok: false,
					reason: 'invalid-sender',
				});
			}),
		);
	});
});
