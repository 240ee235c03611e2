import type {Translate} from '../../shared/catalog';
import {PASTE_FIELDS, type PasteField, type PasteProblem} from '../../wizard/parse-pasted-mail';
import {PASTE_FIELD_TEXT, type PasteTextKey} from './paste-texts';
import type {PasteReport} from './wizard-state';

const PROBLEM_TEXT: Readonly<Record<PasteProblem, PasteTextKey>> = {
	'not-found': 'paste_not_found',
	ambiguous: 'paste_ambiguous',
	invalid: 'paste_invalid',
};

/**
 * The status line after a paste, one sentence each: how many fields it filled, which it could not find (or found
 * twice, or found unusable), which it left as the user typed them, and whether the text was cut. Fields the user had
 * filled (by hand or by an earlier paste) are not reported as missing: nothing is missing there.
 */
export function pasteSummary(
	report: PasteReport,
	holding: ReadonlySet<PasteField>,
	t: Translate<PasteTextKey>,
): string[] {
	const names = (fields: readonly PasteField[]): string =>
		fields.map((field) => t(PASTE_FIELD_TEXT[field])).join(', ');
	const lines: string[] = [];
	if (report.filled.length === 0 && report.kept.length === 0) lines.push(t('paste_nothing'));
	else lines.push(t('paste_filled', report.filled.length, PASTE_FIELDS.length));
	for (const problem of ['not-found', 'ambiguous', 'invalid'] as const) {
		const fields = report.unresolved
			.filter((entry) => entry.problem === problem && !holding.has(entry.field))
			.map((entry) => entry.field);
		if (fields.length > 0) lines.push(t(PROBLEM_TEXT[problem], names(fields)));
	}
	if (report.kept.length > 0) lines.push(t('paste_kept', names(report.kept)));
	if (report.truncated) lines.push(t('paste_truncated'));
	return lines;
}
