import fc from 'fast-check';

/*
 * Shared fast-check arbitraries for the mailto and .eml properties (a helper, not a test file).
 * Texts mix arbitrary Unicode (lone surrogates excluded: they are not text; a separate example covers them) with the
 * pieces an attacker or a careless paste would use to add recipients or headers.
 */

const HOSTILE_PIECES = [
	'\r',
	'\n',
	'\r\n',
	'%0A',
	'%0D%0A',
	'&',
	'?',
	'=',
	'#',
	',',
	';',
	'"',
	"'",
	'<',
	'>',
	'+',
	' ',
	'\t',
	'\u00A0',
	'to=',
	'cc=',
	'bcc=',
	'Bcc: ',
	'x@evil.ch',
	'=?UTF-8?B?QQ==?=',
	'ä',
	'é',
	'ß',
	'€',
	'😀',
	'a',
	'Z',
];

export function mailText(maxLength: number): fc.Arbitrary<string> {
	return fc.oneof(
		fc.string({unit: 'binary', maxLength}),
		fc.string({unit: fc.constantFrom(...HOSTILE_PIECES), maxLength}),
	);
}

/** Addresses of the shape `EmailSchema` accepts (ASCII, dotted local part, hyphenated host names). */
export const validEmail: fc.Arbitrary<string> = fc
	.tuple(
		fc.stringMatching(/^[a-z0-9_'+-]{1,12}(?:\.[a-zA-Z0-9_'+-]{1,8}){0,2}$/),
		fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,5})?$/),
		fc.constantFrom('ch', 'com', 'de', 'swiss', 'CH'),
	)
	.map(([local, host, tld]) => `${local}@${host}.${tld}`);

/** Pieces each of which makes an address invalid wherever it is inserted. */
export const injection: fc.Arbitrary<string> = fc.constantFrom(
	'\r\nBcc: x@evil.ch',
	'\nCc: x@evil.ch',
	'\r',
	',x@evil.ch',
	';x@evil.ch',
	'?cc=x@evil.ch',
	'&bcc=x@evil.ch',
	'%0ABcc:x@evil.ch',
	'%0D%0A',
	'"x"',
	' <x@evil.ch>',
	' ',
	'\u0000',
	'@evil.ch',
);

/** A valid address with a hostile piece inserted anywhere. */
export const injectedEmail: fc.Arbitrary<string> = fc
	.tuple(validEmail, injection, fc.nat())
	.map(([email, piece, at]) => {
		const index = at % (email.length + 1);
		return email.slice(0, index) + piece + email.slice(index);
	});

/** What `toMailto` and `toEml` promise about texts (documented in src/wizard/normalize-mail-text.ts). */
export function expectedSubject(subject: string): string {
	return subject.replace(/\r\n|\r|\n/g, ' ');
}

export function expectedBody(body: string): string {
	return body.replace(/\r\n|\r|\n/g, '\r\n');
}
