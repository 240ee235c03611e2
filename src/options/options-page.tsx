import type {JSX} from 'preact';

export function OptionsPage(): JSX.Element {
	return (
		<main data-eiam-assist-options>
			<h1>eIAM Assist</h1>
		</main>
	);
}
