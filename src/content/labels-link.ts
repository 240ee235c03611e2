import {installPortalLabels} from '../portal/label-table';
import {sendToBackground} from './background-link';

/**
 * The portal's words (src/portal/labels.ts), from the background once per page (issue #14: data the content script
 * reads but need not carry). True once they are installed; false when the background could not answer (the
 * extension updated under the page): then the assistant stays inert, as without guides.
 */
export function loadPortalLabels(): Promise<boolean> {
	return sendToBackground({type: 'bg:page-labels'}).then(
		(labels) => {
			installPortalLabels(labels);
			return true;
		},
		() => false,
	);
}
