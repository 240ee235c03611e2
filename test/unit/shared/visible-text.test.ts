import {expect, test} from 'vitest';
import {stripInvisible} from '../../../src/shared/visible-text';

test.each([
	['zero-width space and joiners', 'an\u200Bna\u200C\u200D', 'anna'],
	['soft hyphen', 'Mül\u00ADler', 'Müller'],
	['bidi override and isolates', '\u202Emoc.liamg\u202C@\u2066x\u2069', 'moc.liamg@x'],
	['byte-order mark and word joiner', '\uFEFFa\u2060b', 'ab'],
	['control characters', 'a\u0000b\u0007c\u007Fd\u0085e', 'abcde'],
	['lone surrogates', 'a\uD800b\uDC00c', 'abc'],
	['variation selectors and Unicode tags', 'a\uFE0Fb\u{E0041}c', 'abc'],
])('%s are removed', (_what, text, visible) => {
	expect(stripInvisible(text)).toBe(visible);
});

test('tabs, line breaks and letters of every script stay', () => {
	const text = 'Zoë\tŁukasz\r\nNguyễn 😀 «x»';
	expect(stripInvisible(text)).toBe(text);
});
