import type {JSX} from 'preact';
import {useState} from 'preact/hooks';
import type {Translate} from '../shared/catalog';
import type {GuideContext} from '../shared/guide-context';
import type {GuideId} from '../shared/guide-ids';
import type {PopupTextKey} from './popup-texts';

type Status = 'idle' | 'starting' | 'started' | 'failed';

type Props = {
	readonly guide: GuideId;
	readonly context: GuideContext;
	readonly label: string;
	readonly t: Translate<PopupTextKey>;
	readonly startGuide: (guide: GuideId, context: GuideContext) => Promise<void>;
	/** Attribute naming the button for tests and styling: `data-eiam-assist-guide` in the checklist. */
	readonly attribute: 'data-eiam-assist-guide' | 'data-eiam-assist-launch';
};

/**
 * Starts a guide in the portal tab (the background opens or focuses it). In a real popup the portal tab takes the
 * focus and the popup closes; the status line matters when it stays open (tests, or when starting fails).
 */
export function GuideButton({guide, context, label, t, startGuide, attribute}: Props): JSX.Element {
	const [status, setStatus] = useState<Status>('idle');
	const start = (): void => {
		setStatus('starting');
		startGuide(guide, context).then(
			() => setStatus('started'),
			(error: unknown) => {
				console.warn('eIAM Assist: could not start the guide', guide, error);
				setStatus('failed');
			},
		);
	};
	const attributes = {[attribute]: guide};
	return (
		<span class="guide-button">
			<button type="button" {...attributes} onClick={start} disabled={status === 'starting'}>
				{label}
			</button>
			<span role="status" class={status === 'failed' ? 'status status-error' : 'status'}>
				{status === 'starting' ? t('guide_starting') : null}
				{status === 'started' ? t('guide_started') : null}
				{status === 'failed' ? t('guide_failed') : null}
			</span>
		</span>
	);
}
