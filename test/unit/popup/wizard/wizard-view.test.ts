import {describe, expect, test} from 'vitest';
import {
	FRESH_STATE,
	reduceWizard,
	type WizardAction,
	type WizardState,
} from '../../../../src/popup/wizard/wizard-state';
import {deriveWizardView, visibleError} from '../../../../src/popup/wizard/wizard-view';

const fill = (values: Partial<WizardState['fields']>, state: WizardState = FRESH_STATE): WizardState =>
	Object.entries(values).reduce(
		(current, [field, value]) => reduceWizard(current, {type: 'edit', field, value} as WizardAction),
		state,
	);

const both = {
	'entered-first-name': 'Anna',
	'entered-last-name': 'Müller',
	'entered-email': 'anna.mueller@ksa.ch',
	'registered-first-name': 'Anna',
	'registered-last-name': 'Muller',
	'registered-email': 'anna.mueller@ksa.ch',
};

describe('the wizard view', () => {
	test('no suggestion while a data set is incomplete', () => {
		const view = deriveWizardView(fill({...both, 'registered-email': ''}));
		expect(view.suggestion).toBeUndefined();
		expect(view.errors.get('registered-email')).toBe('required');
	});

	test('a suggestion as soon as both data sets are valid', () => {
		expect(deriveWizardView(fill(both)).suggestion).toBe('negligible');
	});

	test('a half-typed user id does not hide the suggestion, but blocks the e-mails', () => {
		const view = deriveWizardView(fill({...both, 'user-id': '21104x'}));
		expect(view.suggestion).toBe('negligible');
		expect(view.input).toBeUndefined();
		expect(view.errors.get('user-id')).toBe('invalid-user-id');
	});

	test('answers refine an unsure suggestion', () => {
		const unsure = fill({...both, 'registered-email': 'anna.mueller@spital-xy.ch'});
		expect(deriveWizardView(unsure).suggestion).toBe('unsure');
		const yes = reduceWizard(unsure, {type: 'answer', question: 'same-person-work-address', value: true});
		expect(deriveWizardView(yes).suggestion).toBe('negligible');
		const no = reduceWizard(unsure, {type: 'answer', question: 'same-person-work-address', value: false});
		expect(deriveWizardView(no).suggestion).toBe('other-person');
	});

	test('errors show only after the field was left or the user tried to continue', () => {
		const state = fill({'entered-email': 'anna@'});
		const view = deriveWizardView(state);
		expect(visibleError(state, view, 'entered-email')).toBeUndefined();
		const left = reduceWizard(state, {type: 'touch', field: 'entered-email'});
		expect(visibleError(left, view, 'entered-email')).toBe('invalid-email');
		expect(visibleError(left, view, 'registered-email')).toBeUndefined();
		const submitted = reduceWizard(state, {type: 'submit'});
		expect(visibleError(submitted, view, 'registered-email')).toBe('required');
	});
});
