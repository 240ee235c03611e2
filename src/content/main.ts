import '../shared/zod-config';
import css from '../overlay/overlay.css?inline';
import {mountOverlay} from '../overlay/mount';
import {Assistant} from './assistant';

// Content-script entry. The manifest limits it to /portal/adminservice/*; this check keeps it inert if it is
// ever injected elsewhere (e.g. a future broader match).
if (location.pathname.startsWith('/portal/adminservice/')) {
	const lifetime = new AbortController();
	const overlay = mountOverlay(document, css);
	new Assistant(document, overlay, lifetime.signal).start();
}
