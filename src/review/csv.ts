import {stripInvisible} from '../shared/visible-text';

/*
 * CSV as Swiss Excel opens it with a double click: UTF-8 with a byte-order mark (else Excel reads the umlauts as
 * Windows-1252), `;` between cells (the list separator of de-CH/fr-CH/it-CH Windows), CRLF between rows, cells in
 * double quotes when they hold a `;`, a quote or a line break (RFC 4180).
 * Cells hold what the portal shows about people, which anyone who can edit a name controls: a cell that starts like a
 * formula (`=`, `+`, `-`, `@`, or a tab or CR before one of them) is neutralised with a leading apostrophe, which
 * Excel and LibreOffice show as text (OWASP "CSV Injection"). Invisible and bidi characters are removed so the
 * record shows what it says.
 */

export const CSV_BOM = '\uFEFF';
/** The type of the saved file: the BOM and `charset` make Excel read it as UTF-8. */
export const REVIEW_CSV_MIME_TYPE = 'text/csv;charset=utf-8';
export const CSV_SEPARATOR = ';';
const ROW_SEPARATOR = '\r\n';

const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;
const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string): string {
	const visible = stripInvisible(value);
	const text = FORMULA_START.test(visible) ? `'${visible}` : visible;
	return NEEDS_QUOTES.test(text) || text !== visible ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, then each row's cells joined by `;`, each row ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return CSV_BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR) + ROW_SEPARATOR).join('');
}
