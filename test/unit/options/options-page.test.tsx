// @vitest-environment happy-dom
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {afterEach, describe, expect, test, vi} from 'vitest';
import type {HostPermissions} from '../../../src/options/host-permissions';
import {OptionsPage} from '../../../src/options/options-page';
import {createSettingsItem} from '../../../src/shared/settings';
import {createMemoryStorage, type MemoryStorage} from '../../../src/shared/settings-storage';

afterEach(cleanup);

function fakePermissions(
	answer: boolean | Error,
	granted = false,
): HostPermissions & {request: ReturnType<typeof vi.fn>; remove: ReturnType<typeof vi.fn>} {
	return {
		contains: vi.fn(() => Promise.resolve(granted)),
		request: vi.fn(() => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer))),
		remove: vi.fn(() => Promise.resolve(true)),
	};
}

async function show(
	storage: MemoryStorage = createMemoryStorage(),
	options: {browserLanguage?: string; permissions?: HostPermissions} = {},
) {
	const view = render(
		<OptionsPage
			settings={createSettingsItem(storage)}
			permissions={options.permissions ?? fakePermissions(false)}
			browserLanguage={options.browserLanguage ?? 'de-CH'}
			saveDelay={0}
		/>,
	);
	await waitFor(() => expect(view.container.querySelector('[data-state="ready"]')).not.toBeNull());
	return view;
}

const field = (name: string): HTMLInputElement => {
	const element = document.querySelector<HTMLInputElement>(`[name="${name}"]`);
	if (!element) throw new Error(`no field ${name}`);
	return element;
};

describe('the options page', () => {
	test('speaks the browser’s language, with each label bound to its input', async () => {
		await show(createMemoryStorage(), {browserLanguage: 'fr-CH'});
		expect(screen.getByRole('heading', {level: 1}).textContent).toBe('eIAM Assist – Réglages');
		expect(screen.getByLabelText('Prénom et nom').getAttribute('name')).toBe('superuserName');
		expect(screen.getByLabelText('Canton').getAttribute('name')).toBe('canton');
		expect(screen.getByLabelText('Adresse e-mail pour les escalades').getAttribute('name')).toBe(
			'escalationAddress',
		);
		expect(document.documentElement.lang).toBe('fr');
	});

	test('saves what the user types and says so', async () => {
		const storage = createMemoryStorage();
		await show(storage);
		fireEvent.input(field('superuserName'), {target: {value: 'Anna Muster'}});
		await waitFor(() => expect(storage.syncData).toMatchObject({superuserName: 'Anna Muster'}));
		await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Gespeichert'));
	});

	test('an invalid escalation address gets a message, is marked invalid and is not saved', async () => {
		const storage = createMemoryStorage();
		await show(storage, {browserLanguage: 'it'});
		fireEvent.input(field('escalationAddress'), {target: {value: 'spiges@'}});
		const message = await screen.findByText(/Inserite un indirizzo e-mail valido/);
		expect(field('escalationAddress').getAttribute('aria-invalid')).toBe('true');
		expect(field('escalationAddress').getAttribute('aria-describedby')).toContain(message.id);
		expect(storage.syncData).toEqual({});
		fireEvent.input(field('escalationAddress'), {target: {value: 'spiges@ti.ch'}});
		await waitFor(() => expect(storage.syncData).toMatchObject({escalationAddress: 'spiges@ti.ch'}));
		expect(screen.queryByText(/Inserite un indirizzo e-mail valido/)).toBeNull();
	});

	test('a name of only invisible characters is marked invalid with a message and not saved (#13)', async () => {
		const storage = createMemoryStorage();
		await show(storage);
		fireEvent.input(field('superuserName'), {target: {value: '\u200B\u200C'}});
		const message = await screen.findByText(/Hier stehen nur unsichtbare Zeichen/);
		expect(field('superuserName').getAttribute('aria-invalid')).toBe('true');
		expect(field('superuserName').getAttribute('aria-describedby')).toContain(message.id);
		expect(storage.syncData).toEqual({});
		fireEvent.input(field('superuserName'), {target: {value: 'Anna Muster'}});
		await waitFor(() => expect(storage.syncData).toMatchObject({superuserName: 'Anna Muster'}));
		expect(field('superuserName').getAttribute('aria-invalid')).toBeNull();
	});

	test('templates over the browser’s sync limit are not saved, and the page says which one to shorten (#13)', async () => {
		// Seven long German templates fill most of one sync item (8 KB: 7,492 bytes); the third is the longest
		// in bytes (600 × «ä», two bytes each).
		const stored = Array.from({length: 7}, (_, index) => ({
			id: `t${String(index)}`,
			reason: 'other',
			text: index === 2 ? 'ä'.repeat(600) : 'a'.repeat(1000),
		}));
		const storage = createMemoryStorage({sync: {'customTemplates.de': stored}});
		await show(storage);
		expect(document.querySelectorAll('textarea[name="template-text"]')).toHaveLength(7);
		fireEvent.click(screen.getByRole('button', {name: /Vorlage hinzufügen/}));
		const added = document.querySelectorAll<HTMLTextAreaElement>('textarea[name="template-text"]')[7]!;
		fireEvent.input(added, {target: {value: 'b'.repeat(900)}});
		const message = await screen.findByText(/Kürzen Sie Vorlage 3, die längste, oder entfernen Sie eine/);
		expect(message.textContent).toContain('Deutsch');
		// Not «try again in a minute»: nothing was written, the saved list is the one before.
		expect(screen.getByRole('status').textContent).not.toMatch(/Minute/);
		expect(storage.syncData['customTemplates.de']).toHaveLength(7);
		fireEvent.input(added, {target: {value: 'b'.repeat(100)}});
		await waitFor(() => expect(storage.syncData['customTemplates.de']).toHaveLength(8));
		expect(screen.queryByText(/Kürzen Sie Vorlage/)).toBeNull();
	});

	test('a locked field is disabled and says «Von Ihrer IT vorgegeben»', async () => {
		await show(createMemoryStorage({managed: {canton: 'BE', locked: ['canton']}}));
		expect(field('canton').disabled).toBe(true);
		expect(field('canton').value).toBe('BE');
		expect(document.querySelector('[data-eiam-assist-locked="canton"]')?.textContent).toBe(
			'Von Ihrer IT vorgegeben',
		);
		expect(field('superuserName').disabled).toBe(false);
	});

	test('reports stored values that failed validation at the top, in the user’s language', async () => {
		await show(createMemoryStorage({sync: {escalationAddress: 'nonsense', uiLanguage: 'en'}}));
		expect(screen.getByRole('alert').textContent).toContain(
			'“Escalation e-mail address”: the stored value was not valid and has been replaced by the default.',
		);
		expect(field('escalationAddress').value).toBe('spiges@bfs.admin.ch');
	});

	test('a change made elsewhere shows up, but never over what the user is typing', async () => {
		const storage = createMemoryStorage();
		render(
			<OptionsPage
				settings={createSettingsItem(storage)}
				permissions={fakePermissions(false)}
				browserLanguage="de"
				saveDelay={60_000}
			/>,
		);
		await waitFor(() => expect(document.querySelector('[data-state="ready"]')).not.toBeNull());
		fireEvent.input(field('superuserName'), {target: {value: 'Anna Mus'}});
		fireEvent.input(field('escalationAddress'), {target: {value: 'spiges@'}});
		// Another tab (or another computer, through sync) changes three fields meanwhile.
		await storage.sync.set({canton: 'GR', superuserName: 'Somebody Else', escalationAddress: 'other@gr.ch'});
		await waitFor(() => expect(field('canton').value).toBe('GR'));
		expect(field('superuserName').value).toBe('Anna Mus'); // not saved yet: the user's typing wins
		expect(field('escalationAddress').value).toBe('spiges@'); // invalid, with its message: left for the user to fix
	});
});

describe('the training environment switch', () => {
	test('asks for the acceptance host and switches on when the user allows it', async () => {
		const storage = createMemoryStorage();
		const permissions = fakePermissions(true);
		await show(storage, {permissions});
		fireEvent.click(field('trainingEnvironment'));
		expect(permissions.request).toHaveBeenCalledWith(['https://www.portal-a.eiam.admin.ch/*']);
		await waitFor(() => expect(storage.syncData).toMatchObject({trainingEnvironment: true}));
		expect(field('trainingEnvironment').checked).toBe(true);
	});

	test.each([
		['the user refuses', false],
		['the browser rejects the request', new Error('Only permissions specified in the manifest may be requested.')],
	])('goes back off with a message when %s', async (_case, answer) => {
		const storage = createMemoryStorage();
		await show(storage, {permissions: fakePermissions(answer)});
		fireEvent.click(field('trainingEnvironment'));
		const message = await screen.findByText(
			'Der Zugriff auf die Schulungsumgebung wurde nicht erlaubt. Sie bleibt ausgeschaltet.',
		);
		expect(message.getAttribute('data-eiam-assist-training-message')).toBe('refused');
		expect(field('trainingEnvironment').checked).toBe(false);
		expect(storage.syncData).not.toHaveProperty('trainingEnvironment');
	});

	test('switching off gives the host back', async () => {
		const storage = createMemoryStorage({sync: {trainingEnvironment: true}});
		const permissions = fakePermissions(true, true);
		await show(storage, {permissions});
		await waitFor(() => expect(field('trainingEnvironment').checked).toBe(true));
		fireEvent.click(field('trainingEnvironment'));
		await waitFor(() => expect(storage.syncData).not.toHaveProperty('trainingEnvironment'));
		expect(permissions.remove).toHaveBeenCalledWith(['https://www.portal-a.eiam.admin.ch/*']);
	});

	test('on a computer without the grant (the setting came through sync) it says so', async () => {
		await show(createMemoryStorage({sync: {trainingEnvironment: true}}), {
			permissions: fakePermissions(true, false),
		});
		expect(await screen.findByText(/in diesem Browser aber noch nicht erlaubt/)).not.toBeNull();
		expect(field('trainingEnvironment').checked).toBe(false);
	});
});

describe('the options page before the policy has answered (#14)', () => {
	/** A memory storage whose managed area answers only when `answer` is called, as Chromium may take a second. */
	function slowPolicy(initial: Parameters<typeof createMemoryStorage>[0]) {
		const storage = createMemoryStorage(initial);
		let answer: (policy: Record<string, unknown>) => void = () => undefined;
		const pending = new Promise<Record<string, unknown>>((resolve) => {
			answer = resolve;
		});
		storage.managed = {get: () => pending};
		return {storage, answer: (policy: Record<string, unknown>) => answer(policy)};
	}

	const showEarly = async (storage: MemoryStorage) => {
		const view = render(
			<OptionsPage
				settings={createSettingsItem(storage)}
				permissions={fakePermissions(false)}
				browserLanguage="de-CH"
				saveDelay={0}
			/>,
		);
		await waitFor(() => expect(view.container.querySelector('[data-state="early"]')).not.toBeNull());
		return view;
	};

	test('the form is usable at once, and a lock seen before is shown at once', async () => {
		const {storage} = slowPolicy({
			sync: {superuserName: 'Anna Muster'},
			session: {managedPolicy: {superuserName: 'IT Bern', locked: ['superuserName']}},
		});
		await showEarly(storage);
		expect(field('superuserName').value).toBe('IT Bern');
		expect(field('superuserName').disabled).toBe(true);
		expect(screen.getByText('Von Ihrer IT vorgegeben')).not.toBeNull();
	});

	test('typing into a field a late policy locks: the field is reset and locked, the page says so, the rest is saved', async () => {
		const {storage, answer} = slowPolicy({});
		const view = await showEarly(storage);
		fireEvent.input(field('superuserName'), {target: {value: 'Anna Muster'}});
		fireEvent.input(field('escalationAddress'), {target: {value: 'spiges@be.ch'}});
		answer({superuserName: 'IT Bern', locked: ['superuserName']});
		await waitFor(() => expect(view.container.querySelector('[data-state="ready"]')).not.toBeNull());
		await waitFor(() => expect(field('superuserName').value).toBe('IT Bern'));
		expect(field('superuserName').disabled).toBe(true);
		expect(
			await screen.findByText(/Nicht gespeichert: «Vor- und Nachname» ist von Ihrer IT vorgegeben/),
		).not.toBeNull();
		await waitFor(() => expect(storage.syncData).toMatchObject({escalationAddress: 'spiges@be.ch'}));
		expect(storage.syncData).not.toHaveProperty('superuserName');
	});
});
