/*
 * What `toMailto` and `toEml` do to texts before encoding, in one place so both produce the same message:
 * - lone UTF-16 surrogates (not text, and `encodeURIComponent` throws on them) become U+FFFD;
 * - body line breaks (LF, CR or CRLF) become CRLF, as RFC 6068 and RFC 5322 require;
 * - a subject is one line: each line break becomes a space, so nothing typed into it can start a new header.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /\r\n|\r|\n/g;

function wellFormed(text: string): string {
	return text.replace(LONE_SURROGATE, '\uFFFD');
}

export function normalizeSubject(subject: string): string {
	return wellFormed(subject).replace(LINE_BREAK, ' ');
}

export function normalizeBody(body: string): string {
	return wellFormed(body).replace(LINE_BREAK, '\r\n');
}
