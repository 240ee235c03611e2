import {browser} from '../shared/browser';

// Service-worker entry (an event page in Firefox). Listeners must be registered synchronously at start-up.
browser.runtime.onInstalled.addListener(() => {
	// Settings migrations will run here (issue #7).
});
