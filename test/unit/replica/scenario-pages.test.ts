// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.portal.eiam.admin.ch/portal/adminservice/app/home"}
import {afterAll, describe, expect, test} from 'vitest';
import {FIXTURE_IDS, FIXTURE_USERS} from '../../replica/src/data/users';
import {label} from '../../replica/src/i18n/labels';
import {RENAMES} from '../../replica/src/i18n/renames';
import {LATE_ALERTS_MIN_MS} from '../../replica/src/state/scenario';
import {STATE_STORAGE_KEY, type PersistedState} from '../../replica/src/state/store';
import {closeReplica, openReplica, pageText, settle} from './mount';

// The replica pages under the scenario parameters of issues #11, #12 and #16, in happy-dom (the E2E specs of the
// guides prove the same on both replicas in a real browser).
const UNIT = '1200.TI';
const managing = (extId: string) => ({unitId: UNIT, managedExtId: extId, listSelection: extId});

function buttonNamed(name: string): HTMLButtonElement | undefined {
	return [...document.querySelectorAll('button')].find((button) => button.textContent.trim() === name);
}

function alerts(): number {
	return document.querySelectorAll('ob-alert').length;
}

function options(): HTMLElement[] {
	const listbox = document.querySelector('[role="listbox"][aria-labelledby="business-roles-label"]');
	return [...(listbox?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
}

function press(key: string): void {
	const target = document.activeElement ?? document.body;
	target.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));
}

afterAll(() => closeReplica());

describe('completed page', () => {
	test('alerts=late shows the success and info alerts only after the data and the buttons', async () => {
		await openReplica('completed', 'de', {state: managing(FIXTURE_IDS.pending), query: 'alerts=late'});
		expect(buttonNamed(label('de', 'completed', 'sendOnboardingCodeButton'))).toBeDefined();
		expect(pageText()).toContain(FIXTURE_IDS.pending);
		expect(alerts()).toBe(0);
		await new Promise((resolve) => setTimeout(resolve, LATE_ALERTS_MIN_MS + 100));
		await settle();
		expect(alerts()).toBe(2);
		expect(pageText()).toContain(label('de', 'completed', 'successText'));
	});

	test('by default the alerts come with the data', async () => {
		await openReplica('completed', 'de', {state: managing(FIXTURE_IDS.pending)});
		expect(alerts()).toBe(2);
	});

	test('rename=send-code gives the send button words no catalogue knows, with the same icon and confirmation', async () => {
		await openReplica('completed', 'it', {state: managing(FIXTURE_IDS.pending), query: 'rename=send-code'});
		expect(buttonNamed(label('it', 'completed', 'sendOnboardingCodeButton'))).toBeUndefined();
		const renamed = buttonNamed(RENAMES['send-code'].texts.it);
		expect(renamed?.querySelector('.fa-arrow-circle-right')).not.toBeNull();
		renamed?.click();
		await settle();
		const user = FIXTURE_USERS.find((candidate) => candidate.extId === FIXTURE_IDS.pending);
		expect(document.querySelector('[role="alert"]')?.textContent).toContain(user?.email);
	});
});

describe('permissions page', () => {
	test('the business-role listbox is chosen with the keyboard; Berechtigen grants the role', async () => {
		await openReplica('permissions', 'de', {state: managing(FIXTURE_IDS.active)});
		const grant = (): HTMLButtonElement | undefined => buttonNamed(label('de', 'permissions', 'grantButton'));
		expect(grant()?.disabled).toBe(true);
		// One tab stop, nothing chosen yet.
		expect(options().filter((option) => option.tabIndex === 0)).toHaveLength(1);
		expect(options().some((option) => option.getAttribute('aria-selected') === 'true')).toBe(false);

		options()[0]?.focus();
		press('ArrowDown');
		press('ArrowDown');
		await settle();
		// Moving the focus does not choose (PrimeNG's default).
		expect(options().some((option) => option.getAttribute('aria-selected') === 'true')).toBe(false);
		const focused = document.activeElement?.getAttribute('aria-label');
		expect(focused).toBe(options()[2]?.getAttribute('aria-label'));
		press('Enter');
		await settle();
		const chosen = options().find((option) => option.getAttribute('aria-selected') === 'true');
		expect(chosen?.getAttribute('aria-label')).toBe(focused);
		expect(document.querySelector('.roles-table tbody')?.textContent).toContain('Inhalte_lesen');
		expect(grant()?.disabled).toBe(false);

		grant()?.click();
		await settle();
		const granted = document.querySelector('.granted-table tbody')?.textContent ?? '';
		expect(granted).toContain(`Über Geschäftsrolle ${focused ?? ''}`);
		expect(options().map((option) => option.getAttribute('aria-label'))).not.toContain(focused);
		expect(grant()?.disabled).toBe(true);
	});

	test('Neues Profil hinzufügen creates and selects an empty profile; Weiter waits for a grant', async () => {
		await openReplica('permissions', 'fr', {state: managing(FIXTURE_IDS.active)});
		const next = (): HTMLButtonElement | undefined => buttonNamed(label('fr', 'permissions', 'continueButton'));
		expect(next()?.disabled).toBe(false);
		buttonNamed(label('fr', 'permissions', 'addProfileButton'))?.click();
		await settle();
		const boxes = [...document.querySelectorAll('.profile-box')];
		expect(boxes).toHaveLength(2);
		expect(boxes[1]?.classList.contains('selected')).toBe(true);
		expect(boxes[1]?.textContent).toMatch(/^Profile-CHL1200\d+/);
		expect(document.querySelectorAll('.granted-table tbody tr')).toHaveLength(0);
		expect(next()?.disabled).toBe(true);
		options()[0]?.click();
		await settle();
		buttonNamed(label('fr', 'permissions', 'grantButton'))?.click();
		await settle();
		expect(next()?.disabled).toBe(false);
	});
});

describe('overview page', () => {
	test('the notification e-mail confirms, and leaves a completed onboarding completed', async () => {
		await openReplica('overview', 'en', {state: managing(FIXTURE_IDS.active)});
		const notify = buttonNamed(label('en', 'overview', 'sendNotificationEmailButton'));
		expect(notify?.disabled).toBe(true);
		const justification = document.querySelector('textarea');
		if (!justification) throw new Error('no justification field');
		justification.value = 'Role changed to KT_User';
		justification.dispatchEvent(new Event('input', {bubbles: true}));
		await settle();
		expect(notify?.disabled).toBe(false);
		notify?.click();
		await settle(8);
		const anna = FIXTURE_USERS.find((user) => user.extId === FIXTURE_IDS.active);
		expect(document.querySelector('[role="alert"]')?.textContent).toContain(
			`The notification e-mail has been sent to ${anna?.email ?? ''}`,
		);
		expect(window.location.pathname).toBe('/portal/adminservice/app/delegation/completed');
		const stored = JSON.parse(sessionStorage.getItem(STATE_STORAGE_KEY) ?? '{}') as Partial<PersistedState>;
		expect(stored.changedUsers?.[FIXTURE_IDS.active]?.onboardingStatus).toBe('completed');
	});
});
