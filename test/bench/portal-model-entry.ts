/**
 * What the portal-model benchmark loads into a page: the portal model's public functions on `globalThis` (its
 * labels installed), bundled as one IIFE (test/bench/portal-model.bench.ts builds it with Vite, minified, like the
 * content script).
 */
import {findSuccessMessages} from '../../src/portal/alerts';
import {installPortalLabels} from '../../src/portal/label-table';
import {portalLabels} from '../../src/portal/portal-labels';
import {findControl} from '../../src/portal/locate';
import {detectPage, detectPageAndAnchor} from '../../src/portal/pages';
import {readUserRows} from '../../src/portal/read-data';
import {resolveTarget} from '../../src/portal/resolve-target';
import {trackPage} from '../../src/portal/track-page';
import {watchPageIdentity, watchPortal} from '../../src/portal/watch';

// In a portal page the background sends the labels (`bg:page-labels`); without the extension they are installed here.
installPortalLabels(portalLabels());

const api = {
	detectPage,
	detectPageAndAnchor,
	findControl,
	findSuccessMessages,
	readUserRows,
	resolveTarget,
	trackPage,
	watchPageIdentity,
	watchPortal,
};
export type PortalModelApi = typeof api;
(globalThis as unknown as {portalModel: PortalModelApi}).portalModel = api;
