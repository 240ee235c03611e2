import {mountOverlay} from '../overlay/mount';
import css from '../overlay/overlay.css?inline';
import {ADMIN_APP_PATH} from '../shared/portal-address';
import {Assistant} from './assistant';
import {mayRunHere} from './may-run-here';
import {loadContentSettings} from './settings-link';

// Content-script entry. The manifest limits it to the admin app; this check keeps it inert if it is ever injected
// elsewhere (e.g. a future broader match).
if (location.pathname.startsWith(ADMIN_APP_PATH)) {
	void mayRunHere(location.origin, async () => ({settings: await loadContentSettings()})).then((allowed) => {
		if (!allowed) return;
		const lifetime = new AbortController();
		const overlay = mountOverlay(document, css);
		new Assistant(document, overlay, lifetime.signal).start();
	});
}
