import {expect, test} from 'vitest';
import {cleanPastedText} from '../../../src/wizard/clean-pasted-text';

const texts = (pasted: string): string[] => cleanPastedText(pasted).map(({text}) => text);

test('CRLF, CR and LF all end lines; blank lines are kept', () => {
	expect(texts('a\r\nb\rc\n\nd')).toEqual(['a', 'b', 'c', '', 'd']);
});

test('quote markers are removed and counted', () => {
	expect(cleanPastedText('> Vorname: Anna\n>> Nachname: Muster\n> > E-Mail: a@b.ch\nText')).toEqual([
		{text: 'Vorname: Anna', depth: 1},
		{text: 'Nachname: Muster', depth: 2},
		{text: 'E-Mail: a@b.ch', depth: 2},
		{text: 'Text', depth: 0},
	]);
});

test('emphasis, mailto links and bullets from HTML-to-text are removed', () => {
	expect(
		texts(
			[
				'*Vorname:* _Anna Maria_',
				'• **E-Mail:** anna@spital.ch <mailto:anna@spital.ch>',
				'- E-Mail: [anna@spital.ch](mailto:anna@spital.ch)',
				'1. Link: <https://eiam.admin.ch>',
				'E-Mail: anna_muster@spital.ch',
			].join('\n'),
		),
	).toEqual([
		'Vorname: Anna Maria',
		'E-Mail: anna@spital.ch',
		'E-Mail: [anna@spital.ch]',
		'Link:',
		'E-Mail: anna_muster@spital.ch',
	]);
});

test('HTML entities and tags become text, lines and cells', () => {
	expect(
		texts(
			'<p>Vorname:&nbsp;Anna&#160;Maria</p><table><tr><td>Nachname</td><td>M&uuml;ller &amp; Co</td></tr></table>',
		),
	).toEqual(['', 'Vorname: Anna Maria', '', '', 'Nachname\tMüller & Co\t', '', '']);
});

test('a stray angle bracket in a value does not swallow the following lines', () => {
	expect(texts('Vorname: <A\nNachname: Muster >')).toEqual(['Vorname: <A', 'Nachname: Muster >']);
});

test('no-break and narrow spaces become spaces, invisible characters go', () => {
	expect(texts('Prénom\u202F:\u00A0An\u200Bne\u202E')).toEqual(['Prénom : Anne']);
});
