import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {LANGS} from '../../../src/shared/lang';

type Messages = Record<string, {message: string; placeholders?: Record<string, unknown>}>;

const read = (lang: string): Messages =>
	JSON.parse(
		readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
	) as Messages;
const manifest = readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8');

test.each(LANGS)('the %s manifest messages have the same keys as English and none is empty', (lang) => {
	const messages = read(lang);
	expect(Object.keys(messages).sort()).toEqual(Object.keys(read('en')).sort());
	for (const [key, {message}] of Object.entries(messages)) expect(message.trim(), key).not.toBe('');
});

test('every __MSG_key__ used in the manifest exists', () => {
	const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]);
	expect(used.length).toBeGreaterThan(0);
	for (const key of used) expect(read('en'), String(key)).toHaveProperty(String(key));
});

test('German texts follow Swiss spelling (no ß)', () => {
	for (const {message} of Object.values(read('de'))) expect(message).not.toContain('ß');
});
