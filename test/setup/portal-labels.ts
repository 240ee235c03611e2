import {installPortalLabels} from '../../src/portal/label-table';
import {portalLabels} from '../../src/portal/portal-labels';

// A portal page gets labels.ts from the background (`bg:page-labels`, src/content/labels-link.ts); unit tests of the
// portal modules get it here, once, before any test reads a label.
installPortalLabels(portalLabels());
