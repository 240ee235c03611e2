import {describe, expect, test} from 'vitest';
import {
	applyScenarioParams,
	DEFAULT_SCENARIO,
	lateAlertsDelay,
	loadScenario,
	saveScenario,
	SCENARIO_STORAGE_KEY,
} from '../../replica/src/state/scenario';

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

	test('alerts=late, rename and privatemail are read, and junk in them is dropped', () => {
		const update = applyScenarioParams(
			DEFAULT_SCENARIO,
			at('?alerts=late&rename=send-code,no-such-control&privatemail=2110430,abc,2376660'),
		);
		expect(update.scenario.alerts).toBe('late');
		expect(update.scenario.rename).toEqual(['send-code']);
		expect(update.scenario.privateMail).toEqual(['2110430', '2376660']);
		// Other addresses change the list, so it is built again.
		expect(update.rebuildUsers).toBe(true);
		expect(update.cleanedUrl).toBe('/portal/adminservice/app/home');
		expect(applyScenarioParams(update.scenario, at('?alerts=soon')).scenario.alerts).toBe('with-data');
	});

	test('the new parameters survive a reload and fall back to their defaults when the stored value is junk', () => {
		const storage = new Map<string, string>();
		const fake = {
			getItem: (key: string) => storage.get(key) ?? null,
			setItem: (key: string, value: string) => void storage.set(key, value),
		} as unknown as Storage; // Only getItem/setItem are used by load/saveScenario.
		const scenario = {
			...DEFAULT_SCENARIO,
			alerts: 'late' as const,
			rename: ['send-code' as const],
			privateMail: ['2110430'],
		};
		saveScenario(fake, scenario);
		expect(loadScenario(fake)).toEqual(scenario);
		fake.setItem(SCENARIO_STORAGE_KEY, JSON.stringify({alerts: 'sometimes', rename: ['x'], privateMail: 5}));
		const fallback = loadScenario(fake);
		expect([fallback.alerts, fallback.rename, fallback.privateMail]).toEqual(['with-data', [], []]);
	});

	test('late alerts come at least 600 ms after the data, three delays on slow scenarios', () => {
		expect(lateAlertsDelay(0)).toBe(600);
		expect(lateAlertsDelay(150)).toBe(600);
		expect(lateAlertsDelay(1000)).toBe(3000);
	});

	test('out-of-range values are clamped', () => {
		const update = applyScenarioParams(DEFAULT_SCENARIO, at('?users=99999&delay=-5&lang=xx'));
		expect(update.scenario.users).toBe(10_000);
		expect(update.scenario.delay).toBe(0);
		expect(update.scenario.lang).toBe('de');
	});
});
