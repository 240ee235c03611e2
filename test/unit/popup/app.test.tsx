// @vitest-environment happy-dom
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {App} from '../../../src/popup/app';
import type {PopupServices} from '../../../src/popup/popup-services';
import {serializeWizardState, FRESH_STATE, type WizardState} from '../../../src/popup/wizard/wizard-state';
import {MessageError} from '../../../src/shared/message-error';
import type {PortalPerson} from '../../../src/shared/portal-data';
import {DEFAULT_SETTINGS, type Settings} from '../../../src/shared/settings-schema';

type Mock = PopupServices & {saved: unknown[]; cleared: number; guides: unknown[]};

function services(options: {settings?: Partial<Settings>; stored?: unknown; person?: PortalPerson | null} = {}): Mock {
	const mock: Mock = {
		saved: [],
		cleared: 0,
		guides: [],
		loadSettings: () => Promise.resolve({...DEFAULT_SETTINGS, ...options.settings}),
		onSettingsChanged: () => undefined,
		loadState: () => Promise.resolve(options.stored),
		saveState: (state) => {
			mock.saved.push(state);
			return Promise.resolve();
		},
		clearState: () => {
			mock.cleared += 1;
			return Promise.resolve();
		},
		readPortalPerson: () => Promise.resolve(options.person ?? null),
		startGuide: (guide, context) => {
			mock.guides.push({guide, context});
			return Promise.resolve();
		},
		openOptions: () => Promise.resolve(),
		copyText: vi.fn(() => Promise.resolve()),
		browserLanguage: 'de-CH',
		now: () => new Date('2026-03-12T09:00:00Z'),
	};
	return mock;
}

function input(name: string): HTMLInputElement {
	const element = document.querySelector(`[name="${name}"]`);
	if (!(element instanceof HTMLInputElement)) throw new Error(`no input ${name}`);
	return element;
}

function type(name: string, value: string): void {
	fireEvent.input(input(name), {target: {value}});
}

async function ready(): Promise<void> {
	await waitFor(() => expect(document.querySelector('form')).not.toBeNull());
}

function fillBoth(registeredEmail = 'anna.mueller@gmail.com'): void {
	type('entered-first-name', 'Anna');
	type('entered-last-name', 'Müller');
	type('entered-email', 'anna.mueller@ksa.ch');
	type('registered-first-name', 'Anna');
	type('registered-last-name', 'Müller');
	type('registered-email', registeredEmail);
}

const suggested = (): string | null | undefined =>
	document.querySelector('[data-suggested-outcome]')?.getAttribute('data-suggested-outcome');

afterEach(() => {
	cleanup();
});

describe('the wizard form', () => {
	test('shows every input of the testing contract at once, each with a label', async () => {
		render(<App services={services()} />);
		await ready();
		for (const name of [
			'entered-first-name',
			'entered-last-name',
			'entered-email',
			'registered-first-name',
			'registered-last-name',
			'registered-email',
			'user-id',
			'mail-date',
		]) {
			const element = input(name);
			expect(document.querySelector(`label[for="${element.id}"]`), name).not.toBeNull();
		}
		expect(input('mail-date').type).toBe('date');
		expect(document.querySelectorAll('fieldset legend')[0]?.textContent).toBe('Im eIAM erfasst');
	});

	test('the suggestion appears as soon as both data sets are filled', async () => {
		render(<App services={services()} />);
		await ready();
		type('entered-first-name', 'Anna');
		type('entered-last-name', 'Müller');
		type('entered-email', 'anna.mueller@ksa.ch');
		expect(suggested()).toBeUndefined();
		type('registered-first-name', 'Anna');
		type('registered-last-name', 'Müller');
		type('registered-email', 'anna.mueller@gmail.com');
		expect(suggested()).toBe('private-email');
		expect(screen.getByText(/Registriert mit einer privaten E-Mail-Adresse/)).toBeTruthy();
	});

	test('an unsure suggestion asks, and the answer decides', async () => {
		render(<App services={services()} />);
		await ready();
		fillBoth('anna.mueller@spital-xy.ch');
		expect(suggested()).toBe('unsure');
		expect(document.querySelector('[data-eiam-assist-confirm]')).toBeNull();
		expect(document.querySelectorAll('[data-eiam-assist-choose]')).toHaveLength(3);
		const no = document.querySelector<HTMLInputElement>(
			'[data-eiam-assist-question="same-person-work-address"] input[value="no"]',
		);
		fireEvent.click(no!);
		expect(suggested()).toBe('other-person');
	});

	test('errors appear in the chosen language, only after leaving the field', async () => {
		render(<App services={services({settings: {uiLanguage: 'fr'}})} />);
		await ready();
		type('entered-email', 'anna.mueller@');
		expect(document.querySelector('.field-error')).toBeNull();
		fireEvent.blur(input('entered-email'));
		const message = document.getElementById(input('entered-email').getAttribute('aria-describedby')!);
		expect(message?.textContent).toBe(
			'Veuillez saisir une seule adresse e-mail valable, p. ex. prenom.nom@hopital.ch.',
		);
		expect(input('entered-email').getAttribute('aria-invalid')).toBe('true');
		expect(input('entered-first-name').hasAttribute('aria-invalid')).toBe(false);
	});

	test('continuing with empty fields shows every error and focuses the first', async () => {
		render(<App services={services({settings: {uiLanguage: 'it'}})} />);
		await ready();
		fireEvent.submit(document.querySelector('form')!);
		await waitFor(() => expect(document.activeElement).toBe(input('entered-first-name')));
		expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(6);
		expect(screen.getAllByText('Compilare questo campo.')).toHaveLength(6);
	});

	test('prefills the entered data set from the portal on first open', async () => {
		const mock = services({
			person: {firstName: 'Chiara', lastName: 'Bianchi', email: 'chiara.bianchi@eoc.ch', userId: '2376660'},
		});
		render(<App services={mock} />);
		await waitFor(() => expect(input('entered-first-name').value).toBe('Chiara'));
		expect(input('user-id').value).toBe('2376660');
	});

	test('with no tab on the portal, «Take from the portal» says so plainly and keeps what was typed (#13)', async () => {
		const mock = services();
		mock.readPortalPerson = () => Promise.reject(new MessageError('no-portal-tab', 'No tab shows the portal'));
		render(<App services={mock} />);
		await ready();
		type('entered-first-name', 'Anna');
		fireEvent.click(screen.getByRole('button', {name: 'Aus dem Portal übernehmen'}));
		await screen.findByText(/Kein Tab zeigt das eIAM-Portal/);
		expect(input('entered-first-name').value).toBe('Anna');
	});
});

describe('the outcome', () => {
	test('confirming shows the checklist; ticks are saved', async () => {
		const mock = services({settings: {superuserName: 'Hans Muster'}});
		render(<App services={mock} />);
		await ready();
		fillBoth();
		fireEvent.click(document.querySelector('[data-eiam-assist-confirm]')!);
		expect(document.querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe('private-email');
		const mailto = document.querySelector('[data-eiam-assist-action="contact-user"]')?.getAttribute('href') ?? '';
		expect(new URL(mailto).pathname).toBe('anna.mueller@gmail.com');
		fireEvent.click(document.querySelector('[data-eiam-assist-item="deactivate-profile"]')!);
		expect(mock.saved.at(-1)).toMatchObject({outcome: 'private-email', ticked: ['deactivate-profile']});
	});

	test('Guide me starts deactivate-user for the profile', async () => {
		const mock = services();
		render(<App services={mock} />);
		await ready();
		fillBoth();
		type('user-id', '2110430');
		fireEvent.click(document.querySelector('[data-eiam-assist-confirm]')!);
		fireEvent.click(document.querySelector('[data-eiam-assist-guide="deactivate-user"]')!);
		expect(mock.guides).toEqual([{guide: 'deactivate-user', context: {deactivate: 'profile', extId: '2110430'}}]);
		await screen.findByText('Die Anleitung läuft im Portal-Tab.');
	});

	test('a failing guide start says so, without crashing', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const mock = services();
		mock.startGuide = () => Promise.reject(new Error('no portal'));
		render(<App services={mock} />);
		await ready();
		fireEvent.click(document.querySelector('[data-eiam-assist-launch="resend-code"]')!);
		await screen.findByText(/Die Anleitung konnte nicht gestartet werden/);
		expect(warn).toHaveBeenCalled();
		warn.mockRestore();
	});

	test('a too long mail replaces the link by an explanation; copy and .eml remain', async () => {
		const stored: WizardState = {
			...FRESH_STATE,
			fields: {
				...FRESH_STATE.fields,
				'entered-first-name': 'Anna',
				'entered-last-name': 'Müller',
				'entered-email': 'anna.mueller@ksa.ch',
				'registered-first-name': 'Anna',
				'registered-last-name': 'Müller',
				'registered-email': 'anna.mueller@gmail.com',
			},
			outcome: 'other-person',
		};
		const mock = services({stored: serializeWizardState(stored), settings: {signature: 'Ä'.repeat(1500)}});
		render(<App services={mock} />);
		await waitFor(() => expect(document.querySelector('[data-outcome="other-person"]')).not.toBeNull());
		expect(document.querySelector('[data-eiam-assist-action="escalate"]')).toBeNull();
		expect(document.querySelector('[data-eiam-assist-mail-too-long="escalate"]')).not.toBeNull();
		expect(document.querySelector('[data-eiam-assist-eml="escalate"]')?.getAttribute('download')).toBe(
			'eiam-escalation.eml',
		);
		fireEvent.click(document.querySelector('[data-eiam-assist-copy="escalate"]')!);
		expect(mock.copyText).toHaveBeenCalledWith(
			expect.stringMatching(/^eIAM: andere Person registriert\n\nGuten Tag/),
		);
	});
});

describe('the .eml drafts', () => {
	test('without the superuser’s own address, the popup says the mail client will ask for the sender (#13)', async () => {
		render(<App services={services()} />);
		await ready();
		fillBoth();
		fireEvent.click(document.querySelector('[data-eiam-assist-confirm]')!);
		expect(document.querySelector('[data-eiam-assist-eml="contact-user"]')).not.toBeNull();
		expect(document.querySelector('[data-eiam-assist-eml-no-sender="contact-user"]')?.textContent).toBe(
			'Der Entwurf hat keinen Absender: Ihr E-Mail-Programm fragt danach oder nimmt Ihr Standardkonto. Ihre Adresse können Sie in den Einstellungen erfassen.',
		);
	});

	test('with the superuser’s address set, the draft has a sender and no such note', async () => {
		render(<App services={services({settings: {superuserEmail: 'hans.muster@ag.ch'}})} />);
		await ready();
		fillBoth();
		fireEvent.click(document.querySelector('[data-eiam-assist-confirm]')!);
		expect(document.querySelector('[data-eiam-assist-eml="contact-user"]')).not.toBeNull();
		expect(document.querySelector('[data-eiam-assist-eml-no-sender]')).toBeNull();
	});
});

describe('state', () => {
	test('junk in storage starts a fresh wizard', async () => {
		render(<App services={services({stored: {version: 1, fields: 42}})} />);
		await ready();
		expect(input('entered-first-name').value).toBe('');
	});

	test('start over asks first, then clears', async () => {
		const mock = services();
		render(<App services={mock} />);
		await ready();
		type('entered-first-name', 'Anna');
		fireEvent.click(document.querySelector('[data-eiam-assist-start-over]')!);
		expect(input('entered-first-name').value).toBe('Anna');
		fireEvent.click(document.querySelector('[data-eiam-assist-start-over-confirm]')!);
		expect(input('entered-first-name').value).toBe('');
		expect(mock.cleared).toBe(1);
	});
});
