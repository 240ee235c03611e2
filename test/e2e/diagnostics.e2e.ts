import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {LANGS} from '../replica/src/i18n/lang';
import {expectSafeReport, lostStepReport} from './support/diagnostics';
import {expectStep} from './support/overlay';
import {REPLICA_NAMES} from './support/replicas';
import {resendUpToCompleted} from './support/teach';

describe.for(REPLICA_NAMES)('the diagnostics report of a lost step on the %s replica', (replica) => {
	test.override({replica});

	test.for(LANGS)('in %s it names the headings and buttons as shown, and nothing personal', async (lang, {page}) => {
		await resendUpToCompleted(page, lang);
		expectSafeReport(await lostStepReport(page), lang);
	});
});

// What the report offers depends on the extension's settings, not on the portal's markup: one replica is enough.
describe('the diagnostics report', () => {
	test('has no mail button while no support address is set', async ({page}) => {
		await resendUpToCompleted(page, 'en');
		await expectStep(page, 'resend-code', 'send-code', 'lost');
		await page.locator('#eiam-assist-root [data-eiam-assist-diagnostics]').click();
		await page.locator('#eiam-assist-root textarea[data-eiam-assist-diagnostics-report]').waitFor();
		expect(await page.locator('#eiam-assist-root [data-eiam-assist-diagnostics-mail]').count()).toBe(0);
	});
});
