import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect} from 'vitest';
import {unexpectedRequests} from './support/chromium';
import {checked, chromiumTest} from './support/fixtures';
import {launchChromiumWithPolicy, type PolicySession} from './support/managed-policy';
import {expectStep, marked, markedText} from './support/overlay';
import {ROOT} from './support/paths';
import {RENAMED, expectCodeSent, recordPanelStatuses, resendUpToCompleted, statuses} from './support/teach';

/*
 * The worked example of docs/deployment.md ("Learned targets"), read from the document itself so the two cannot
 * drift: loaded as a real Chromium policy, it makes resend-code find the renamed button without anyone teaching it.
 */
function documentedPolicy(): Record<string, unknown> {
	const doc = readFileSync(join(ROOT, 'docs/deployment.md'), 'utf8');
	const marker = doc.indexOf('<!-- learnedTargets example');
	const block = /```json\n([\s\S]*?)\n```/.exec(doc.slice(marker));
	if (marker < 0 || !block?.[1]) throw new Error('docs/deployment.md has no learnedTargets example');
	const file = JSON.parse(block[1]) as {'3rdparty': {extensions: Record<string, Record<string, unknown>>}};
	const values = file['3rdparty'].extensions['<extension-id>'];
	if (!values) throw new Error('the example does not name <extension-id>');
	return values;
}

const POLICY = documentedPolicy();

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

describe('learned targets preset by policy (the example in docs/deployment.md)', () => {
	let session: PolicySession;
	test.beforeAll(({policy}) => {
		session = policy;
	});

	test('the example is a learnedTargets policy with the renamed button', () => {
		expect(POLICY).toMatchObject({learnedTargets: {version: 1, targets: [{name: RENAMED.de}]}});
	});

	test('the guide finds the renamed control from the policy at once, never lost, and ends', async () => {
		// Chromium loads extension policies after start-up; a superuser opens the portal long after that. Wait for the
		// extension to see the policy, as the options page test does, so the guide tests the learned target, not
		// Chromium's start-up.
		const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
		await expect
			.poll(() =>
				worker.evaluate<boolean>(`chrome.storage.managed.get().then((policy) => 'learnedTargets' in policy)`),
			)
			.toBe(true);
		const page: Page = await session.newPage();
		await resendUpToCompleted(page, 'de');
		await recordPanelStatuses(page);
		await expectStep(page, 'resend-code', 'send-code');
		expect(await markedText(page)).toContain(RENAMED.de);
		await marked(page).click();
		await expectCodeSent(page, 'de');
		expect(await statuses(page)).not.toContain('lost');
		await page.close();
	});

	test('the options page lists the administrator’s learned target read-only and shows the support address', async () => {
		const page = await session.newPage();
		await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
		await page.locator('[data-eiam-assist-options][data-state="ready"]').waitFor();
		const item = page.locator('[data-eiam-assist-learned-item]');
		await expect.poll(() => item.count()).toBe(1);
		expect(await item.textContent()).toContain(`«${RENAMED.de}»`);
		expect(await item.getByRole('button').count()).toBe(0);
		expect(await page.locator('[name="supportAddress"]').inputValue()).toBe('informatik@gef.be.ch');
		await page.close();
	});
});
