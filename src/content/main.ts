import {mountOverlay} from '../overlay/mount';
import {trackPage} from '../portal/track-page';

// Content-script entry. The manifest limits it to /portal/adminservice/*; this check keeps it inert if it is
// ever injected elsewhere (e.g. a future broader match).
if (location.pathname.startsWith('/portal/adminservice/')) {
	const overlay = mountOverlay(document, '');
	// Lives as long as the page; the guide engine will hang its session off its own controller.
	const lifetime = new AbortController();
	// Testing contract (shared/DESIGN.md): the detected page and language on #eiam-assist-root.
	trackPage(
		document,
		({page, lang}) => {
			overlay.host.dataset.page = page;
			overlay.host.dataset.lang = lang;
		},
		lifetime.signal,
	);
}
