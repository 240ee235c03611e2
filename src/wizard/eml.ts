import type {Mail} from './compose-mail';
import {isValidEmail} from './input';
import {normalizeBody, normalizeSubject} from './normalize-mail-text';

/*
 * An .eml file (RFC 5322 + MIME) for mails too long for a mailto: link (see MAILTO_MAX_LENGTH). `X-Unsent: 1` asks
 * Outlook to open it as an editable draft instead of a received message; Thunderbird ignores the header and shows
 * it as a received message (README, "E-mail drafts"). UTF-8 throughout: the subject as RFC 2047 encoded-words when
 * needed, the body base64 (safe for any text and any line length, unlike 8bit). All lines end in CRLF; header
 * lines are folded to 78 characters where RFC 5322 allows it.
 */

export type EmlOptions = {
	/** The superuser's address; left out when not given (the mail client asks, or takes its default account). */
	readonly from?: string;
	/** The Date header; must be a valid date. */
	readonly date: Date;
	/**
	 * The unique left part of the Message-ID (e.g. `crypto.randomUUID()`): two drafts never share one, so a mail
	 * client or archive does not take the second for a copy of the first. Letters, digits, `-` and `.` only.
	 */
	readonly id: string;
};

export type EmlResult =
	| {readonly ok: true; readonly eml: string}
	| {readonly ok: false; readonly reason: 'invalid-recipient' | 'invalid-sender' | 'invalid-id'};

const CRLF = '\r\n';
/** RFC 5322 §2.1.1: header lines SHOULD stay within 78 characters (998 is the hard limit). */
const HEADER_LINE = 78;
/** Where a draft without a sender says its Message-ID comes from (RFC 2606: `.invalid` never resolves). */
const NO_SENDER_DOMAIN = 'eiam-assist.invalid';
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

/**
 * `Name: value` folded at its spaces so that no line exceeds 78 characters where a space allows it; a word longer
 * than that (a long address) starts its own continuation line. Unfolding (removing each CRLF) restores the value.
 */
function foldHeader(name: string, value: string): string {
	const lines = [`${name}:`];
	for (const word of value.split(' ')) {
		const last = lines.length - 1;
		const joined = `${lines[last] ?? ''} ${word}`;
		if (joined.length <= HEADER_LINE) lines[last] = joined;
		else lines.push(` ${word}`);
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

	if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,127}$/.test(options.id)) {
		return {ok: false, reason: 'invalid-id'};
	}

	const domain =
		options.from === undefined ? NO_SENDER_DOMAIN : options.from.slice(options.from.lastIndexOf('@') + 1);
	const headers = [
		...(options.from === undefined ? [] : [foldHeader('From', options.from)]),
		foldHeader('To', mail.to),
		`Subject: ${encodeSubject(normalizeSubject(mail.subject))}`,
		`Date: ${formatDate(options.date)}`,
		foldHeader('Message-ID', `<${options.id}@${domain}>`),
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=UTF-8',
		'Content-Transfer-Encoding: base64',
		'X-Unsent: 1',
	];
	return {ok: true, eml: [...headers, '', encodeBody(normalizeBody(mail.body)), ''].join(CRLF)};
}
