import {LABELS} from '../portal/labels';
import type {BackgroundRequest, Replies} from '../shared/messages';
import {diagnosticsMailto, diagnosticsText} from './diagnostics-text';

type DiagnosticsRequest = Extract<BackgroundRequest, {type: 'bg:diagnostics-report'}>;

/**
 * The diagnostics report a portal page asked for (`bg:diagnostics-report`): what the page gathered, plus this
 * extension's version, the browser's user agent (the page's browser is ours) and the labels the step's control is
 * searched by (labels.ts, all four languages); the mail link goes to the settings' support address ('' = none).
 */
export function diagnosticsReport(
	{guide, ...page}: DiagnosticsRequest,
	supportAddress: string,
	version: string,
	userAgent: string,
): Replies['bg:diagnostics-report'] {
	const target = guide?.step?.target;
	const report = diagnosticsText({
		...page,
		version,
		userAgent,
		guide,
		searchedLabels: target?.kind === 'control' ? LABELS[target.label] : undefined,
	});
	const mailto = diagnosticsMailto(supportAddress, report);
	return mailto ? {report, mailto} : {report};
}
