import '../shared/zod-config';
import {mountOverlay} from '../overlay/mount';
import css from '../overlay/overlay.css?inline';
import {ADMIN_APP_PATH} from '../shared/portal-address';
import {settingsItem} from '../shared/settings-item';
import {Assistant} from './assistant';
import {mayRunHere} from './may-run-here';

// Content-script entry. The manifest limits it to the admin app; this check keeps it inert if it is ever injected
// elsewhere (e.g. a future broader match).
if (location.pathname.startsWith(ADMIN_APP_PATH)) {
	void mayRunHere(location.origin, () => settingsItem.get()).then((allowed) => {
		if (!allowed) return;
		const lifetime = new AbortController();
		const overlay = mountOverlay(document, css);
		new Assistant(document, overlay, lifetime.signal).start();
	});
}
