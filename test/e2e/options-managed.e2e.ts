import type {Page} from 'playwright-core';
import {describe, expect} from 'vitest';
import {unexpectedRequests} from './support/chromium';
import {checked, chromiumTest} from './support/fixtures';
import {launchChromiumWithPolicy, type PolicySession} from './support/managed-policy';

/*
 * Managed settings through a real Chromium policy (test/e2e/support/managed-policy.ts): what a cantonal IT
 * department deploys (docs/deployment.md), delivered by Chromium's own policy stack to storage.managed.
 */

const POLICY = {
	canton: 'BE',
	uiLanguage: 'fr',
	escalationAddress: 'spiges@be.ch',
	// Fails our validation (one line only) although Chromium's schema check lets it through: reported, not applied.
	superuserFunction: 'Superuser\nSpiGes',
	customTemplates: {fr: [{reason: 'code-expired', text: 'Code d’onboarding renvoyé selon la directive cantonale.'}]},
	locked: ['canton', 'escalationAddress', 'customTemplates', 'trainingEnvironment'],
};

// The policy's browser instead of the plain one, checked after every test like it.
const test = chromiumTest.extend('policy', {scope: 'file'}, async ({launched}, {onCleanup}) => {
	const session = await launchChromiumWithPolicy(POLICY);
	onCleanup(() => session.close());
	checked(launched, {
		...session,
		label: 'Chromium with the policy',
		unexpected: (requests) => unexpectedRequests({requests}),
	});
	return session;
});

describe('settings managed by an administrator’s Chromium policy', () => {
	let session: PolicySession;

	const inExtension = async <T>(expression: string): Promise<T> => {
		const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
		return worker.evaluate<T>(expression);
	};

	async function openOptions(): Promise<Page> {
		const page = await session.newPage();
		await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
		await page.locator('[data-eiam-assist-options][data-state="ready"]').waitFor();
		return page;
	}

	test.beforeAll(({policy}) => {
		session = policy;
	});
	test.beforeEach(async () => {
		await inExtension('chrome.storage.sync.clear()');
	});

	test('the policy reaches storage.managed', async () => {
		expect(await inExtension('chrome.storage.managed.get()')).toMatchObject({canton: 'BE', locked: POLICY.locked});
	});

	test('preset and locked values are shown, locked fields read-only with «Défini par votre service informatique»', async () => {
		const page = await openOptions();
		expect(await page.locator('[data-eiam-assist-options]').getAttribute('data-lang')).toBe('fr'); // the preset language
		const canton = page.locator('[name="canton"]');
		expect(await canton.inputValue()).toBe('BE');
		expect(await canton.isDisabled()).toBe(true);
		expect(await page.locator('[data-eiam-assist-locked="canton"]').textContent()).toBe(
			'Défini par votre service informatique',
		);
		expect((await canton.getAttribute('aria-describedby'))?.split(' ')).toContain('field-canton-locked');
		const address = page.locator('[name="escalationAddress"]');
		expect(await address.inputValue()).toBe('spiges@be.ch');
		expect(await address.isDisabled()).toBe(true);
		expect(await page.locator('[name="trainingEnvironment"]').isDisabled()).toBe(true);
		// The administrator's templates, read-only, and no way to add one's own.
		const own = page.locator('[data-template-id]');
		expect(await own.count()).toBe(1);
		expect(await own.locator('[name="template-text"]').inputValue()).toBe(
			'Code d’onboarding renvoyé selon la directive cantonale.',
		);
		expect(await own.locator('[name="template-text"]').isDisabled()).toBe(true);
		expect(await page.locator('[data-template-add]').count()).toBe(0);
		// Fields the policy does not lock stay editable.
		expect(await page.locator('[name="superuserName"]').isDisabled()).toBe(false);
		expect(await page.locator('[name="uiLanguage"]').isDisabled()).toBe(false);
		await page.close();
	});

	test('an invalid policy value is reported at the top and not applied', async () => {
		const page = await openOptions();
		const problem = page.locator('[data-eiam-assist-problems] [data-problem="superuserFunction"]');
		expect(await problem.getAttribute('data-source')).toBe('managed');
		expect(await problem.textContent()).toBe(
			'«\u00A0Fonction\u00A0»\u00A0: la valeur définie par votre service informatique n’est pas valable et n’est pas appliquée.',
		);
		expect(await page.locator('[name="superuserFunction"]').inputValue()).toBe('');
		await page.close();
	});

	test('a locked value overrides what the user stored, even when it changes while the page is open', async () => {
		const page = await openOptions();
		await inExtension(
			`chrome.storage.sync.set({canton: 'ZH', escalationAddress: 'me@spital.ch', superuserName: 'Anna Muster'})`,
		);
		await expect.poll(() => page.locator('[name="superuserName"]').inputValue()).toBe('Anna Muster');
		expect(await page.locator('[name="canton"]').inputValue()).toBe('BE');
		expect(await page.locator('[name="escalationAddress"]').inputValue()).toBe('spiges@be.ch');
		await page.reload();
		await page.locator('[data-eiam-assist-options][data-state="ready"]').waitFor();
		expect(await page.locator('[name="canton"]').inputValue()).toBe('BE');
		await page.close();
	});

	test('a preset that is not locked is the user’s to change, and the change persists', async () => {
		const page = await openOptions();
		await page.locator('[name="uiLanguage"]').selectOption('de');
		await expect.poll(() => page.locator('[data-eiam-assist-options]').getAttribute('data-lang')).toBe('de');
		await expect.poll(() => inExtension('chrome.storage.sync.get("uiLanguage")')).toEqual({uiLanguage: 'de'});
		await page.reload();
		await page.locator('[data-eiam-assist-options][data-state="ready"]').waitFor();
		expect(await page.locator('[name="uiLanguage"]').inputValue()).toBe('de');
		expect(await page.locator('[data-eiam-assist-locked="canton"]').textContent()).toBe('Von Ihrer IT vorgegeben');
		await page.close();
	});

	test('a policy lock read before shows in the very first form, before the policy answers again (#14)', async () => {
		await (await openOptions()).close(); // reads the policy and keeps it in storage.session
		expect(await inExtension('chrome.storage.session.get("managedPolicy")')).toMatchObject({
			managedPolicy: {canton: 'BE', locked: POLICY.locked},
		});
		await inExtension(`chrome.storage.sync.set({canton: 'ZH'})`);
		const page = await session.newPage();
		// Records the canton field as the page first shows it, whatever state the page is in then.
		await page.addInitScript(() => {
			const record = (): boolean => {
				const field = document.querySelector<HTMLInputElement | HTMLSelectElement>('[name="canton"]');
				if (!field) return false;
				const state = document.querySelector('[data-eiam-assist-options]')?.getAttribute('data-state');
				document.documentElement.dataset.firstCanton = JSON.stringify({
					value: field.value,
					disabled: field.disabled,
					state,
				});
				return true;
			};
			const observer = new MutationObserver(() => {
				if (record()) observer.disconnect();
			});
			observer.observe(document, {childList: true, subtree: true});
		});
		await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
		await page.locator('[data-eiam-assist-options][data-state="ready"]').waitFor();
		const first = JSON.parse((await page.locator('html').getAttribute('data-first-canton')) ?? 'null') as {
			value: string;
			disabled: boolean;
			state: string;
		};
		expect(first).toMatchObject({value: 'BE', disabled: true});
		// Still enforced once the policy has answered: read-only, and a write is refused.
		const canton = page.locator('[name="canton"]');
		expect(await canton.inputValue()).toBe('BE');
		expect(await canton.isDisabled()).toBe(true);
		await expect(canton.fill('ZH', {timeout: 1000})).rejects.toThrow();
		expect(await canton.inputValue()).toBe('BE');
		await page.close();
	});

	test('a new policy reaches an open options page without a reload', async () => {
		const page = await openOptions();
		session.updatePolicy({...POLICY, canton: 'VD', locked: ['canton']});
		// Chromium rereads its policy directory once the files have been quiet for a few seconds.
		await expect
			.poll(() => page.locator('[name="canton"]').inputValue(), {timeout: 60_000, interval: 500})
			.toBe('VD');
		expect(await page.locator('[name="escalationAddress"]').isDisabled()).toBe(false);
		expect(await page.locator('[name="escalationAddress"]').inputValue()).toBe('spiges@be.ch'); // still preset, no longer locked
		await page.close();
	});
});
