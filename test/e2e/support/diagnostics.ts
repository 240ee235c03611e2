import {expect} from 'vitest';
import type {Page} from 'playwright-core';
import {FIXTURE_USERS} from '../../replica/src/data/users';
import {SIGNED_IN_USER} from '../../replica/src/data/superuser';
import {label} from '../../replica/src/i18n/labels';
import {LANGS, type Lang} from '../../replica/src/i18n/lang';
import {expectStep, panel} from './overlay';
import {RENAMED} from './teach';

/** Everything personal any replica page shows: names, e-mail addresses, ids, phone numbers, onboarding codes. */
export const PERSONAL_DATA: readonly string[] = [
	SIGNED_IN_USER,
	...FIXTURE_USERS.flatMap((user) => [
		user.firstName,
		user.lastName,
		user.email,
		user.extId,
		user.phone,
		user.mobile,
		user.onboardingCode,
		user.birthDate,
		...user.profiles.map((profile) => profile.id),
	]),
].filter((value) => value.trim().length >= 3);

const inPanel = (selector: string): string => `#eiam-assist-root [data-eiam-assist-panel] ${selector}`;

/**
 * Opens the diagnostics report of the lost send-code step and reads it. (Switching the portal's language on the
 * completed page would end the guide: the page's own success alert changes its words and counts as a new
 * confirmation, so each language walks the guide afresh.)
 */
export async function lostStepReport(page: Page): Promise<string> {
	await expectStep(page, 'resend-code', 'send-code', 'lost');
	await page.locator(inPanel('[data-eiam-assist-diagnostics]')).click();
	const field = page.locator(inPanel('textarea[data-eiam-assist-diagnostics-report]'));
	await field.waitFor();
	const report = await field.inputValue();
	await page.locator(inPanel('[data-eiam-assist-diagnostics-close]')).click();
	expect(await panel(page).getAttribute('data-status')).toBe('lost');
	return report;
}

/** The report names the page's headings and buttons as shown, says what was searched, and holds nothing personal. */
export function expectSafeReport(report: string, lang: Lang): void {
	expect(report).toContain('page: completed');
	expect(report).toContain(`language: ${lang}`);
	expect(report).toContain('guide: resend-code');
	expect(report).toContain('searched: button "sendOnboardingCode"');
	for (const other of LANGS) expect(report).toContain(label(other, 'completed', 'sendOnboardingCodeButton'));
	for (const heading of [label(lang, 'completed', 'title'), label(lang, 'completed', 'onboardingHeading')]) {
		expect(report).toMatch(new RegExp(`heading\\(\\d\\) "${heading}"`));
	}
	for (const button of [
		label(lang, 'completed', 'manageOtherUsersButton'),
		label(lang, 'completed', 'printButton'),
		label(lang, 'completed', 'closeButton'),
		RENAMED[lang],
	]) {
		expect(report).toContain(`button "${button}"`);
	}
	const lower = report.toLowerCase();
	for (const value of PERSONAL_DATA) expect(lower, `«${value}» in the report`).not.toContain(value.toLowerCase());
	expect(report).not.toMatch(/\d{4}/);
	expect(report).not.toContain('@');
}
