import {describe, expect} from 'vitest';
import {firefoxTest as test} from './support/fixtures';

/*
 * Firefox without policies.json: storage.managed.get rejects ("Managed storage manifest not found"), which must
 * read as "no managed values", never as a broken options page.
 */
describe('the options page in Firefox', () => {
	test('renders and saves although Firefox has no managed storage without a policy', async ({firefox}) => {
		const page = await firefox.openExtensionPage('src/options/index.html');
		await expect
			.poll(() =>
				page.evaluate<string | null>(
					`document.querySelector('[data-eiam-assist-options]')?.dataset.state ?? null`,
				),
			)
			.toBe('ready');
		expect(await page.evaluate<boolean>(`browser.storage.managed.get().then(() => false, () => true)`)).toBe(true);
		expect(
			await page.evaluate<number>(
				`document.querySelectorAll('[data-eiam-assist-locked], [data-eiam-assist-problems]').length`,
			),
		).toBe(0);
		await page.evaluate(`(() => {
			const select = document.querySelector('[name="canton"]');
			select.value = 'TI';
			select.dispatchEvent(new Event('change', {bubbles: true}));
			return true;
		})()`);
		// BiDi returns objects in its own serialisation; a JSON string compares plainly.
		await expect
			.poll(() => page.evaluate<string>(`browser.storage.sync.get('canton').then(JSON.stringify)`))
			.toBe('{"canton":"TI"}');
	});
});
