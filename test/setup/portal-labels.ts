import {LABELS, PAGE_LABELS} from '../../src/portal/labels';
import {installPortalLabels} from '../../src/portal/label-table';
import {VOCABULARY} from '../../src/portal/vocabulary';

// A portal page gets labels.ts from the background (`bg:page-labels`, src/content/labels-link.ts); unit tests of the
// portal modules get it here, once, before any test reads a label.
installPortalLabels({labels: LABELS, pageLabels: PAGE_LABELS, vocabulary: VOCABULARY});
