import {describe, expect, test} from 'vitest';
import {overlayView, type OverlayInputs} from '../../../src/content/overlay-view';
import type {RunnerView} from '../../../src/engine/runner';
import {guideById} from '../../../src/guides';
import {resolveUiLanguage} from '../../../src/shared/content-settings';
import {GUIDE_IDS} from '../../../src/shared/guide-ids';
import {LANGS} from '../../../src/shared/lang';
import {pageTexts} from '../../../src/shared/page-texts';
import {DEFAULT_SETTINGS, type Settings} from '../../../src/shared/settings';
import {privateDomainOf} from '../../../src/wizard/private-domains';
import type {Ask} from '../../../src/content/background-answers';

const guide = guideById('resend-code');
const stepOf = (id: string): RunnerView['step'] => guide.steps.find((step) => step.id === id);

/** The inputs, with the texts the assistant would have from the background for the settings and page given. */
function inputs(overrides: Partial<OverlayInputs> = {}): OverlayInputs {
	const settings = overrides.settings ?? DEFAULT_SETTINGS;
	const page = overrides.page ?? {page: 'overview', lang: 'fr'};
	return {
		settings,
		page,
		texts: pageTexts(resolveUiLanguage(settings, page.lang, 'en-GB')),
		portalTexts: pageTexts(page.lang),
		guide: null,
		context: undefined,
		rowActions: [],
		targetRect: undefined,
		typedEmail: () => '',
		roleChoice: () => undefined,
		ask: () => undefined,
		viewport: {width: 1280, height: 900, scrollX: 0, scrollY: 0},
		focusRequest: 0,
		...overrides,
	};
}

const running = (stepId: string, status: RunnerView['status'] = 'active'): RunnerView => ({
	guide,
	step: stepOf(stepId),
	stepNumber: 9,
	stepCount: 11,
	status,
	watch: [],
});

describe('the overlay view', () => {
	test('the launcher lists every guide with its title in the portal’s language', () => {
		const view = overlayView(inputs());
		expect(view.lang).toBe('fr');
		expect(view.guides[0]).toEqual({id: 'resend-code', title: 'Renvoyer le code d’enregistrement'});
		expect(view.panel).toBeUndefined();
	});

	test('the launcher lists the guides in the registry’s order, in every language', () => {
		for (const lang of LANGS) {
			const view = overlayView(inputs({texts: pageTexts(lang)}));
			expect(view.guides.map((listed) => listed.id)).toEqual(GUIDE_IDS);
		}
	});

	test('a fixed UI language wins, while the portal’s label is quoted as the portal shows it', () => {
		const settings: Settings = {...DEFAULT_SETTINGS, uiLanguage: 'de'};
		const view = overlayView(inputs({settings, guide: running('start-onboarding')}));
		expect(view.lang).toBe('de');
		expect(view.panel?.instruction).toBe("Klicken Sie auf «Commencer manuellement l'enregistrement».");
	});

	test('the justification step offers the templates for the reason, the user’s own first, in the portal’s language', () => {
		const own = {id: 'mine', reason: 'code-expired' as const, text: 'Mon propre texte'};
		const settings: Settings = {
			...DEFAULT_SETTINGS,
			customTemplates: {...DEFAULT_SETTINGS.customTemplates, fr: [own]},
		};
		const view = overlayView(
			inputs({settings, guide: running('type-justification'), context: {reason: 'code-expired'}}),
		);
		const templates = view.panel?.templates ?? [];
		expect(templates[0]).toMatchObject({id: 'mine', text: 'Mon propre texte'});
		expect(templates.length).toBeGreaterThan(1);
		expect(templates.every((template) => template.id === 'mine' || template.id.startsWith('fr-code-expired'))).toBe(
			true,
		);
	});

	test('templates are offered only while the justification field is marked; waiting or lost, the panel says when (#13)', () => {
		const at = (status: RunnerView['status']) =>
			overlayView(inputs({guide: running('type-justification', status), context: {reason: 'code-expired'}}))
				.panel;
		expect(at('active')?.templates?.length).toBeGreaterThan(0);
		expect(at('active')?.templatesLater).toBe(false);
		for (const status of ['waiting', 'lost'] as const) {
			expect(at(status)?.templates, status).toBeUndefined();
			expect(at(status)?.templatesLater, status).toBe(true);
		}
		// Steps without templates say nothing about them.
		expect(overlayView(inputs({guide: running('start-onboarding', 'waiting')})).panel?.templatesLater).toBe(false);
	});

	test('a step on another page says it waits for that page', () => {
		const view = overlayView(inputs({page: {page: 'home', lang: 'de'}, guide: running('send-code', 'waiting')}));
		expect(view.panel?.waitingForPage).toBe(true);
		expect(view.panel?.status).toBe('waiting');
	});

	test('on the create-user page a private address in the e-mail field is named by its domain (the background’s answer)', () => {
		const createUser = guideById('create-user');
		const guideView: RunnerView = {
			...running('enter-email'),
			guide: createUser,
			step: createUser.steps.find((step) => step.id === 'enter-email'),
		};
		const asked: unknown[] = [];
		// The background's answer, as src/background/handlers.ts gives it.
		const ask: Ask = (request) => {
			asked.push(request);
			return (
				request.type === 'bg:private-domain' ? (privateDomainOf(request.email) ?? null) : undefined
			) as never;
		};
		const typed = (email: string): OverlayInputs =>
			inputs({page: {page: 'create-user', lang: 'de'}, guide: guideView, typedEmail: () => email, ask});
		expect(guideView.step?.checkEmail).toBe(true);
		expect(overlayView(typed('anna.muster@gmail.com')).panel?.privateEmailDomain).toBe('gmail.com');
		expect(overlayView(typed('anna.muster@spital.ch')).panel?.privateEmailDomain).toBeUndefined();
		// No address yet: nothing to ask.
		expect(overlayView(typed('anna.muster')).panel?.privateEmailDomain).toBeUndefined();
		expect(asked).toEqual([
			{type: 'bg:private-domain', email: 'anna.muster@gmail.com'},
			{type: 'bg:private-domain', email: 'anna.muster@spital.ch'},
		]);
	});

	test('a role step asks the background for its role help in the UI language, quoting the portal’s', () => {
		const grantRole = guideById('grant-role');
		const roleStep = grantRole.steps.find((step) => step.explainRoles === true);
		const asked: unknown[] = [];
		const ask: Ask = (request) => {
			asked.push(request);
			return undefined;
		};
		const view = (roleChoice: OverlayInputs['roleChoice']) =>
			overlayView(
				inputs({
					page: {page: 'permissions', lang: 'fr'},
					settings: {...DEFAULT_SETTINGS, uiLanguage: 'de'},
					guide: {...running('start-onboarding'), guide: grantRole, step: roleStep},
					roleChoice,
					ask,
				}),
			);
		view(() => ({chosen: 'KT_User', granted: ['KT_Read']}));
		view(() => undefined);
		expect(asked).toEqual([
			{type: 'bg:role-help', lang: 'de', portalLang: 'fr', chosen: 'KT_User', granted: ['KT_Read']},
			{type: 'bg:role-help', lang: 'de', portalLang: 'fr', chosen: '', granted: []},
		]);
	});

	test('the e-mail field is not read for steps that do not check it', () => {
		let reads = 0;
		overlayView(inputs({guide: running('type-justification'), typedEmail: () => String(++reads)}));
		expect(reads).toBe(0);
	});

	test('the ring’s box is passed only while the step is active', () => {
		const targetRect = {top: 10, left: 20, width: 30, height: 40};
		expect(overlayView(inputs({guide: running('start-onboarding'), targetRect})).panel?.targetRect).toEqual(
			targetRect,
		);
		expect(
			overlayView(inputs({guide: running('start-onboarding', 'lost'), targetRect})).panel?.targetRect,
		).toBeUndefined();
	});

	test('a question shows one button per answer, named in the UI language', () => {
		const view = overlayView(
			inputs({guide: {...running('open-user-management'), step: undefined, choice: 'reason'}}),
		);
		expect(view.panel?.stepId).toBe('choose-reason');
		expect(view.panel?.choice?.options.map((option) => option.value)).toEqual(['code-expired', 'wrong-email']);
	});
});
