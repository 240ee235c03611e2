import type {JSX} from 'preact';

export function App(): JSX.Element {
	return (
		<main data-eiam-assist-popup>
			<h1>eIAM Assist</h1>
		</main>
	);
}
