import {describeControl, interactiveAt} from '../portal/learned-control';
import {installPortalLabels} from '../portal/label-table';
import {pageOutline, personalValues} from '../portal/page-outline';
import {readShownUser, readUserRows} from '../portal/read-data';
import {findResultCount, readRowsPerPageOptions} from '../portal/result-count';
import type {ExtrasEntry} from './extras-api';
import {saveReviewCsv} from './review-download';
import {ReviewSession} from './review-session';

// The extras script (issue #14): injected by the background into a portal page's frame the first time the superuser
// asks for a feature that reads more of the page than guides do (extras-api.ts). Runs once per frame, after the
// content script, in its isolated world: it only hands its readers over (extras-link.ts takes them).

const entry: ExtrasEntry = (labels) => {
	installPortalLabels(labels);
	return {
		reviewSession: () => new ReviewSession(),
		reviewData: (doc) => ({
			rows: readUserRows(doc),
			total: findResultCount(doc)?.total,
			rowsPerPage: readRowsPerPageOptions(doc),
		}),
		saveReviewCsv,
		outline: (doc) => ({outline: pageOutline(doc), personal: personalValues(doc)}),
		describeAt(doc, x, y) {
			const control = interactiveAt(doc.elementsFromPoint(x, y));
			return control && describeControl(control);
		},
		shownUser: readShownUser,
	};
};

globalThis.eiamAssistExtras = entry;
