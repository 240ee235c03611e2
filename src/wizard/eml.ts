import type {Mail} from './compose-mail';
import {isValidEmail} from './input';
import {normalizeBody, normalizeSubject} from './normalize-mail-text';

/*
 * An .eml file (RFC 5322 + MIME) for mails too long for a mailto: link (see MAILTO_MAX_LENGTH). `X-Unsent: 1` makes
 * Outlook open it as an editable draft instead of a received message; Thunderbird and Apple Mail open it as well.
 * UTF-8 throughout: the subject as RFC 2047 encoded-words when needed, the body base64 (safe for any text and any
 * line length, unlike 8bit). All lines end in CRLF.
 */

export type EmlOptions = {
	/** The superuser's address; left out when not given (the mail client fills in its own account). */
	readonly from?: string;
	/** The Date header; must be a valid date. */
	readonly date: Date;
};

export type EmlResult =
	| {readonly ok: true; readonly eml: string}
	| {readonly ok: false; readonly reason: 'invalid-recipient' | 'invalid-sender'};

const CRLF = '\r\n';
/** RFC 2045: base64 lines of at most 76 characters. */
const BASE64_LINE = 76;
/**
 * UTF-8 bytes per encoded-word: 42 bytes → 56 base64 characters → a 68-character word, so even the first line
 * ("Subject: " + word) stays within RFC 5322's recommended 78 characters.
 */
const ENCODED_WORD_BYTES = 42;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** btoa works on "binary strings" (one char per byte); available in browsers, service workers and Node. */
function base64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) {
		binary += String.fromCharCode(byte);
	}

	return btoa(binary);
}

/**
 * Plain when it is short printable ASCII without leading, trailing or doubled-up blanks a parser could swallow and
 * without "=?" a reader would decode; otherwise UTF-8 "B" encoded-words, one per folded line. Words never split a
 * character (RFC 2047 §5), and readers drop the folding whitespace between adjacent encoded-words.
 */
function encodeSubject(subject: string): string {
	const plain = /^[\x21-\x7E]+(?: [\x21-\x7E]+)*$/.test(subject) && !subject.includes('=?');
	if (subject === '' || (plain && `Subject: ${subject}`.length <= 78)) {
		return subject;
	}

	const encoder = new TextEncoder();
	const words: string[] = [];
	let chunk: number[] = [];
	for (const character of subject) {
		const bytes = encoder.encode(character);
		if (chunk.length + bytes.length > ENCODED_WORD_BYTES) {
			words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
			chunk = [];
		}

		chunk.push(...bytes);
	}

	words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
	return words.join(`${CRLF} `);
}

function encodeBody(body: string): string {
	const encoded = base64(new TextEncoder().encode(body));
	const lines: string[] = [];
	for (let start = 0; start < encoded.length; start += BASE64_LINE) {
		lines.push(encoded.slice(start, start + BASE64_LINE));
	}

	return lines.join(CRLF);
}

/** RFC 5322 date-time in UTC, e.g. "Thu, 12 Mar 2026 09:05:00 +0000". */
function formatDate(date: Date): string {
	if (Number.isNaN(date.getTime())) {
		throw new RangeError('toEml needs a valid date');
	}

	const two = (value: number): string => String(value).padStart(2, '0');
	return (
		`${DAYS[date.getUTCDay()] ?? ''}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ` +
		`${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
	);
}

/**
 * The mail as an unsent .eml draft. Recipient and sender must each be one valid address (as in `toMailto`), so no
 * input can add a header or another recipient; subject and body are normalised as in `toMailto`.
 */
export function toEml(mail: Mail, options: EmlOptions): EmlResult {
	if (!isValidEmail(mail.to)) {
		return {ok: false, reason: 'invalid-recipient'};
	}

	if (options.from !== undefined && !isValidEmail(options.from)) {
		return {ok: false, reason: 'invalid-sender'};
	}

	const headers = [
		...(options.from === undefined ? [] : [`From: ${options.from}`]),
		`To: ${mail.to}`,
		`Subject: ${encodeSubject(normalizeSubject(mail.subject))}`,
		`Date: ${formatDate(options.date)}`,
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=UTF-8',
		'Content-Transfer-Encoding: base64',
		'X-Unsent: 1',
	];
	return {ok: true, eml: [...headers, '', encodeBody(normalizeBody(mail.body)), ''].join(CRLF)};
}
