import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {Mail} from '../../../src/wizard/compose-mail';
import {MAILTO_MAX_LENGTH, toMailto} from '../../../src/wizard/mailto';
import {expectedBody, expectedSubject, injectedEmail, mailText, validEmail} from './mail-arbitraries';

function hrefOf(mail: Mail): string {
	const result = toMailto(mail);
	if (!result.ok) {
		throw new Error(`expected a mailto link, got ${result.reason}`);
	}

	return result.href;
}

describe('round trip', () => {
	test('subject and body come back unchanged, line breaks as CRLF and the subject on one line', () => {
		fc.assert(
			fc.property(validEmail, mailText(60), mailText(60), (to, subject, body) => {
				const url = new URL(hrefOf({to, subject, body}));
				expect(url.searchParams.get('subject')).toBe(expectedSubject(subject));
				expect(url.searchParams.get('body')).toBe(expectedBody(body));
			}),
		);
	});

	test('decodeURIComponent reads the same as URL', () => {
		fc.assert(
			fc.property(validEmail, mailText(60), mailText(60), (to, subject, body) => {
				const query = hrefOf({to, subject, body}).split('?')[1] ?? '';
				const [subjectPart, bodyPart, ...rest] = query.split('&');
				expect(rest).toEqual([]);
				expect(decodeURIComponent(subjectPart!.replace(/^subject=/, ''))).toBe(expectedSubject(subject));
				expect(decodeURIComponent(bodyPart!.replace(/^body=/, ''))).toBe(expectedBody(body));
			}),
		);
	});

	test('line breaks are encoded as %0D%0A', () => {
		expect(hrefOf({to: 'spiges@bfs.admin.ch', subject: 'a', body: 'one\ntwo\r\nthree\rfour'})).toBe(
			'mailto:spiges@bfs.admin.ch?subject=a&body=one%0D%0Atwo%0D%0Athree%0D%0Afour',
		);
	});

	test('a lone surrogate (not text) becomes the replacement character instead of throwing', () => {
		const url = new URL(hrefOf({to: 'a@ksa.ch', subject: 'x\uD800', body: '\uDC00y'}));
		expect(url.searchParams.get('subject')).toBe('x\uFFFD');
		expect(url.searchParams.get('body')).toBe('\uFFFDy');
	});
});

describe('recipient', () => {
	test('the only recipient is the intended one, whatever subject and body contain', () => {
		fc.assert(
			fc.property(validEmail, mailText(60), mailText(60), (to, subject, body) => {
				const url = new URL(hrefOf({to, subject, body}));
				expect(url.protocol).toBe('mailto:');
				expect(decodeURIComponent(url.pathname)).toBe(to);
				expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
			}),
		);
	});

	test('an address with anything injected is refused, never turned into another recipient', () => {
		fc.assert(
			fc.property(injectedEmail, mailText(20), (to, text) => {
				expect(toMailto({to, subject: text, body: text})).toEqual({ok: false, reason: 'invalid-recipient'});
			}),
		);
	});

	test('any string as recipient is either refused or exactly that one address', () => {
		fc.assert(
			fc.property(fc.oneof(mailText(40), validEmail, injectedEmail), (to) => {
				const result = toMailto({to, subject: 's', body: 'b'});
				if (result.ok) {
					const url = new URL(result.href);
					expect(decodeURIComponent(url.pathname)).toBe(to);
					expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
				} else {
					expect(result.reason).toBe('invalid-recipient');
				}
			}),
		);
	});

	test.each(['', ' a@ksa.ch', 'a@ksa.ch\n', 'a@ksa.ch,b@ksa.ch', 'Anna <a@ksa.ch>', 'mailto:a@ksa.ch'])(
		'%j is refused',
		(to) => {
			expect(toMailto({to, subject: 's', body: 'b'})).toEqual({ok: false, reason: 'invalid-recipient'});
		},
	);
});

describe('length budget', () => {
	test('a link is never longer than the budget', () => {
		fc.assert(
			fc.property(validEmail, mailText(400), mailText(400), (to, subject, body) => {
				const result = toMailto({to, subject, body});
				expect(result.ok ? result.href.length : MAILTO_MAX_LENGTH).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
			}),
		);
	});

	test('long bodies are too long', () => {
		fc.assert(
			fc.property(
				validEmail,
				fc.string({minLength: MAILTO_MAX_LENGTH, maxLength: 3 * MAILTO_MAX_LENGTH}),
				(to, body) => {
					expect(toMailto({to, subject: 'eIAM', body})).toEqual({ok: false, reason: 'too-long'});
				},
			),
		);
	});

	test('exactly the budget fits, one character more does not', () => {
		const to = 'spiges@bfs.admin.ch';
		const base = hrefOf({to, subject: 'x', body: ''}).length;
		const fits = 'a'.repeat(MAILTO_MAX_LENGTH - base);
		expect(hrefOf({to, subject: 'x', body: fits})).toHaveLength(MAILTO_MAX_LENGTH);
		expect(toMailto({to, subject: 'x', body: `${fits}a`})).toEqual({ok: false, reason: 'too-long'});
	});
});
