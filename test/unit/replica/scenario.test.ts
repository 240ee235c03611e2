import {describe, expect, test} from 'vitest';
import {applyScenarioParams, DEFAULT_SCENARIO} from '../../replica/src/state/scenario';

const at = (query: string): URL => new URL(`https://www.portal.eiam.admin.ch/portal/adminservice/app/home${query}`);

describe('replica scenario parameters', () => {
	test('one URL sets up a test', () => {
		const update = applyScenarioParams(
			DEFAULT_SCENARIO,
			at('?lang=FR&delay=0&users=10000&pending=2110430,junk&expired=2376660&menus=body&rows=25&iconlabels=1'),
		);
		expect(update.scenario).toEqual({
			...DEFAULT_SCENARIO,
			lang: 'fr',
			delay: 0,
			users: 10_000,
			pending: ['2110430'],
			expired: ['2376660'],
			menus: 'body',
			rows: 25,
			iconLabels: true,
		});
		expect(update.rebuildUsers).toBe(true);
		expect(update.cleanedUrl).toBe('/portal/adminservice/app/home');
	});

	test('parameters persist until reset=1 restores the defaults', () => {
		const stored = {...DEFAULT_SCENARIO, lang: 'it' as const, delay: 0};
		expect(applyScenarioParams(stored, at('')).scenario).toEqual(stored);
		const reset = applyScenarioParams(stored, at('?reset=1&lang=en'));
		expect(reset.reset).toBe(true);
		expect(reset.scenario).toEqual({...DEFAULT_SCENARIO, lang: 'en'});
	});

	test('other query parameters stay in the address bar', () => {
		const update = applyScenarioParams(DEFAULT_SCENARIO, at('?delay=5&tab=2'));
		expect(update.cleanedUrl).toBe('/portal/adminservice/app/home?tab=2');
		expect(applyScenarioParams(DEFAULT_SCENARIO, at('?tab=2')).cleanedUrl).toBeUndefined();
	});

	test('out-of-range values are clamped', () => {
		const update = applyScenarioParams(DEFAULT_SCENARIO, at('?users=99999&delay=-5&lang=xx'));
		expect(update.scenario.users).toBe(10_000);
		expect(update.scenario.delay).toBe(0);
		expect(update.scenario.lang).toBe('de');
	});
});
