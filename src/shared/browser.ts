// The only import of webextension-polyfill: everything else imports `browser` from here (STYLE.md), so tests can
// swap it and Chrome and Firefox share one promise-based API.
import browser from 'webextension-polyfill';

export {browser};
export type {Runtime, Storage, Tabs} from 'webextension-polyfill';
