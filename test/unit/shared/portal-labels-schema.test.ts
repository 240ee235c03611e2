import {describe, expect, test} from 'vitest';
import {LABELS, PAGE_LABELS} from '../../../src/portal/labels';
import {portalLabels} from '../../../src/portal/portal-labels';
import {ReplySchemas} from '../../../src/shared/messages';
import {PortalLabelsSchema} from '../../../src/shared/portal-labels-schema';

// The background checks its `bg:page-labels` reply before a portal page installs it (label-table.ts): the page
// does not parse it again (issue #14, no zod in the content script).
describe('the portal labels a page receives', () => {
	const sent = portalLabels();

	test('labels.ts as the background sends it passes, unchanged', () => {
		expect(ReplySchemas['bg:page-labels']).toBe(PortalLabelsSchema);
		expect(PortalLabelsSchema.parse(sent)).toEqual(sent);
	});

	test('a label with no text in one language is refused', () => {
		const broken = {...sent, labels: {...LABELS, continue: {...LABELS.continue, fr: []}}};
		expect(PortalLabelsSchema.safeParse(broken).success).toBe(false);
	});

	test('a missing guide label or a language too few is refused', () => {
		const withoutClose = Object.fromEntries(Object.entries(LABELS).filter(([key]) => key !== 'close'));
		expect(PortalLabelsSchema.safeParse({...sent, labels: withoutClose}).success).toBe(false);
		const threeLanguages = Object.fromEntries(
			Object.entries(PAGE_LABELS.welcome).filter(([lang]) => lang !== 'en'),
		);
		const pageLabels = {...PAGE_LABELS, welcome: threeLanguages};
		expect(PortalLabelsSchema.safeParse({...sent, pageLabels}).success).toBe(false);
	});

	test('a label group whose entry lacks a language is refused', () => {
		const groups = {...sent.groups, pageTitles: {overview: {de: ['Übersicht']}}};
		expect(PortalLabelsSchema.safeParse({...sent, groups}).success).toBe(false);
	});

	test('a language index that names another language is refused', () => {
		expect(PortalLabelsSchema.safeParse({...sent, languages: {weiter: 'rm'}}).success).toBe(false);
	});

	test('a text that is not a string is refused', () => {
		const pageLabels = {...PAGE_LABELS, colRole: {...PAGE_LABELS.colRole, de: [42]}};
		expect(PortalLabelsSchema.safeParse({...sent, pageLabels}).success).toBe(false);
	});
});
