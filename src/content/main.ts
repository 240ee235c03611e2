import {mountOverlay} from '../overlay/mount';
import css from '../overlay/overlay.css?inline';
import {ADMIN_APP_PATH} from '../shared/portal-address';
import {assistant as buildAssistant} from './assistant';
import {loadPortalLabels} from './labels-link';
import {mayRunHere} from './may-run-here';
import {sendToBackground} from './background-link';

// Content-script entry. The manifest limits it to the admin app; this check keeps it inert if it is ever injected
// elsewhere (e.g. a future broader match).
if (location.pathname.startsWith(ADMIN_APP_PATH)) {
	// The portal's words come from the background (issue #14), asked at once: beside the guides the assistant asks
	// for when it is built, so the overlay waits one round trip, as before. The style sheet is ours to carry (it
	// counts in the content script's budget).
	const labels = loadPortalLabels();
	void mayRunHere(location.origin, () => sendToBackground({type: 'bg:may-run'})).then(async (allowed) => {
		if (!allowed) return;
		const lifetime = new AbortController();
		const overlay = mountOverlay(document, css);
		const assistant = buildAssistant(document, overlay, lifetime.signal);
		// Nothing reads the page (label-table.ts) before the labels are here; without them it stays inert.
		if (!(await labels)) return;
		assistant.start();
	});
}
