import {describe, expect, test} from 'vitest';
import type {WizardInput} from '../../../src/wizard/input';
import {
	CHECKLIST_ITEM_IDS,
	OUTCOMES,
	isChecklistDone,
	isOutcome,
	outcomeChecklist,
} from '../../../src/wizard/outcome-checklist';

const input: WizardInput = {
	entered: {firstName: 'Anna', lastName: 'Müller', email: 'anna.mueller@ksa.ch'},
	registered: {firstName: 'Anna', lastName: 'Müller', email: 'anna.mueller@gmail.com'},
	userId: '2110430',
	mailDate: '2026-03-12',
};

const ids = (outcome: (typeof OUTCOMES)[number], data: WizardInput = input): string[] =>
	outcomeChecklist(outcome, data).map((item) => item.id);

describe('outcome checklists (SpiGes handbook, "Support for users")', () => {
	test('a negligible difference needs nothing but a confirmation that it was checked', () => {
		expect(outcomeChecklist('negligible', input)).toEqual([{id: 'nothing-to-do', action: {kind: 'none'}}]);
	});

	test('private e-mail leads to deactivate, contact the person, create a new profile', () => {
		expect(ids('private-email')).toEqual(['deactivate-profile', 'contact-person', 'create-profile']);
	});

	test('another person leads to deactivate and report', () => {
		expect(ids('other-person')).toEqual(['deactivate-profile', 'report-escalation']);
	});

	test('deactivating starts the deactivate-user guide for the profile of the user id', () => {
		for (const outcome of ['private-email', 'other-person'] as const) {
			expect(outcomeChecklist(outcome, input)[0]?.action).toEqual({
				kind: 'guide',
				guide: 'deactivate-user',
				context: {deactivate: 'profile', extId: '2110430'},
			});
		}
	});

	test('without a user id the guide still starts, and lets the superuser pick the person', () => {
		expect(outcomeChecklist('other-person', {...input, userId: undefined})[0]?.action).toEqual({
			kind: 'guide',
			guide: 'deactivate-user',
			context: {deactivate: 'profile'},
		});
	});

	test('any user id the wizard accepts reaches the guide, so it can point at that person', () => {
		const action = outcomeChecklist('other-person', {...input, userId: '12345678901234567890'})[0]?.action;
		expect(action).toEqual({
			kind: 'guide',
			guide: 'deactivate-user',
			context: {deactivate: 'profile', extId: '12345678901234567890'},
		});
	});

	test('the e-mail steps name their mailto action', () => {
		expect(outcomeChecklist('private-email', input)[1]?.action).toEqual({kind: 'mail', mail: 'contact-user'});
		expect(outcomeChecklist('other-person', input)[1]?.action).toEqual({kind: 'mail', mail: 'escalate'});
	});

	test('the new profile gets the professional address entered in the portal', () => {
		const create = outcomeChecklist('private-email', input)[2];
		expect(create?.action).toEqual({kind: 'guide', guide: 'create-user', context: {}});
		expect(create?.address).toBe('anna.mueller@ksa.ch');
	});

	test('when the portal has a private address too, the new address is left open (the person is asked for it)', () => {
		const privateBoth: WizardInput = {...input, entered: {...input.entered, email: 'anna.m@bluewin.ch'}};
		expect(outcomeChecklist('private-email', privateBoth)[2]).not.toHaveProperty('address');
	});

	test('every item id is a known, persisted id', () => {
		for (const outcome of OUTCOMES) {
			for (const id of ids(outcome)) expect(CHECKLIST_ITEM_IDS).toContain(id);
		}
	});
});

describe('checklist progress', () => {
	const items = outcomeChecklist('other-person', input);

	test('is done once every item is ticked, in any order', () => {
		expect(isChecklistDone(items, ['report-escalation', 'deactivate-profile'])).toBe(true);
	});

	test('is not done while an item is open', () => {
		expect(isChecklistDone(items, ['deactivate-profile'])).toBe(false);
	});

	test('ticks of another outcome do not count', () => {
		expect(isChecklistDone(items, ['deactivate-profile', 'contact-person', 'create-profile'])).toBe(false);
	});
});

test('unsure is not an outcome the superuser can confirm', () => {
	expect(isOutcome('unsure')).toBe(false);
	expect(OUTCOMES.every(isOutcome)).toBe(true);
});
