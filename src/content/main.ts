import {mountOverlay} from '../overlay/mount';
import {toLang} from '../shared/lang';

// Content-script entry. The manifest limits it to /portal/adminservice/*; this check keeps it inert if it is
// ever injected elsewhere (e.g. a future broader match).
if (location.pathname.startsWith('/portal/adminservice/')) {
	const overlay = mountOverlay(document, '');
	overlay.host.dataset.page = 'unknown';
	overlay.host.dataset.lang = toLang(document.documentElement.lang) ?? 'de';
}
