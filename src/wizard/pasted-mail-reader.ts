import type {PastedLine} from './clean-pasted-text';
import {readLabelOnly, readLabelledValues, splitCells, type Label} from './pasted-mail-labels';
import {cleanUserId, cleanValue, findEmails} from './pasted-mail-value';
import {
	headingSection,
	isAttributionLine,
	isMailHeaderLine,
	isMessageSeparator,
	isValediction,
	type LabelKind,
	type Section,
} from './pasted-mail-vocabulary';

/**
 * Where a line stands: in a section (data set), in none (`unknown`), or in a signature (after «Freundliche Grüsse»,
 * where an `E-Mail:` is the sender's, so it is no data; it only casts doubt on weak evidence, see `resolvePersonField`).
 */
export type Place = Section | 'unknown' | 'signature';

export type Candidate = {
	readonly kind: LabelKind;
	readonly place: Place;
	readonly value: string;
	/** An address standing alone in a block, without a label: used only when the block has no labelled one. */
	readonly bare: boolean;
};

// A line of data is short; a longer one (a paragraph without breaks, an encoded attachment) is read as text only,
// which also keeps the reading linear on pathological pastes.
const LINE_MAX_LENGTH = 1000;
// A bare address counts only on a short line (`Anna Muster <anna@spital.ch>`), not inside a sentence.
const BARE_EMAIL_MAX_WORDS = 4;
// A value on the line after its label is short (a name, an address, an id), not a paragraph.
const NEXT_LINE_VALUE_MAX_WORDS = 8;

const hasText = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
const wordCount = (text: string): number => text.split(/\s+/).filter(hasText).length;

/** The section a line names; never one with an address in it (`anna@spitalportal.ch` is no heading). */
function sectionNamedBy(text: string): Section | 'conflict' | undefined {
	return findEmails(text).length > 0 ? undefined : headingSection(text);
}

/**
 * A line shaped like a heading: it names a section and is no sentence (no final `.`, `!`, `?`); without a final
 * colon it has at least two words, so a lone surname such as `Inserra` (IT `inser…` = entered) is none.
 */
function headingLike(text: string): Section | undefined {
	const section = sectionNamedBy(text);
	if (section === undefined || section === 'conflict') return undefined;
	const trimmed = text.replace(/[\s=#~*\-–—]+$/, '');
	if (/[.!?]$/.test(trimmed)) return undefined;
	return trimmed.endsWith(':') || wordCount(trimmed) >= 2 ? section : undefined;
}

/** Collects candidates line by line, keeping track of the section (data set) the lines belong to. */
export class MailReader {
	readonly candidates: Candidate[] = [];
	private context: Place = 'unknown';
	private lastHeading: Section | undefined;
	/** Non-blank lines since the last heading: two headings in a row are the columns of a table, not sections. */
	private linesSinceHeading = 0;
	private dataSinceHeading = false;
	/** The header of a two-column table (`Feld | Im Portal | Registrierte Person`) while its rows are read. */
	private table: {readonly columns: ReadonlyMap<number, Section>; readonly width: number} | undefined;
	/** A label alone on its line, waiting for its value on the next one. */
	private pending: {readonly label: Label; readonly place: Place} | undefined;
	private depth = 0;

	constructor(private readonly lines: readonly PastedLine[]) {}

	read(): void {
		this.lines.forEach((line, index) => this.readLine(line, index));
	}

	private readLine(line: PastedLine, index: number): void {
		if (line.depth !== this.depth) {
			// Another quoting level is another message: its blocks are not the ones read so far.
			this.reset();
			this.depth = line.depth;
		}
		const {text} = line;
		if (!hasText(text)) return; // Blank lines and rules (`-----`, `|---|---|`) separate, but change nothing.
		if (text.length > LINE_MAX_LENGTH) {
			this.onProse('');
			return;
		}
		if (isAttributionLine(text) || isMessageSeparator(text) || isMailHeaderLine(text)) {
			this.reset();
			return;
		}

		const cells = splitCells(text);
		if (this.readTableRow(cells) || this.readPendingValue(text) || this.readLabels(cells)) return;
		if (this.readTableHeader(cells)) return;
		const section = this.headingAt(text, index);
		if (section) {
			this.onHeading(section);
			return;
		}
		if (this.readBareEmails(text)) return;
		this.onProse(text);
	}

	private add(kind: LabelKind, place: Place, raw: string, bare = false): void {
		const value = cleanValue(raw);
		if (value === '') return;
		if (kind === 'email') {
			const emails = findEmails(value);
			// No address where one was announced: keep the text, so the field reads as invalid, not as missing.
			for (const email of emails.length > 0 ? emails : [value])
				this.candidates.push({kind, place, value: email, bare});
		} else {
			this.candidates.push({kind, place, value: kind === 'user-id' ? cleanUserId(value) : value, bare});
		}
		this.dataSinceHeading = true;
	}

	private placeOf(label: Label): Place {
		return label.section ?? this.context;
	}

	private readTableRow(cells: readonly string[]): boolean {
		const {table} = this;
		if (table === undefined || cells.length < 2) return false;
		const [first = ''] = cells;
		const label = readLabelOnly(first);
		if (label === undefined) return false;
		// The row's cells line up with the header's, or the header lacks the label column (`Im Portal | Registriert`
		// over `Vorname | Anna | Anna Maria`). Any other shape cannot be lined up: its values belong to no section.
		const offset = cells.length === table.width ? 0 : cells.length === table.width + 1 ? 1 : undefined;
		cells.slice(1).forEach((value, index) => {
			const section = offset === undefined ? undefined : table.columns.get(index + 1 - offset);
			this.add(label.kind, section ?? 'unknown', value);
		});
		this.linesSinceHeading++;
		return true;
	}

	private readTableHeader(cells: readonly string[]): boolean {
		if (cells.filter(hasText).length < 2) return false;
		const sections = cells.map(sectionNamedBy);
		if (!sections.includes('entered') || !sections.includes('registered') || sections.includes('conflict'))
			return false;
		const columns = new Map<number, Section>();
		sections.forEach((section, column) => {
			if (section === 'entered' || section === 'registered') columns.set(column, section);
		});
		this.table = {columns, width: cells.length};
		this.pending = undefined;
		this.linesSinceHeading++;
		return true;
	}

	private readPendingValue(text: string): boolean {
		const {pending} = this;
		if (pending === undefined) return false;
		this.pending = undefined;
		const cells = splitCells(text);
		const [first = ''] = cells;
		const isValue =
			cells.length === 1 &&
			readLabelOnly(first) === undefined &&
			readLabelledValues(first) === undefined &&
			headingLike(text) === undefined &&
			(wordCount(text) <= NEXT_LINE_VALUE_MAX_WORDS || findEmails(text).length > 0);
		if (!isValue) return false;
		this.add(pending.label.kind, pending.place, text);
		this.linesSinceHeading++;
		return true;
	}

	/**
	 * Label cells: `label: value` (several per cell possible), a label alone followed by its value cell(s), or a label
	 * alone at the end (its value on the next line). A label followed by several value cells (`Vorname | Anna | Anna
	 * Maria` without a table header) gives several candidates, hence an ambiguous field.
	 */
	private readLabels(cells: readonly string[]): boolean {
		let last: Label | undefined;
		let lastHasValue = false;
		let anyLabel = false;
		for (const cell of cells) {
			if (!hasText(cell)) continue;
			const labelled = readLabelledValues(cell);
			const alone = labelled === undefined ? readLabelOnly(cell) : undefined;
			if (labelled) {
				anyLabel = true;
				for (const {label, value} of labelled) {
					last = label;
					lastHasValue = cleanValue(value) !== '';
					this.add(label.kind, this.placeOf(label), value);
				}
			} else if (alone) {
				anyLabel = true;
				last = alone;
				lastHasValue = false;
			} else if (last) {
				this.add(last.kind, this.placeOf(last), cell);
				lastHasValue = true;
			}
		}
		if (!anyLabel) return false;
		if (last && !lastHasValue) this.pending = {label: last, place: this.placeOf(last)};
		this.linesSinceHeading++;
		return true;
	}

	/**
	 * The section a heading line names. Besides its shape (`headingLike`), a heading ends with a colon or is followed
	 * by a line with a label or another heading, so a wrapped sentence that happens to say "portal" is none.
	 */
	private headingAt(text: string, index: number): Section | undefined {
		const section = headingLike(text);
		if (section === undefined || text.trimEnd().endsWith(':')) return section;
		let next: PastedLine | undefined;
		for (let after = index + 1; after < this.lines.length && next === undefined; after++) {
			const line = this.lines[after];
			if (line !== undefined && hasText(line.text)) next = line;
		}
		if (next === undefined) return undefined;
		const [first = ''] = splitCells(next.text);
		const nextIsData = readLabelOnly(first) !== undefined || readLabelledValues(first) !== undefined;
		// Or the next line names a section too: the column headers of a table pasted cell by cell (see `onHeading`).
		return nextIsData || sectionNamedBy(next.text) !== undefined ? section : undefined;
	}

	private onHeading(section: Section): void {
		const columnsOfATable =
			this.lastHeading !== undefined && this.lastHeading !== section && this.linesSinceHeading === 0;
		// `Im Portal erfasst` right above `Registrierte Person`: the columns of a table pasted cell by cell, so the
		// values below cannot be told apart.
		this.context = columnsOfATable ? 'unknown' : section;
		this.lastHeading = section;
		this.linesSinceHeading = 0;
		this.dataSinceHeading = false;
		this.table = undefined;
		this.pending = undefined;
	}

	private readBareEmails(text: string): boolean {
		const emails = findEmails(text);
		if (emails.length === 0) return false;
		const rest = emails.reduce((remaining, email) => remaining.split(email).join(' '), text);
		// `Kontakt: hans@be.ch` is labelled, only not as one of our fields: not the person's address.
		if (wordCount(rest) > BARE_EMAIL_MAX_WORDS || rest.includes(':')) return false;
		// Outside a section a lone address (a signature's) says nothing about either data set.
		const section = this.context;
		if (section === 'entered' || section === 'registered')
			for (const email of emails) this.add('email', section, email, true);
		this.linesSinceHeading++;
		return true;
	}

	/**
	 * Other text. A closing formula (`Freundliche Grüsse`) starts the signature: nothing after it is data. Other text
	 * after data closes the block, so a footer's `E-Mail: …` is not read as the person's; text that names another
	 * section than the current one, or both (`Daten der im Portal registrierten Person`, no heading), leaves the lines
	 * below without a section rather than in the wrong one.
	 */
	private onProse(text: string): void {
		const named = sectionNamedBy(text);
		if (isValediction(text)) {
			this.context = 'signature';
			this.table = undefined;
		} else if (
			this.context !== 'signature' &&
			(this.dataSinceHeading || (named !== undefined && named !== this.context))
		) {
			this.context = 'unknown';
			this.table = undefined;
		}
		this.pending = undefined;
		this.linesSinceHeading++;
	}

	private reset(): void {
		this.context = 'unknown';
		this.lastHeading = undefined;
		this.linesSinceHeading = 0;
		this.dataSinceHeading = false;
		this.table = undefined;
		this.pending = undefined;
	}
}
