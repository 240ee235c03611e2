import type {JSX} from 'preact';
import {useEffect, useRef, useState} from 'preact/hooks';
import type {Translate} from '../shared/catalog';
import {TRAINING_HOST_PATTERNS} from '../shared/portal-address';
import {Field} from './field';
import type {HostPermissions} from './host-permissions';
import type {OptionsTextKey} from './options-texts';

type TrainingSectionProps = {
	enabled: boolean;
	lockedNote: string | undefined;
	permissions: HostPermissions;
	onChange: (enabled: boolean) => void;
	t: Translate<OptionsTextKey>;
};

/**
 * The acceptance environment switch. Its host is an optional permission: switching on asks the browser (which
 * asks the user); a refusal switches it back off. The setting syncs between computers but a grant does not,
 * so a computer where the setting is on without the grant says so.
 */
export function TrainingSection({enabled, lockedNote, permissions, onChange, t}: TrainingSectionProps): JSX.Element {
	const [granted, setGranted] = useState<boolean>();
	const [requesting, setRequesting] = useState(false);
	const [refused, setRefused] = useState(false);
	// Once the user has toggled, their request's answer is newer than the initial check: a late reply to that
	// check must not overwrite it.
	const toggled = useRef(false);

	useEffect(() => {
		let current = true;
		permissions.contains(TRAINING_HOST_PATTERNS).then(
			(answer) => current && !toggled.current && setGranted(answer),
			() => current && !toggled.current && setGranted(false),
		);
		return () => {
			current = false;
		};
	}, [permissions]);

	const refuse = (): void => {
		setRequesting(false);
		setRefused(true);
		if (enabled) onChange(false);
	};

	const toggle = (wanted: boolean): void => {
		toggled.current = true;
		setRefused(false);
		if (!wanted) {
			onChange(false);
			// Least privilege: give the host back; failing to is harmless (the setting is off either way).
			permissions.remove(TRAINING_HOST_PATTERNS).then(
				() => setGranted(false),
				() => undefined,
			);
			return;
		}
		setRequesting(true);
		// Called synchronously in the change handler: browsers grant permission requests only during a user gesture.
		permissions.request(TRAINING_HOST_PATTERNS).then(
			(answer) => {
				if (!answer) return refuse();
				setRequesting(false);
				setGranted(true);
				onChange(true);
			},
			// E.g. the host is not declared in optional_host_permissions, or the request came without a gesture.
			refuse,
		);
	};

	const checked = requesting || (enabled && granted === true);
	const message = refused
		? t('training_refused')
		: enabled && granted === false
			? t('training_not_granted')
			: undefined;
	return (
		<fieldset>
			<legend>{t('section_training')}</legend>
			<Field
				name="trainingEnvironment"
				label={t('label_trainingEnvironment')}
				hint={t('hint_training')}
				lockedNote={lockedNote}
				inline
			>
				{(control) => (
					<input
						{...control}
						name="trainingEnvironment"
						type="checkbox"
						checked={checked}
						disabled={control.disabled || requesting}
						onChange={(event) => toggle(event.currentTarget.checked)}
					/>
				)}
			</Field>
			{message ? (
				<p class="notice" role="status" data-eiam-assist-training-message={refused ? 'refused' : 'not-granted'}>
					{message}
				</p>
			) : null}
		</fieldset>
	);
}
