import type {VNode} from 'preact';
import {useStore, useTexts} from '../state/use-store';
import {host} from './host';
import {Icon} from './icon';

/**
 * Oblique's notification outlet (`ob-notification`): confirmations after an action, top right, in the page
 * language; they stay until dismissed or the next navigation.
 * `ob-notification > div.ob-notification-container > div.ob-notification.ob-notification-success[role=alert]
 *  > p.ob-notification-message + button.ob-close`.
 */
export function Notifications(): VNode {
	const store = useStore();
	const t = useTexts();
	return host(
		'ob-notification',
		{class: 'ob-notification-outlet'},
		<div class="ob-notification-container">
			{store.notices.map((notice) => (
				<div key={notice.id} class="ob-notification ob-notification-success ob-notification-in" role="alert">
					<p class="ob-notification-message">{store.noticeText(notice)}</p>
					<button
						type="button"
						class="ob-close"
						title={t('closeNotification')}
						aria-label={t('closeNotification')}
						onClick={() => store.dismiss(notice.id)}
					>
						<Icon name="times" />
					</button>
				</div>
			))}
		</div>,
	);
}
