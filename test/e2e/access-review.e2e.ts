import {readFile} from 'node:fs/promises';
import {describe, expect} from 'vitest';
import type {Page} from 'playwright-core';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {launcher, marked, panel} from './support/overlay';
import {openUserList} from './support/portal-steps';
import {userRow} from './support/replica-locators';
import {REPLICA_NAMES} from './support/replicas';

// The access review (issue #16) on the user list of both replicas: who needs a look and why, the portal's total,
// the CSV export, the pagination note, and one click from an entry to the matching guide.

const review = (page: Page) => page.locator('#eiam-assist-root [data-eiam-assist-review]');

async function openReview(page: Page): Promise<void> {
	await launcher(page).click();
	await page.locator('#eiam-assist-root [data-eiam-assist-start="access-review"]').click();
	await review(page).waitFor();
}

async function flagsByUser(page: Page): Promise<Record<string, string>> {
	return review(page)
		.locator('[data-eiam-assist-review-item]')
		.evaluateAll((items) =>
			Object.fromEntries(
				items.map((item) => [
					item.getAttribute('data-eiam-assist-review-item') ?? '',
					item.getAttribute('data-flags') ?? '',
				]),
			),
		);
}

describe.for(REPLICA_NAMES)('access review on the %s replica', (replica) => {
	test.override({replica});

	test('DE: flags exactly the users that need a look, the portal’s total, a CSV with BOM and «;»', async ({page}) => {
		await openUserList(page, 'de', `&privatemail=${FIXTURE_IDS.pending}`);
		await openReview(page);
		await expect.poll(() => review(page).getAttribute('data-total')).toBe('4');
		expect(await flagsByUser(page)).toEqual({
			[FIXTURE_IDS.inactive]: 'inactive',
			[FIXTURE_IDS.toArchive]: 'onboarding-pending to-archive',
			[FIXTURE_IDS.pending]: 'private-email onboarding-pending',
		});
		expect(
			await review(page).locator('[data-eiam-assist-review-note]').getAttribute('data-eiam-assist-review-note'),
		).toBe('complete');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			review(page).locator('[data-eiam-assist-review-export]').click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^eiam-access-review-\d{4}-\d{2}-\d{2}\.csv$/);
		const csv = await readFile(await download.path(), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv
			.slice(1)
			.split('\r\n')
			.filter((line) => line !== '');
		// The header and one row per user seen, flagged or not.
		expect(lines).toHaveLength(5);
		expect(lines[0]?.split(';')).toContain('Private E-Mail-Adresse');
		const chiara = lines.find((line) => line.startsWith(FIXTURE_IDS.pending)) ?? '';
		expect(chiara.split(';')).toContain('Chiara');
		expect(chiara).toContain('@');
		// Nothing was added to the portal's page (the review lives in the shadow root, the link was never attached).
		expect(await page.evaluate(() => document.querySelectorAll('a[download]').length)).toBe(0);
	});

	test('DE: a paginated list says how many users were not seen and how to show them all', async ({page}) => {
		await openUserList(page, 'de', '&users=30&rows=10');
		await openReview(page);
		await expect.poll(() => review(page).getAttribute('data-total')).toBe('30');
		const note = review(page).locator('[data-eiam-assist-review-note]');
		expect(await note.getAttribute('data-eiam-assist-review-note')).toBe('some-unseen');
		expect(await note.textContent()).toContain('20 von 30');
		expect(await note.textContent()).toContain('Zeilen pro Seite');
	});

	test('one click from an entry starts the matching guide for that person', async ({page}) => {
		await openUserList(page, 'de');
		await openReview(page);
		const chiara = review(page).locator(`[data-eiam-assist-review-item="${FIXTURE_IDS.pending}"]`);
		await chiara.locator('[data-eiam-assist-review-guide="resend-from-list"]').click();
		await expect.poll(() => panel(page).getAttribute('data-guide')).toBe('resend-from-list');
		expect(await review(page).count()).toBe(0);
		// It asks what to send (testing contract), then points into that person's row.
		await page.locator('#eiam-assist-root [data-eiam-assist-choice="new-code"]').click();
		await expect.poll(() => marked(page).count()).toBe(1);
		expect(await userRow(page, FIXTURE_IDS.pending).locator('[data-eiam-assist-target]').count()).toBe(1);
	});
});
