import {expect, test} from 'vitest';
import {FIELD_NAMES, type FieldName} from '../../../src/wizard/input';
import {fillFromPaste} from '../../../src/wizard/fill-from-paste';

const empty = Object.fromEntries(FIELD_NAMES.map((name) => [name, ''])) as Record<FieldName, string>;

test('empty fields take the pasted values and are reported as filled', () => {
	const {fields, filled, kept} = fillFromPaste(empty, {'registered-email': 'a@b.ch', 'entered-first-name': 'Anna'});
	expect(fields).toEqual({...empty, 'entered-first-name': 'Anna', 'registered-email': 'a@b.ch'});
	expect(filled).toEqual(['entered-first-name', 'registered-email']);
	expect(kept).toEqual([]);
});

test('what the user typed is never overwritten; a different pasted value is reported as kept out', () => {
	const typed = {...empty, 'entered-first-name': 'Anna', 'user-id': '2376660', 'mail-date': '2025-03-04'};
	const {fields, filled, kept} = fillFromPaste(typed, {
		'entered-first-name': 'Hanna',
		'user-id': '2376660',
		'entered-last-name': 'Muster',
	});
	expect(fields).toEqual({...typed, 'entered-last-name': 'Muster'});
	expect(filled).toEqual(['entered-last-name']);
	expect(kept).toEqual(['entered-first-name']);
});

test('a field holding only spaces counts as empty', () => {
	expect(fillFromPaste({...empty, 'user-id': '  '}, {'user-id': '42'}).fields['user-id']).toBe('42');
});
