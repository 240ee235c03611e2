import {ROOT_ID} from '../overlay/mount';
import css from '../overlay/extras.css?inline';
import {installPortalLabels} from '../portal/label-table';
import {readShownUser, readUserRows} from '../portal/read-data';
import {findResultCount, readRowsPerPageOptions} from '../portal/result-count';
import type {ExtrasEntry} from './extras-api';
import {diagnosticsReport, learnAt} from './field-repair-extras';
import {saveReviewCsv} from './review-download';
import {ReviewSession} from './review-session';

// The extras script (issue #14): injected by the background into a portal page's frame the first time the superuser
// asks for a feature that reads more of the page than guides do (extras-api.ts). Runs once per frame, after the
// content script, in its isolated world: it only hands its readers over (extras-link.ts takes them).

const entry: ExtrasEntry = (labels) => {
	installPortalLabels(labels);
	// The styles of the views that come with these features, beside the overlay's own (mount.ts), inside its shadow
	// root: here before any of them is drawn, since each waits for this script (overlay-actions.ts).
	const shadow = document.getElementById(ROOT_ID)?.shadowRoot;
	const style = document.createElement('style');
	style.textContent = css;
	shadow?.append(style);
	return {
		reviewSession: () => new ReviewSession(),
		reviewData: (doc) => ({
			rows: readUserRows(doc),
			total: findResultCount(doc)?.total,
			rowsPerPage: readRowsPerPageOptions(doc),
		}),
		saveReviewCsv,
		learnAt,
		diagnosticsReport,
		shownUser: readShownUser,
	};
};

globalThis.eiamAssistExtras = entry;
