import {readFile} from 'node:fs/promises';
import type {Page} from 'playwright-core';
import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {FIXTURE_IDS} from '../replica/src/data/users';
import type {ChromiumSession} from './support/chromium';
import {marked, panel} from './support/overlay';
import {openPermissionsOf, openUserList} from './support/portal-steps';

// The popup's discrepancy wizard (issue 6), opened as a page of the built extension. Assertions use the testing
// contract (shared/DESIGN.md): the inputs' names, [data-suggested-outcome], [data-eiam-assist-confirm],
// [data-outcome], the mailto links' [data-eiam-assist-action]; plus the popup's own data-eiam-assist-* hooks.

type Lang = 'de' | 'fr' | 'it' | 'en';

type Person = {firstName: string; lastName: string; email: string};
type Case = {entered: Person; registered: Person; userId?: string; mailDate?: string};

/** A typo and an extra middle name, an upper-case address: nothing to do. */
const NEGLIGIBLE: Case = {
	entered: {firstName: 'Anna', lastName: 'Müller', email: 'anna.mueller@moncucco.ch'},
	registered: {firstName: 'Anna Maria', lastName: 'Mueller', email: 'Anna.Mueller@moncucco.ch'},
	userId: FIXTURE_IDS.active,
};

/** Same person, registered with a Swiss free-mail address. */
const PRIVATE_EMAIL: Case = {
	entered: {firstName: 'Chiara', lastName: 'Bianchi', email: 'chiara.bianchi@eoc.ch'},
	registered: {firstName: 'Chiara', lastName: 'Bianchi', email: 'chiara.bianchi@bluewin.ch'},
	userId: FIXTURE_IDS.pending,
};

/** Somebody else registered with the code. */
const OTHER_PERSON: Case = {
	entered: {firstName: 'Sophie', lastName: 'Favre', email: 'sophie.favre@cardiocentro.org'},
	registered: {firstName: 'Marc', lastName: 'Dubois', email: 'marc.dubois@gmail.com'},
	userId: FIXTURE_IDS.toArchive,
	mailDate: '2026-03-12',
};

describe('the discrepancy wizard in the popup', () => {
	let session: ChromiumSession;
	let popupUrl: string;

	test.beforeAll(({session: launched}) => {
		session = launched;
		popupUrl = `chrome-extension://${session.extensionId}/src/popup/index.html`;
	});

	/** Opens the popup page and waits until it restored its state (the form or the outcome is shown). */
	async function openPopup(): Promise<Page> {
		const page = await session.newPage();
		await page.setViewportSize({width: 420, height: 800});
		await page.goto(popupUrl);
		await page.locator('[data-eiam-assist-popup] form, [data-outcome]').first().waitFor();
		return page;
	}

	/** Settings and wizard state as the superuser left them: stored through the extension's own storage API. */
	async function inExtension(page: Page, expression: string): Promise<void> {
		await page.evaluate(expression);
	}

	async function setSettings(page: Page, settings: Record<string, string>): Promise<void> {
		await inExtension(
			page,
			`chrome.storage.sync.clear().then(() => chrome.storage.sync.set(${JSON.stringify(settings)}))`,
		);
		await page.reload();
		await page.locator('[data-eiam-assist-popup] form, [data-outcome]').first().waitFor();
	}

	test.beforeEach(async () => {
		const page = await openPopup();
		await inExtension(
			page,
			`chrome.storage.session.remove('popup-wizard').then(() => chrome.storage.sync.clear())`,
		);
		await page.close();
	});

	async function fillCase(page: Page, data: Case): Promise<void> {
		await page.fill('[name="entered-first-name"]', data.entered.firstName);
		await page.fill('[name="entered-last-name"]', data.entered.lastName);
		await page.fill('[name="entered-email"]', data.entered.email);
		await page.fill('[name="user-id"]', data.userId ?? '');
		await page.fill('[name="registered-first-name"]', data.registered.firstName);
		await page.fill('[name="registered-last-name"]', data.registered.lastName);
		await page.fill('[name="registered-email"]', data.registered.email);
		if (data.mailDate !== undefined) await page.fill('[name="mail-date"]', data.mailDate);
	}

	const suggestion = (page: Page): Promise<string | null> =>
		page
			.locator('[data-suggested-outcome]')
			.getAttribute('data-suggested-outcome', {timeout: 2_000})
			.catch(() => null);

	const outcome = (page: Page): Promise<string | null> =>
		page
			.locator('[data-outcome]')
			.getAttribute('data-outcome', {timeout: 2_000})
			.catch(() => null);

	/** A mailto link taken apart: recipient, subject and body decoded. */
	async function mailLink(
		page: Page,
		action: 'escalate' | 'contact-user',
	): Promise<{to: string; subject: string; body: string}> {
		const href = await page.locator(`a[data-eiam-assist-action="${action}"]`).getAttribute('href');
		const url = new URL(href ?? '');
		expect(url.protocol).toBe('mailto:');
		// The query must hold exactly subject and body: nothing typed may add a cc, a bcc or another header.
		const keys = url.search
			.slice(1)
			.split('&')
			.map((pair) => pair.split('=')[0]);
		expect(keys).toEqual(['subject', 'body']);
		const param = (name: string): string => {
			const raw =
				url.search
					.slice(1)
					.split('&')
					.find((pair) => pair.startsWith(`${name}=`))
					?.slice(name.length + 1) ?? '';
			return decodeURIComponent(raw);
		};
		return {to: decodeURIComponent(url.pathname), subject: param('subject'), body: param('body')};
	}

	describe.each<{lang: Lang; why: string}>([
		{lang: 'de', why: 'eIAM übernimmt die Angaben der registrierten Person selbst'},
		{lang: 'fr', why: 'eIAM reprend lui-même les données de la personne enregistrée'},
	])('negligible ($lang)', ({lang, why}) => {
		test('a typo and a second first name lead to «nothing to do», with the reasons in plain words', async () => {
			const page = await openPopup();
			await setSettings(page, {uiLanguage: lang});
			expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
			await fillCase(page, NEGLIGIBLE);
			await expect.poll(() => suggestion(page)).toBe('negligible');
			const reasons = await page.locator('.reasons li').allTextContents();
			expect(reasons.join('\n')).toContain('Anna Maria');
			expect(reasons.join('\n')).toContain('Mueller');
			await page.locator('[data-eiam-assist-confirm]').click();
			await expect.poll(() => outcome(page)).toBe('negligible');
			expect(await page.locator('[data-outcome]').textContent()).toContain(why);
			expect(await page.locator('[data-eiam-assist-item]').count()).toBe(1);
			expect(await page.locator('[data-eiam-assist-action], [data-eiam-assist-guide]').count()).toBe(0);
			await page.close();
		});
	});

	describe.each<{lang: Lang; subject: string; greeting: string}>([
		{
			lang: 'fr',
			subject: 'SpiGes\u00A0: veuillez vous enregistrer avec votre adresse e-mail professionnelle',
			greeting: 'Bonjour Chiara Bianchi,',
		},
		{
			lang: 'it',
			subject: 'SpiGes: registrarsi con l’indirizzo e-mail professionale',
			greeting: 'Buongiorno Chiara Bianchi,',
		},
	])('private e-mail ($lang)', ({lang, subject, greeting}) => {
		test('leads to deactivate, contact the person in the chosen language, create a new profile', async () => {
			const page = await openPopup();
			await setSettings(page, {uiLanguage: lang, superuserName: 'Hans Muster', phone: '091 814 00 00'});
			await fillCase(page, PRIVATE_EMAIL);
			await expect.poll(() => suggestion(page)).toBe('private-email');
			await page.locator('[data-eiam-assist-confirm]').click();
			await expect.poll(() => outcome(page)).toBe('private-email');
			expect(
				await page
					.locator('[data-eiam-assist-item]')
					.evaluateAll((items) => items.map((item) => item.getAttribute('data-eiam-assist-item'))),
			).toEqual(['deactivate-profile', 'contact-person', 'create-profile']);
			expect(
				await page
					.locator('[data-eiam-assist-guide]')
					.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-eiam-assist-guide'))),
			).toEqual(['deactivate-user', 'create-user']);
			// The new profile is for the professional address entered in the portal.
			expect(await page.locator('label[for="item-create-profile"]').textContent()).toContain(
				'chiara.bianchi@eoc.ch',
			);

			// The message to the person: to the address they registered with, by default in the UI language …
			const mail = await mailLink(page, 'contact-user');
			expect(mail.to).toBe('chiara.bianchi@bluewin.ch');
			expect(mail.subject).toBe(subject);
			expect(mail.body.startsWith(greeting)).toBe(true);
			expect(mail.body).toContain('chiara.bianchi@eoc.ch');
			expect(mail.body).toContain('091 814 00 00');
			expect(mail.body).toContain('\r\n');
			// … or in the language the superuser picks for the person.
			await page.selectOption('[name="contact-language"]', 'de');
			await expect
				.poll(async () => (await mailLink(page, 'contact-user')).subject)
				.toBe('SpiGes: Bitte mit Ihrer geschäftlichen E-Mail-Adresse registrieren');
			// The UI itself stays in its language.
			expect(await page.locator('[data-outcome] h2').textContent()).not.toContain('Ergebnis');
			await page.close();
		});
	});

	describe.each<{lang: Lang; subject: string; canton: string; entered: string; date: string}>([
		{
			lang: 'de',
			subject: 'eIAM: andere Person registriert – Benutzer-ID 2199249',
			canton: 'Kanton: Tessin',
			entered: 'Im Portal erfasst:',
			date: 'E-Mail von eIAM vom: 12.03.2026',
		},
		{
			lang: 'it',
			subject: 'eIAM: registrata un’altra persona – ID utente 2199249',
			canton: 'Cantone: Ticino',
			entered: 'Inserito nel portale:',
			date: 'E-mail di eIAM del: 12.03.2026',
		},
	])('other person ($lang)', ({lang, subject, canton, entered, date}) => {
		test('leads to deactivate and an immediate report with both data sets', async () => {
			const page = await openPopup();
			await setSettings(page, {
				uiLanguage: lang,
				superuserName: 'Lara Rossi',
				superuserFunction: 'Superuser SpiGes, DSS',
				canton: 'TI',
				phone: '091 814 40 00',
			});
			await fillCase(page, OTHER_PERSON);
			await expect.poll(() => suggestion(page)).toBe('other-person');
			await page.locator('[data-eiam-assist-confirm]').click();
			await expect.poll(() => outcome(page)).toBe('other-person');

			const mail = await mailLink(page, 'escalate');
			expect(mail.to).toBe('spiges@bfs.admin.ch');
			expect(mail.subject).toBe(subject);
			const body = mail.body.split('\r\n');
			for (const line of [entered, canton, date, '2199249']) expect(mail.body).toContain(line);
			for (const value of [
				'Sophie',
				'Favre',
				'sophie.favre@cardiocentro.org',
				'Marc',
				'Dubois',
				'marc.dubois@gmail.com',
			]) {
				expect(
					body.some((line) => line.endsWith(`: ${value}`)),
					value,
				).toBe(true);
			}
			expect(mail.body).toContain('Lara Rossi, Superuser SpiGes, DSS');
			expect(mail.body).toContain('091 814 40 00');

			// The same mail as a draft file and as text to copy.
			const eml = page.locator('a[data-eiam-assist-eml="escalate"]');
			expect(await eml.getAttribute('download')).toBe('eiam-escalation-2199249.eml');
			expect(await eml.getAttribute('href')).toMatch(/^blob:chrome-extension:/);
			await page.close();
		});
	});

	test('the escalation goes to the address configured in the settings', async () => {
		const page = await openPopup();
		await setSettings(page, {uiLanguage: 'en', escalationAddress: 'spiges-support@bfs.admin.ch'});
		await fillCase(page, OTHER_PERSON);
		await page.locator('[data-eiam-assist-confirm]').click();
		await expect.poll(() => outcome(page)).toBe('other-person');
		const mail = await mailLink(page, 'escalate');
		expect(mail.to).toBe('spiges-support@bfs.admin.ch');
		expect(mail.subject).toBe('eIAM: another person registered – user ID 2199249');
		expect(await page.locator('label[for="item-report-escalation"]').textContent()).toContain(
			'spiges-support@bfs.admin.ch',
		);
		await page.close();
	});

	test('a mail too long for a link says so, and still comes as an .eml draft', async () => {
		const page = await openPopup();
		// A long multi-line signature is what makes real reports too long for Outlook's mailto limit.
		await setSettings(page, {
			uiLanguage: 'de',
			superuserName: 'Lara Rossi',
			signature: `Lara Rossi\n${'Amt für Gesundheit, Abteilung Spitäler. '.repeat(40)}`,
		});
		await fillCase(page, OTHER_PERSON);
		await page.locator('[data-eiam-assist-confirm]').click();
		await expect.poll(() => outcome(page)).toBe('other-person');
		expect(await page.locator('[data-eiam-assist-action="escalate"]').count()).toBe(0);
		const explanation = page.locator('[data-eiam-assist-mail-too-long="escalate"]');
		expect(await explanation.isVisible()).toBe(true);
		expect(await explanation.textContent()).toContain('zu lang');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('a[data-eiam-assist-eml="escalate"]').click(),
		]);
		expect(download.suggestedFilename()).toBe('eiam-escalation-2199249.eml');
		const path = await download.path();
		const eml = await readFile(path, 'utf8');
		const [head = '', body = ''] = eml.split('\r\n\r\n');
		expect(head.split('\r\n')).toContain('To: spiges@bfs.admin.ch');
		expect(head).toContain('X-Unsent: 1');
		const text = Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8');
		expect(text).toContain('Amt für Gesundheit, Abteilung Spitäler.');
		expect(text).toContain('marc.dubois@gmail.com');
		await page.close();
	});

	test('an unsure case asks, and a «no» makes it another person (EN)', async () => {
		const page = await openPopup();
		await setSettings(page, {uiLanguage: 'en'});
		await fillCase(page, {
			...PRIVATE_EMAIL,
			registered: {...PRIVATE_EMAIL.registered, email: 'chiara.bianchi@cardiocentro.org'},
		});
		await expect.poll(() => suggestion(page)).toBe('unsure');
		const question = page.locator('[data-eiam-assist-question="same-person-work-address"]');
		expect(await question.textContent()).toContain(
			'Is “chiara.bianchi@cardiocentro.org” a professional e-mail address of Chiara Bianchi',
		);
		expect(await page.locator('[data-eiam-assist-confirm]').count()).toBe(0);
		await question.getByLabel('No').check();
		await expect.poll(() => suggestion(page)).toBe('other-person');
		await page.locator('[data-eiam-assist-confirm]').click();
		await expect.poll(() => outcome(page)).toBe('other-person');
		await page.close();
	});

	test('invalid fields say so in the user language once left, and block continuing (FR)', async () => {
		const page = await openPopup();
		await setSettings(page, {uiLanguage: 'fr'});
		await page.fill('[name="entered-email"]', 'sophie.favre@cardiocentro');
		expect(await page.locator('.field-error').count()).toBe(0);
		await page.press('[name="entered-email"]', 'Tab');
		const email = page.locator('[name="entered-email"]');
		expect(await email.getAttribute('aria-invalid')).toBe('true');
		const message = page.locator(`#${(await email.getAttribute('aria-describedby')) ?? 'missing'}`);
		expect(await message.textContent()).toBe(
			'Veuillez saisir une seule adresse e-mail valable, p. ex. prenom.nom@hopital.ch.',
		);
		// Enter in a field submits: all errors appear, the first invalid field gets the focus.
		await page.press('[name="entered-email"]', 'Enter');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
			.toBe('entered-first-name');
		expect(await page.locator('[aria-invalid="true"]').count()).toBe(6);
		expect(await page.locator('[data-suggested-outcome]').count()).toBe(0);
		await page.close();
	});

	test('closing and reopening the popup keeps the inputs, the outcome and the ticks; start over clears them', async () => {
		let page = await openPopup();
		await fillCase(page, OTHER_PERSON);
		await page.locator('[data-eiam-assist-confirm]').click();
		await expect.poll(() => outcome(page)).toBe('other-person');
		await page.locator('[data-eiam-assist-item="deactivate-profile"]').check();
		await page.close();

		page = await openPopup();
		expect(await outcome(page)).toBe('other-person');
		expect(await page.locator('[data-eiam-assist-item="deactivate-profile"]').isChecked()).toBe(true);
		expect(await page.locator('[data-eiam-assist-item="report-escalation"]').isChecked()).toBe(false);
		await page.locator('[data-eiam-assist-item="report-escalation"]').check();
		expect(await page.locator('[data-outcome] [role="status"].done').textContent()).toContain('Alles erledigt');
		await page.close();

		page = await openPopup();
		expect(await page.locator('[data-eiam-assist-item="report-escalation"]').isChecked()).toBe(true);
		// Back to the data: every input is still there.
		await page.getByRole('button', {name: 'Zurück zu den Angaben'}).click();
		expect(await page.inputValue('[name="entered-first-name"]')).toBe('Sophie');
		expect(await page.inputValue('[name="registered-email"]')).toBe('marc.dubois@gmail.com');
		expect(await page.inputValue('[name="user-id"]')).toBe('2199249');
		expect(await page.inputValue('[name="mail-date"]')).toBe('2026-03-12');
		expect(await suggestion(page)).toBe('other-person');
		await page.close();

		page = await openPopup();
		await page.locator('[data-eiam-assist-start-over]').click();
		// Nothing is lost until the superuser confirms.
		expect(await page.inputValue('[name="entered-first-name"]')).toBe('Sophie');
		await page.locator('[data-eiam-assist-start-over-confirm]').click();
		expect(await page.inputValue('[name="entered-first-name"]')).toBe('');
		await page.close();
		page = await openPopup();
		expect(await page.inputValue('[name="entered-first-name"]')).toBe('');
		await page.close();
	});

	test('the keyboard alone gets from the first field to the outcome', async () => {
		const page = await openPopup();
		await fillCase(page, PRIVATE_EMAIL);
		await page.focus('[name="registered-email"]');
		await page.keyboard.press('Enter');
		// Enter continues to the suggestion; Tab reaches its confirm button, Enter accepts it.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-suggested-outcome')), {
				timeout: 10_000,
			})
			.toBe(true);
		for (let presses = 0; presses < 10; presses++) {
			if (await page.evaluate(() => document.activeElement?.hasAttribute('data-eiam-assist-confirm'))) break;
			await page.keyboard.press('Tab');
		}
		await page.keyboard.press('Enter');
		await expect.poll(() => outcome(page), {timeout: 10_000}).toBe('private-email');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id), {timeout: 10_000})
			.toBe('outcome-heading');
		await page.close();
	});

	test('«Take from the portal» prefills the person the portal shows', async () => {
		const portal = await session.newPage();
		await openUserList(portal, 'de');
		await openPermissionsOf(portal, 'de', FIXTURE_IDS.pending);
		const page = await openPopup();
		// Opened with empty fields, the popup already took the person silently.
		await expect.poll(() => page.inputValue('[name="entered-last-name"]')).toBe('Bianchi');
		await page.fill('[name="entered-last-name"]', 'Typo');
		await page.locator('[data-eiam-assist-prefill]').click();
		await expect.poll(() => page.inputValue('[name="entered-last-name"]')).toBe('Bianchi');
		expect(await page.inputValue('[name="entered-first-name"]')).toBe('Chiara');
		expect(await page.inputValue('[name="entered-email"]')).toBe('chiara.bianchi@eoc.ch');
		expect(await page.inputValue('[name="user-id"]')).toBe(FIXTURE_IDS.pending);
		await page.close();
		await portal.close();
	});

	test('«Take from the portal» reads the portal tab the user looked at last, not the one loaded last (#13)', async () => {
		const looked = await session.newPage();
		await openUserList(looked, 'de');
		await openPermissionsOf(looked, 'de', FIXTURE_IDS.pending); // Chiara Bianchi
		const loadedLast = await session.newPage();
		await openUserList(loadedLast, 'de');
		await openPermissionsOf(loadedLast, 'de', FIXTURE_IDS.toArchive); // Sophie Favre
		await looked.bringToFront();
		const page = await openPopup();
		await page.locator('[data-eiam-assist-prefill]').click();
		await expect.poll(() => page.inputValue('[name="entered-last-name"]')).toBe('Bianchi');
		expect(await page.inputValue('[name="user-id"]')).toBe(FIXTURE_IDS.pending);
		await page.close();

		// Both tabs leave the portal: the popup says no tab shows it, instead of «no person open» or old data.
		for (const tab of [looked, loadedLast]) await tab.goto('about:blank');
		const again = await openPopup();
		await again.locator('[data-eiam-assist-prefill]').click();
		await expect
			.poll(() => again.locator('[data-eiam-assist-prefill] + [role="status"]').textContent())
			.toMatch(/^Kein Tab zeigt das eIAM-Portal/);
		await again.close();
		await looked.close();
		await loadedLast.close();
	});

	test('«Guide me» starts deactivate-user in the portal tab and marks its first target', async () => {
		const portal = await session.newPage();
		await openUserList(portal, 'de');
		await openPermissionsOf(portal, 'de', FIXTURE_IDS.toArchive);
		expect(await marked(portal).count()).toBe(0);

		const page = await openPopup();
		await fillCase(page, OTHER_PERSON);
		await page.locator('[data-eiam-assist-confirm]').click();
		await expect.poll(() => outcome(page)).toBe('other-person');
		await page.locator('[data-eiam-assist-guide="deactivate-user"]').click();
		await expect
			.poll(() => page.locator('[data-outcome] [role="status"]').first().textContent())
			.toBe('Die Anleitung läuft im Portal-Tab.');

		await expect.poll(() => panel(portal).getAttribute('data-guide'), {timeout: 15_000}).toBe('deactivate-user');
		await expect.poll(() => marked(portal).count(), {timeout: 15_000}).toBe(1);
		// On the permissions page the profile is what gets deactivated: its menu toggle comes first.
		expect(await marked(portal).getAttribute('data-eiam-assist-target')).toBe('deactivate-user:open-profile-menu');
		expect(await marked(portal).isVisible()).toBe(true);
		await page.close();
		await portal.close();
	});

	describe.each<{lang: Lang; mail: string; notFound: string; kept: string}>([
		{
			lang: 'de',
			mail: [
				'Sehr geehrte Damen und Herren',
				'',
				'Im Portal erfasste Daten:',
				'Vorname: Chiara',
				'Nachname: Bianchi',
				'E-Mail: chiara.bianchi@eoc.ch',
				'',
				'Daten der registrierten Person:',
				'Vorname: Chiara',
				'Nachname: Bianchi',
				'E-Mail: chiara.bianchi@bluewin.ch',
				'',
				'Freundliche Grüsse',
				'Ihr eIAM-Team',
			].join('\n'),
			notFound: 'Nicht gefunden: Benutzer-ID.',
			kept: 'Ihre Eingabe behalten, die E-Mail nennt etwas anderes: E-Mail-Adresse der registrierten Person.',
		},
		{
			lang: 'it',
			mail: [
				'Gentili signore e signori,',
				'',
				'> Dati inseriti nel portale:',
				'> Nome: Chiara',
				'> Cognome: Bianchi',
				'> Indirizzo e-mail: chiara.bianchi@eoc.ch <mailto:chiara.bianchi@eoc.ch>',
				'>',
				'> Dati della persona registrata:',
				'> Nome: Chiara',
				'> Cognome: Bianchi',
				'> Indirizzo e-mail: chiara.bianchi@bluewin.ch',
			].join('\n'),
			notFound: 'Non trovato: ID utente.',
			kept: 'Mantenuto quanto inserito, l’e-mail indica altro: Indirizzo e-mail della persona registrata.',
		},
	])('pasting eIAM’s e-mail ($lang)', ({lang, mail, notFound, kept}) => {
		test('fills only the empty fields, marks them, keeps what was typed and names what it did not find', async () => {
			const page = await openPopup();
			await setSettings(page, {uiLanguage: lang});
			// Typed before pasting: a different registered address, which the paste must not overwrite.
			await page.fill('[name="registered-email"]', 'c.bianchi@bluewin.ch');
			const box = page.locator('textarea[name="pasted-email"]');
			// The box is labelled, and its status line is a live region.
			expect(await page.locator('label[for="field-pasted-email"]').count()).toBe(1);
			await box.focus();
			await page.keyboard.insertText(mail);

			const filledFromPaste = (): Promise<(string | null)[]> =>
				page
					.locator('[data-filled-from="paste"]')
					.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name')));
			await expect
				.poll(filledFromPaste)
				.toEqual([
					'entered-first-name',
					'entered-last-name',
					'entered-email',
					'registered-first-name',
					'registered-last-name',
				]);
			expect(await page.inputValue('[name="entered-email"]')).toBe('chiara.bianchi@eoc.ch');
			expect(await page.inputValue('[name="registered-last-name"]')).toBe('Bianchi');
			expect(await page.inputValue('[name="registered-email"]')).toBe('c.bianchi@bluewin.ch');
			expect(await page.inputValue('[name="user-id"]')).toBe('');

			const status = page.locator('#paste-status');
			expect(await status.getAttribute('role')).toBe('status');
			expect(await status.locator('p').allTextContents()).toEqual([expect.stringMatching(/^5 /), notFound, kept]);
			expect(await box.getAttribute('aria-describedby')).toContain('paste-status');

			// The pasted data are enough for the suggestion.
			await expect.poll(() => suggestion(page)).toBe('private-email');
			// Correcting a pasted field by hand makes it the user's: no longer marked.
			await page.fill('[name="entered-first-name"]', 'Chiara Maria');
			await expect.poll(filledFromPaste).not.toContain('entered-first-name');
			await page.close();
		});
	});

	test('the guide launcher starts any guide in the portal tab', async () => {
		const portal = await session.newPage();
		await openUserList(portal, 'de');
		const page = await openPopup();
		expect(
			await page
				.locator('[data-eiam-assist-launch]')
				.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-eiam-assist-launch'))),
		).toEqual([
			'resend-code',
			'resend-from-list',
			'deactivate-user',
			'create-user',
			'correct-email',
			'grant-role',
			'add-profile',
		]);
		// The new guides are listed with their titles in the UI language.
		expect(await page.locator('[data-eiam-assist-launch="grant-role"]').textContent()).toContain(
			'Geschäftsrolle eines Benutzers ändern',
		);
		await page.locator('[data-eiam-assist-launch="create-user"]').click();
		await expect.poll(() => panel(portal).getAttribute('data-guide'), {timeout: 15_000}).toBe('create-user');
		await expect
			.poll(() => marked(portal).getAttribute('data-eiam-assist-target'), {timeout: 15_000})
			.toBe('create-user:add-user');
		await page.close();
		await portal.close();
	});
});
