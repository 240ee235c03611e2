import type {Locator, Page} from 'playwright-core';
import {FIXTURE_IDS} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {fill} from '../replica/src/i18n/lang';
import {CONFIRMATIONS} from '../replica/src/i18n/texts';
import {DemoError, PORTAL_HOME, type DemoLang} from './options';
import type {Rect, Recorder} from './recorder';

// The headless demo, driven like a superuser would: only through the overlay's and the popup's testing contract
// (shared/DESIGN.md) and the portal's own controls. Nothing here clicks anything the overlay did not point at.

const GUIDE = 'resend-code';
const STEP_TIMEOUT = 15_000;

const root = (page: Page): Locator => page.locator('#eiam-assist-root');
const panel = (page: Page): Locator => page.locator('#eiam-assist-root [data-eiam-assist-panel]');
const marked = (page: Page): Locator => page.locator('[data-eiam-assist-target]');
const spotlight = (page: Page): Locator => page.locator('#eiam-assist-root .spotlight');

const fold = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

type PanelState = {step: string; status: string};

async function panelState(page: Page): Promise<PanelState | undefined> {
	if ((await panel(page).count()) === 0) return undefined;
	const [step, status] = await Promise.all([
		panel(page).getAttribute('data-step'),
		panel(page).getAttribute('data-status'),
	]);
	return {step: step ?? '', status: status ?? ''};
}

/** The panel's words: title, progress, the instruction or question, its buttons in [brackets], the status. */
async function panelSays(page: Page): Promise<string[]> {
	const parts = panel(page).locator(
		'h2, .progress, .instruction, .status, .lost p, .warning, [data-eiam-assist-choice], [data-eiam-assist-template]',
	);
	const lines = await parts.evaluateAll((elements) =>
		elements.map((element) => {
			const text = (element instanceof HTMLElement ? element.innerText : element.textContent)
				.replace(/\s+/g, ' ')
				.trim();
			return element.tagName === 'BUTTON' ? `[${text}]` : text;
		}),
	);
	return lines.filter((line) => line !== '' && line !== '[]');
}

/** Polls until `accept` holds for the panel, or fails with what the panel showed instead. */
async function waitForPanel(page: Page, what: string, accept: (state: PanelState) => boolean): Promise<PanelState> {
	const deadline = Date.now() + STEP_TIMEOUT;
	let last: PanelState | undefined;
	while (Date.now() < deadline) {
		last = await panelState(page);
		if (last !== undefined && accept(last)) return last;
		if (last?.status === 'lost') {
			throw new DemoError(
				`The guide lost its target at step "${last.step}" while waiting for ${what}: ${(await panelSays(page)).join(' / ')}`,
			);
		}
		await page.waitForTimeout(50);
	}
	throw new DemoError(`Timed out waiting for ${what}; the panel shows ${JSON.stringify(last ?? 'nothing')}.`);
}

const box = async (locator: Locator): Promise<Rect> => {
	const rect = await locator.boundingBox();
	if (rect === null) throw new DemoError('An element the demo needs to photograph is not visible.');
	return rect;
};

/** Waits until the ring sits around the marked control (the spotlight follows it on the next frame). */
async function ringAroundTarget(page: Page): Promise<void> {
	const deadline = Date.now() + 3_000;
	while (Date.now() < deadline) {
		if ((await spotlight(page).count()) === 1) {
			const [ring, target] = await Promise.all([spotlight(page).boundingBox(), marked(page).boundingBox()]);
			if (
				ring !== null &&
				target !== null &&
				ring.x <= target.x + 1 &&
				ring.y <= target.y + 1 &&
				ring.x + ring.width >= target.x + target.width - 1 &&
				ring.y + ring.height >= target.y + target.height - 1
			) {
				return;
			}
		}
		await page.waitForTimeout(50);
	}
	throw new DemoError(
		'The overlay marked a portal control but drew no ring around it (looked for #eiam-assist-root .spotlight).',
	);
}

/** The marked portal control in words: its role and its visible label. */
async function describeMarked(page: Page): Promise<string> {
	return marked(page).evaluate((element) => {
		const text = element.textContent.replace(/\s+/g, ' ').trim();
		const tag = element.tagName.toLowerCase();
		if (tag === 'table' || element.querySelector('table') !== null) {
			const rows = element.querySelectorAll('tbody tr').length;
			return `the table (${rows} ${rows === 1 ? 'row' : 'rows'})`;
		}
		if (tag === 'textarea') return `the text field «${element.getAttribute('aria-label') ?? element.id}»`;
		const role = element.getAttribute('role') ?? (tag === 'a' ? 'link' : tag);
		return `${role} «${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`;
	});
}

/** The README picture: the page's width, from its heading down to the ring and the panel, inside the viewport. */
async function aroundRingAndPanel(page: Page): Promise<Rect> {
	const heading = page.getByRole('heading', {level: 1}).first();
	const boxes = [
		await box(spotlight(page)),
		await box(panel(page)),
		...((await heading.count()) > 0 ? [await box(heading)] : []),
	];
	const viewport = page.viewportSize() ?? {width: 1280, height: 800};
	const margin = 16;
	const top = Math.max(0, Math.min(...boxes.map((rect) => rect.y)) - margin);
	const bottom = Math.min(viewport.height, Math.max(...boxes.map((rect) => rect.y + rect.height)) + margin);
	return {x: 0, y: top, width: viewport.width, height: bottom - top};
}

export type WalkthroughResult = {
	/** The screenshot chosen for the README's overlay picture, clipped around ring and panel. */
	overlayPicture: string;
	/** The wizard's outcome screenshot, for the README. */
	wizardPicture: string;
	mail: {to: string; subject: string; body: string};
};

/**
 * resend-code, the full path of the SpiGes handbook: Chiara Bianchi's onboarding code is older than a month. The
 * superuser opens the launcher, starts the guide, answers why, and clicks every control the overlay marks until
 * the portal confirms that the new code was sent.
 */
export async function walkResendCode(page: Page, lang: DemoLang, recorder: Recorder): Promise<string> {
	await page.goto(`${PORTAL_HOME}?lang=${lang}&reset=1&expired=${FIXTURE_IDS.pending}`);
	const launcher = page.locator('#eiam-assist-root [data-eiam-assist-launcher]');
	await launcher.waitFor({timeout: STEP_TIMEOUT});
	await page.getByRole('button', {name: label(lang, 'home', 'topTabUserManagement')}).waitFor();
	// The overlay re-detects the page on the next frame after the portal rendered it.
	await page.locator('#eiam-assist-root[data-page="home"]').waitFor({state: 'attached', timeout: 5_000});
	const launcherTitle = fold(await launcher.getAttribute('title'));
	await recorder.shot(page, 'launcher', {
		title: 'The portal home page with the extension: the launcher button (bottom left)',
		said: [],
		facts: [`Launcher button: «${launcherTitle}»`],
		note: `The overlay detected page «${await root(page).getAttribute('data-page')}» in «${await root(page).getAttribute('data-lang')}».`,
	});

	await launcher.click();
	const guides = page.locator('#eiam-assist-root [data-eiam-assist-start]');
	await guides.first().waitFor();
	await recorder.shot(page, 'guide-list', {
		title: 'The launcher lists the guides',
		said: (await page.locator('#eiam-assist-root .guide-list').locator('p, button').allTextContents()).map(fold),
	});

	await page.locator(`#eiam-assist-root [data-eiam-assist-start="${GUIDE}"]`).click();
	await page.locator('#eiam-assist-root [data-eiam-assist-choice="code-expired"]').waitFor({timeout: STEP_TIMEOUT});
	await recorder.shot(page, 'question', {
		title: 'The guide asks why the code is resent',
		said: await panelSays(page),
	});
	await page.locator('#eiam-assist-root [data-eiam-assist-choice="code-expired"]').click();

	let overlayPicture = '';
	const seen = new Set<string>();
	for (;;) {
		const state = await waitForPanel(
			page,
			'the next step',
			(candidate) => (candidate.status === 'active' && !seen.has(candidate.step)) || candidate.status === 'done',
		);
		if (state.status === 'done') break;
		seen.add(state.step);
		const target = page.locator(`[data-eiam-assist-target="${GUIDE}:${state.step}"]`);
		await target.waitFor({state: 'visible', timeout: STEP_TIMEOUT});
		await ringAroundTarget(page);
		const said = await panelSays(page);
		const markedText = await describeMarked(page);
		const file = await recorder.shot(page, `step-${state.step}`, {
			title: `Step «${state.step}»`,
			said,
			marked: markedText,
		});
		if (state.step === 'type-justification') {
			// A built-in justification template: the extension types it with real input events, the portal notices.
			const template = page.locator('#eiam-assist-root [data-eiam-assist-template]').first();
			const text = fold(await template.textContent());
			await template.click();
			recorder.shots.at(-1)!.note =
				`Clicked the template «${text}»; the portal's button enables and the guide moves on.`;
			continue;
		}
		if (state.step === 'user-continue') {
			// The README's overlay picture: the person's row is selected, the ring is on the portal's *Continue*.
			overlayPicture = await recorder.shot(
				page,
				'readme-overlay-step',
				{
					title: `README picture: step «${state.step}», cropped to the page heading, the ring and the panel`,
					said: [],
					note: `Same moment as ${file}.`,
				},
				await aroundRingAndPanel(page),
			);
		}
		const isTable = await target.evaluate(
			(element) => element.tagName === 'TABLE' || element.querySelector('table') !== null,
		);
		if (isTable) {
			// The guide marks the table; the superuser picks the row: the active unit, or the person by ExtID.
			const isUserList = (await target.locator('tbody tr', {hasText: '@'}).count()) > 0;
			const row = isUserList
				? target.locator('tbody tr', {hasText: FIXTURE_IDS.pending}).first()
				: target.locator('tbody tr', {hasText: label(lang, 'unitSelection', 'statusActive')}).first();
			if ((await row.count()) === 0) {
				throw new DemoError(
					`The marked table at step «${state.step}» has no row for ${isUserList ? `Chiara Bianchi (${FIXTURE_IDS.pending})` : 'an active unit'}.`,
				);
			}
			const cells = (await row.locator('td').allInnerTexts()).map(fold).filter((cell) => cell !== '');
			recorder.shots.at(-1)!.note = `Clicked the row «${cells.join(' | ')}».`;
			await row.click();
		} else {
			await target.click();
		}
	}

	// The portal's confirmation names the person's address: the code went to Chiara Bianchi.
	await page
		.getByText(fill(CONFIRMATIONS.codeSent[lang], {email: 'chiara.bianchi@eoc.ch'}))
		.first()
		.waitFor({timeout: STEP_TIMEOUT});
	if ((await marked(page).count()) !== 0)
		throw new DemoError('The guide is done but a portal element is still marked.');
	await recorder.shot(page, 'done', {
		title: 'Done: the portal confirms that the new code was sent',
		said: await panelSays(page),
		note: fold(
			await page
				.locator('[role="alert"], [role="status"], .alert')
				.first()
				.textContent()
				.catch(() => ''),
		),
	});
	if (overlayPicture === '')
		throw new DemoError('The guide never reached its «user-continue» step (the README picture).');
	return overlayPicture;
}

/** Chiara Bianchi's code was resent, and someone else registered with it: the eIAM discrepancy e-mail. */
const CASE = {
	'entered-first-name': 'Chiara',
	'entered-last-name': 'Bianchi',
	'entered-email': 'chiara.bianchi@eoc.ch',
	'user-id': FIXTURE_IDS.pending,
	'registered-first-name': 'Marco',
	'registered-last-name': 'Bernasconi',
	'registered-email': 'marco.bernasconi@bluewin.ch',
} as const;

const SUPERUSER = {
	superuserName: 'Lara Rossi',
	superuserFunction: 'Superuser SpiGes, DSS',
	canton: 'TI',
	phone: '091 814 40 00',
};

/**
 * The popup's discrepancy wizard, rendered in a tab the size of a popup: both data sets, the suggestion
 * (another person registered), confirm, and the escalation e-mail to spiges@bfs.admin.ch.
 */
export async function walkWizard(
	page: Page,
	extensionId: string,
	lang: DemoLang,
	recorder: Recorder,
): Promise<Omit<WalkthroughResult, 'overlayPicture'>> {
	await page.setViewportSize({width: 440, height: 720});
	await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
	const ready = page.locator('[data-eiam-assist-popup] form, [data-outcome]').first();
	await ready.waitFor({timeout: STEP_TIMEOUT});
	// As wide as the browser will show the popup (its own CSS width), as tall as a popup gets.
	const width = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().width));
	await page.setViewportSize({width: width > 200 && width <= 800 ? width : 440, height: 720});
	// The superuser's settings, as the options page stores them; the popup speaks the demo's language.
	await page.evaluate(
		async (settings) => {
			const storage = (
				globalThis as unknown as {
					chrome: {
						storage: {
							sync: {clear(): Promise<void>; set(items: object): Promise<void>};
							session: {clear(): Promise<void>};
						};
					};
				}
			).chrome.storage;
			await storage.session.clear();
			await storage.sync.clear();
			await storage.sync.set(settings);
		},
		{...SUPERUSER, uiLanguage: lang},
	);
	await page.reload();
	await ready.waitFor({timeout: STEP_TIMEOUT});

	for (const [name, value] of Object.entries(CASE)) await page.fill(`[name="${name}"]`, value);
	const suggestion = page.locator('[data-suggested-outcome]');
	await suggestion.waitFor({timeout: STEP_TIMEOUT});
	const suggested = await suggestion.getAttribute('data-suggested-outcome');
	if (suggested !== 'other-person')
		throw new DemoError(`The wizard suggested «${suggested}» instead of «other-person».`);
	await page.locator('[name="entered-first-name"]').scrollIntoViewIfNeeded();
	await recorder.shot(page, 'wizard-input', {
		title: 'The popup wizard: the data entered in the portal and the data of the person who registered',
		said: [],
		facts: Object.entries(CASE).map(([name, value]) => `\`${name}\`: ${value}`),
	});
	await suggestion.scrollIntoViewIfNeeded();
	await recorder.shot(page, 'wizard-suggestion', {
		title: `The wizard suggests «${suggested}»`,
		said: (await suggestion.locator('h2, h3, p, li').allInnerTexts()).map(fold).filter(Boolean),
	});

	await page.locator('[data-eiam-assist-confirm]').click();
	const outcome = page.locator('[data-outcome]');
	await outcome.waitFor({timeout: STEP_TIMEOUT});
	const confirmed = await outcome.getAttribute('data-outcome');
	if (confirmed !== 'other-person')
		throw new DemoError(`The wizard confirmed «${confirmed}» instead of «other-person».`);
	await page.evaluate(() => window.scrollTo(0, 0));
	const wizardPicture = await recorder.shot(page, 'wizard-outcome', {
		title: 'Confirmed: deactivate the profile and report to the BFS immediately',
		said: (await outcome.locator('h2, p, label').allInnerTexts()).map(fold).filter(Boolean).slice(0, 8),
	});

	const escalate = page.locator('a[data-eiam-assist-action="escalate"]');
	const href = (await escalate.getAttribute('href')) ?? '';
	const url = new URL(href);
	const param = (name: string): string => {
		const pair = url.search
			.slice(1)
			.split('&')
			.find((candidate) => candidate.startsWith(`${name}=`));
		return decodeURIComponent(pair?.slice(name.length + 1) ?? '');
	};
	const mail = {to: decodeURIComponent(url.pathname), subject: param('subject'), body: param('body')};
	// The prepared text, unfolded under the mail's buttons: what the superuser's mail client will show.
	const escalation = page.locator('[data-eiam-assist-mail="escalate"]');
	await escalation.locator('details summary').click();
	await escalation.locator('details pre').waitFor();
	await escalation.evaluate((element) => element.scrollIntoView({block: 'start'}));
	await recorder.shot(page, 'wizard-escalation', {
		title: "The escalation e-mail to the BFS, ready for the superuser's own mail client",
		said: [],
		facts: [
			`To: ${mail.to}`,
			`Subject: ${mail.subject}`,
			`Button «${fold(await escalate.textContent())}»: a mailto: link`,
		],
		note: 'The extension sends nothing itself: the link opens the mail client with this text; .eml and copy are the alternatives.',
	});
	return {wizardPicture, mail};
}
