import type {Step} from '../guides/schema';
import {reportedRole, type OutlineEntry} from '../portal/page-outline';
import type {Lang} from '../shared/lang';
import {LANGS} from '../shared/lang';
import {personalPatterns, sanitise} from '../shared/sanitise';

/** Everything the diagnostics report says, gathered by the assistant (the page part by src/portal/page-outline.ts). */
export type DiagnosticsInputs = {
	version: string;
	userAgent: string;
	page: string;
	lang: Lang;
	guide?: {id: string; step?: Pick<Step, 'id' | 'target'>; stepNumber: number; stepCount: number; status: string};
	/** The labels a control target is searched by, per language (from src/portal/labels.ts). */
	searchedLabels?: Readonly<Record<Lang, readonly string[]>>;
	/** Whether a learned target exists for the step (taught or by policy). */
	learned: boolean;
	outline: readonly OutlineEntry[];
	/** What the page shows about people: masked wherever it appears. */
	personal: readonly string[];
};

/** "Chrome 131", "Firefox 128", "Edge 131": the browser without the build numbers of the full user agent. */
export function browserName(userAgent: string): string {
	for (const [token, name] of [
		['Edg', 'Edge'],
		['Firefox', 'Firefox'],
		['Chrome', 'Chrome'],
		['Safari', 'Safari'],
	] as const) {
		const match = new RegExp(`${token}/(\\d+)`).exec(userAgent);
		if (match) return `${name} ${match[1] ?? ''}`.trim();
	}
	return 'unknown';
}

function describeTarget(target: Step['target']): string {
	switch (target.kind) {
		case 'control':
			return `${target.role} "${target.label}"`;
		case 'table':
			return `table "${target.table}"`;
		case 'row-action':
			return `row-action "${target.action}" in the person's row`;
		default:
			return target.kind;
	}
}

function outlineLine(entry: OutlineEntry): string {
	const role = reportedRole(entry.role);
	// Only a heading has a level (an aria-level elsewhere says nothing a reader of the report needs).
	const level = role !== 'heading' || entry.level === undefined ? '' : `(${String(entry.level)})`;
	return `- ${role}${level} "${entry.name}"${entry.disabled ? ' [disabled]' : ''}`;
}

/**
 * The report as plain text: English keys, the portal's labels as the page shows them. Every line passes the
 * sanitiser (src/shared/sanitise.ts): no e-mail address, no 4+ digit run, none of the page's personal values.
 */
export function diagnosticsText(inputs: DiagnosticsInputs): string {
	const lines = [
		'eIAM Assist diagnostics',
		`extension: ${inputs.version}`,
		`browser: ${browserName(inputs.userAgent)}`,
		`page: ${inputs.page}`,
		`language: ${inputs.lang}`,
	];
	const guide = inputs.guide;
	if (guide) {
		lines.push(`guide: ${guide.id}`);
		lines.push(
			`step: ${guide.step?.id ?? '-'} (${String(guide.stepNumber)} of ${String(guide.stepCount)}), status: ${guide.status}`,
		);
		if (guide.step) lines.push(`searched: ${describeTarget(guide.step.target)}`);
		if (inputs.searchedLabels) {
			for (const lang of LANGS)
				lines.push(`  ${lang}: ${inputs.searchedLabels[lang].map((l) => `"${l}"`).join(', ')}`);
		}
		lines.push(`learned target: ${inputs.learned ? 'yes' : 'no'}`);
	} else {
		lines.push('guide: none');
	}
	lines.push('page outline (role "name", document order):');
	lines.push(...inputs.outline.map(outlineLine));
	const personal = personalPatterns(inputs.personal);
	return lines.map((line) => sanitise(line, personal)).join('\n');
}

/** The mail button's link: the report to the support address ('' = no button). */
export function diagnosticsMailto(address: string, report: string): string | undefined {
	const to = address.trim();
	if (to === '') return undefined;
	return `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent('eIAM Assist diagnostics')}&body=${encodeURIComponent(report)}`;
}
