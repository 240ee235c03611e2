import {describe, expect, test} from 'vitest';
import {GUIDE_LABEL_GROUP_KEYS, LABEL_GROUP_KEYS, labelGroups} from '../../../src/portal/label-groups';
import {LABELS, PAGE_LABELS} from '../../../src/portal/labels';

// A portal page looks these groups up by name (a table's columns, status words, page titles); the background sends
// them with their words. A name without words would make a table or a page unrecognisable.
describe('the label groups a portal page receives', () => {
	const groups = labelGroups(LABELS, PAGE_LABELS);

	test('every name of every group has its words, as labels.ts writes them', () => {
		for (const [group, keys] of Object.entries({...LABEL_GROUP_KEYS, ...GUIDE_LABEL_GROUP_KEYS})) {
			const resolved = groups[group as keyof typeof groups] as Record<string, unknown>;
			expect(Object.keys(resolved)).toEqual(Object.keys(keys));
		}
		expect(groups.userColumns.extId).toBe(PAGE_LABELS.colExtId);
		expect(groups.pageTitles.completed).toBe(PAGE_LABELS.titleCompleted);
		expect(groups.userFormSaves.saveAndContinue).toBe(LABELS.saveAndContinue);
	});
});
