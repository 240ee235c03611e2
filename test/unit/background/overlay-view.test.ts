import {describe, expect, test} from 'vitest';
import {overlayView} from '../../../src/background/overlay-view';
import {guideById} from '../../../src/guides';
import {GUIDE_IDS} from '../../../src/shared/guide-ids';
import {LANGS} from '../../../src/shared/lang';
import type {OverlayRequest} from '../../../src/shared/overlay-request-schema';
import {DEFAULT_SETTINGS, type Settings} from '../../../src/shared/settings';
import type {OverlayView} from '../../../src/overlay/view';

type Guide = NonNullable<OverlayRequest['guide']>;

/** What a portal page sends, and the settings the background knows (they are not the page's to send, #14). */
type Asked = OverlayRequest & Pick<Settings, 'uiLanguage' | 'customTemplates'>;

/**
 * What a portal page sends (src/content/assistant.ts): the French overview, no guide; with the settings the
 * background knows (src/background/known-settings.ts): the defaults.
 */
function request(overrides: Partial<Asked> = {}): Asked {
	return {
		page: {page: 'overview', lang: 'fr'},
		uiLanguage: DEFAULT_SETTINGS.uiLanguage,
		customTemplates: DEFAULT_SETTINGS.customTemplates,
		rowActions: [],
		ui: {open: false, collapsed: false, cancelFor: '', template: '', menu: false, roles: false},
		...overrides,
	};
}

/** The view the background builds for the page's request, from its settings. */
function viewOf({uiLanguage, customTemplates, ...sent}: Asked, browserLang?: string): OverlayView {
	return overlayView(sent, {uiLanguage, customTemplates}, browserLang);
}

const running = (stepId: string, status: Guide['status'] = 'active', id: Guide['id'] = 'resend-code'): Guide => ({
	id,
	stepId,
	stepNumber: 9,
	stepCount: 11,
	status,
});

describe('the overlay view the background words for a portal page', () => {
	test('the launcher lists every guide with its title in the portal’s language', () => {
		const view = viewOf(request(), 'en-GB');
		expect(view.lang).toBe('fr');
		expect(view.guides[0]).toEqual({id: 'resend-code', title: 'Renvoyer le code d’enregistrement'});
		expect(view.panel).toBeUndefined();
	});

	test('the launcher lists the guides in the registry’s order, in every language; the review only on the list', () => {
		for (const lang of LANGS) {
			const view = viewOf(request({uiLanguage: lang}));
			expect(view.guides.map((listed) => listed.id)).toEqual(GUIDE_IDS);
		}
		const onList = viewOf(request({page: {page: 'user-selection', lang: 'de'}}));
		expect(onList.guides.at(-1)).toEqual({id: 'access-review', title: 'Zugriffe prüfen (Benutzerliste)'});
	});

	test('a fixed UI language wins, while the portal’s label is quoted as the portal shows it', () => {
		const view = viewOf(request({uiLanguage: 'de', guide: running('start-onboarding')}));
		expect(view.lang).toBe('de');
		expect(view.panel?.instruction).toBe("Klicken Sie auf «Commencer manuellement l'enregistrement».");
	});

	test('the justification step offers the templates for the reason, the user’s own first, in the portal’s language', () => {
		const own = {id: 'mine', reason: 'code-expired' as const, text: 'Mon propre texte'};
		const view = viewOf(
			request({
				customTemplates: {...DEFAULT_SETTINGS.customTemplates, fr: [own]},
				guide: running('type-justification'),
				reason: 'code-expired',
			}),
		);
		const templates = view.panel?.templates ?? [];
		expect(templates[0]).toMatchObject({id: 'mine', text: 'Mon propre texte'});
		expect(templates.length).toBeGreaterThan(1);
		expect(templates.every((template) => template.id === 'mine' || template.id.startsWith('fr-code-expired'))).toBe(
			true,
		);
	});

	test('templates are offered only while the justification field is marked; waiting or lost, the panel says when (#13)', () => {
		const at = (status: Guide['status']) =>
			viewOf(request({guide: running('type-justification', status), reason: 'code-expired'})).panel;
		expect(at('active')?.templates?.length).toBeGreaterThan(0);
		expect(at('active')?.templatesLater).toBe(false);
		for (const status of ['waiting', 'lost'] as const) {
			expect(at(status)?.templates, status).toBeUndefined();
			expect(at(status)?.templatesLater, status).toBe(true);
		}
		// Steps without templates say nothing about them.
		expect(viewOf(request({guide: running('start-onboarding', 'waiting')})).panel?.templatesLater).toBe(false);
	});

	test('a step on another page says it waits for that page', () => {
		const view = viewOf(request({page: {page: 'home', lang: 'de'}, guide: running('send-code', 'waiting')}));
		expect(view.panel?.waitingForPage).toBe(true);
		expect(view.panel?.status).toBe('waiting');
	});

	test('on the create-user page a private address in the e-mail field is named by its domain', () => {
		expect(guideById('create-user').steps.find((step) => step.id === 'enter-email')?.checkEmail).toBe(true);
		const typed = (typedEmail: string) =>
			viewOf(
				request({
					page: {page: 'create-user', lang: 'de'},
					guide: running('enter-email', 'active', 'create-user'),
					typedEmail,
				}),
			).panel?.privateEmailDomain;
		expect(typed('anna.muster@gmail.com')).toBe('gmail.com');
		expect(typed('anna.muster@spital.ch')).toBeUndefined();
		expect(typed('anna.muster')).toBeUndefined();
		// A step that does not check the address warns of none, whatever the page sent.
		const other = request({guide: running('type-justification'), typedEmail: 'anna.muster@gmail.com'});
		expect(viewOf(other).panel?.privateEmailDomain).toBeUndefined();
	});

	test('a role step explains the roles in the UI language, quoting the portal’s own label', () => {
		const roleStep = guideById('grant-role').steps.find((step) => step.explainRoles === true)!;
		const view = (roleChoice: OverlayRequest['roleChoice']) =>
			viewOf(
				request({
					page: {page: 'permissions', lang: 'fr'},
					uiLanguage: 'de',
					guide: running(roleStep.id, 'active', 'grant-role'),
					roleChoice,
				}),
			).panel?.roles;
		const chosen = view({chosen: 'KT_User', granted: ['KT_Read']});
		expect(chosen?.chosen).toBe('KT_User');
		expect(chosen?.chosenText).toContain('KT_User');
		expect(chosen?.explainedTitle).toBeTruthy();
		const none = view(undefined);
		expect(none?.chosen).toBeUndefined();
		expect(none?.explained.length).toBe(chosen?.explained.length);
		// Steps that do not explain roles show no help.
		expect(viewOf(request({guide: running('start-onboarding')})).panel?.roles).toBeUndefined();
	});

	test('a question shows one button per answer, named in the UI language', () => {
		const guide = {...running('open-user-management'), stepId: undefined, choice: 'reason' as const};
		const view = viewOf(request({guide}));
		expect(view.panel?.stepId).toBe('choose-reason');
		expect(view.panel?.choice?.options.map((option) => option.value)).toEqual(['code-expired', 'wrong-email']);
	});

	test('the access review is worded while it is open and no guide runs', () => {
		const review = {
			rows: [
				{
					extId: '7',
					firstName: 'Anna',
					lastName: 'Muster',
					email: 'anna@spital.ch',
					userStatus: 'active' as const,
					onboardingStatus: 'pending' as const,
				},
			],
			total: 1,
			rowsPerPage: [10],
		};
		const page = {page: 'user-selection' as const, lang: 'de' as const};
		expect(viewOf(request({page, review})).review?.items.map((item) => item.extId)).toEqual(['7']);
		expect(viewOf(request({page, review, guide: running('open-user')})).review).toBeUndefined();
	});
});
