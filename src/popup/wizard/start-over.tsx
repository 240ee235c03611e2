import type {JSX} from 'preact';
import {useEffect, useRef, useState} from 'preact/hooks';
import type {PopupTextKey} from '../popup-texts';
import type {Translate} from '../../shared/catalog';

type Props = {readonly t: Translate<PopupTextKey>; readonly onStartOver: () => void};

/** *Start over* asks first, inline (a native confirm() would block the popup and cannot be styled or tested). */
export function StartOver({t, onStartOver}: Props): JSX.Element {
	const [asking, setAsking] = useState(false);
	const cancelRef = useRef<HTMLButtonElement>(null);
	const startRef = useRef<HTMLButtonElement>(null);
	const wasAsking = useRef(false);
	useEffect(() => {
		// Focus follows the question: onto the safe choice when it appears, back to the button when it goes.
		if (asking) cancelRef.current?.focus();
		else if (wasAsking.current) startRef.current?.focus();
		wasAsking.current = asking;
	}, [asking]);

	if (!asking) {
		return (
			<button type="button" ref={startRef} data-eiam-assist-start-over onClick={() => setAsking(true)}>
				{t('start_over')}
			</button>
		);
	}
	return (
		<div class="start-over" role="group" aria-labelledby="start-over-question">
			<p id="start-over-question">{t('start_over_question')}</p>
			<div class="button-row">
				<button type="button" class="button-danger" data-eiam-assist-start-over-confirm onClick={onStartOver}>
					{t('start_over_yes')}
				</button>
				<button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
					{t('cancel')}
				</button>
			</div>
		</div>
	);
}
