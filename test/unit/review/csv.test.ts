import fc from 'fast-check';
import {expect, test} from 'vitest';
import {CSV_BOM, csvCell, toCsv} from '../../../src/review/csv';

test('the file starts with the UTF-8 byte-order mark and separates cells with ; and rows with CRLF', () => {
	expect(
		toCsv([
			['ExtID', 'Nachname'],
			['1', 'Müller'],
		]),
	).toBe('\uFEFFExtID;Nachname\r\n1;Müller\r\n');
});

test('plain cells stay as they are', () => {
	expect(csvCell('anna.muster@spital.ch')).toBe('anna.muster@spital.ch');
	expect(csvCell('Zu archivieren')).toBe('Zu archivieren');
	expect(csvCell('')).toBe('');
});

test.each([
	['Muster; Meier', '"Muster; Meier"'],
	['Anna "Anni"', '"Anna ""Anni"""'],
	['Zeile 1\nZeile 2', '"Zeile 1\nZeile 2"'],
	['Zeile 1\r\nZeile 2', '"Zeile 1\r\nZeile 2"'],
	[' Anna', '" Anna"'],
])('%j is quoted as %j', (value, cell) => {
	expect(csvCell(value)).toBe(cell);
});

test.each([
	['=HYPERLINK("http://evil.example","Klick")', `"'=HYPERLINK(""http://evil.example"",""Klick"")"`],
	['+41 44 123 45 67', `"'+41 44 123 45 67"`],
	['-2+3', `"'-2+3"`],
	['@SUM(A1)', `"'@SUM(A1)"`],
	['\t=1+1', `"'\t=1+1"`],
	['  =1+1', `"'  =1+1"`],
	['\r=1', `"'\r=1"`],
])('a cell that starts like a formula (%j) is shown as text', (value, cell) => {
	expect(csvCell(value)).toBe(cell);
});

test('a formula start hidden behind invisible characters is found and neutralised', () => {
	expect(csvCell('\u200B\u202E=1+1')).toBe(`"'=1+1"`);
});

test('invisible and bidi characters are removed from names', () => {
	expect(csvCell('Mül\u00ADler\u200B')).toBe('Müller');
});

/** A small RFC 4180 reader with `;`, to check that any cells come back as written. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charAt(index);
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				cell += '"';
				index++;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"') quoted = true;
		else if (char === ';') {
			row.push(cell);
			cell = '';
		} else if (char === '\r' && text[index + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			index++;
		} else cell += char;
	}
	return rows;
}

test('any cells come back unchanged, row by row and cell by cell (a leading CR is neutralised, as OWASP asks)', () => {
	const cellText = fc.string({
		unit: fc.constantFrom('a', 'ä', ' ', ';', '"', '\n', '\r\n', ',', "'", '1'),
		maxLength: 12,
	});
	fc.assert(
		fc.property(
			fc.array(fc.array(cellText, {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 5}),
			(rows) => {
				const text = toCsv(rows);
				expect(text.startsWith(CSV_BOM)).toBe(true);
				const expected = rows.map((cells) => cells.map((cell) => (cell.startsWith('\r') ? `'${cell}` : cell)));
				expect(readCsv(text.slice(1))).toEqual(expected);
			},
		),
	);
});
