import type {BackgroundRequest, Replies} from '../shared/messages';
import {askBackground} from './background-link';

export type DiagnosticsInputs = Omit<Extract<BackgroundRequest, {type: 'bg:diagnostics-report'}>, 'type'>;

/**
 * The diagnostics report of what this page gathered (issue #14: the background writes and sanitises it, the
 * content script carries neither). Undefined when the background could not answer.
 */
export function askDiagnosticsReport(inputs: DiagnosticsInputs): Promise<Replies['bg:diagnostics-report'] | undefined> {
	return askBackground({type: 'bg:diagnostics-report', ...inputs});
}
