/** @jsxImportSource ./dom */
import type {JSX} from './dom/jsx-runtime';
import type {Action} from './view';

/**
 * A question in the panel with a yes (primary, marked for tests by `yesMark`) and a no: ending the guide, replacing
 * the user's own justification. Shared so both ask alike.
 */
export function confirm(
	question: string,
	yes: string,
	yesMark: string,
	onYes: Action,
	no: string,
	onNo: Action,
): JSX.Element {
	return (
		<div class="confirm" role="group">
			<p>{question}</p>
			<button class="primary" {...{[yesMark]: true}} onClick={onYes}>
				{yes}
			</button>
			<button onClick={onNo}>{no}</button>
		</div>
	);
}
