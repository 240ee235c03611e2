import {describe, expect, test} from 'vitest';
import {
	LABELS,
	PAGE_LABELS,
	entryKeysIn,
	labelText,
	matchesLabel,
	type LabelVariants,
} from '../../../src/portal/labels';
import {matchKey} from '../../../src/portal/normalize-text';
import {LANGS, type Lang} from '../../../src/shared/lang';
import {LABEL_KEYS, type LabelKey} from '../../../src/shared/target';
import catalog from '../../replica/labels.json';

type Entry = Partial<Record<'de' | 'fr' | 'it' | 'en_proposed', unknown>>;
const pages = catalog as unknown as Record<string, Record<string, Entry>>;

/** Where each catalog entry's texts come from in labels.json (`page.key`). */
const SOURCES: Record<LabelKey, readonly string[]> = {
	userManagement: ['home.topTabUserManagement'],
	delegatedManagement: ['home.userManagementMenuDelegated'],
	continue: [
		'unitSelection.continueButton',
		'userSelection.continueButton',
		'permissions.continueButton',
		'termsOfUse.continueButton',
	],
	backToUnits: ['userSelection.backButton'],
	backToUsers: ['permissions.backButton'],
	backToPermissions: ['overview.backButton'],
	personSelector: ['userSelection.personSelectorButton'],
	addUser: ['userSelection.addUserButton'],
	deleteArchiveUser: ['userSelection.menuDeleteArchiveUser'],
	deactivateUser: ['userSelection.menuDeactivateUser'],
	sendOnboardingReminder: ['userSelection.menuSendOnboardingReminder'],
	sendNewOnboardingCode: ['userSelection.menuSendNewOnboardingCode'],
	resetOnboarding: ['userSelection.menuResetOnboarding'],
	cancel: ['createUser.cancelButton'],
	saveAndCreateAnother: ['createUser.saveAndCreateAnotherButton'],
	saveAndBackToList: ['createUser.saveAndBackToListButton'],
	saveAndContinue: ['createUser.saveAndContinueButton'],
	firstName: ['createUser.firstName'],
	lastName: ['createUser.lastName'],
	email: ['createUser.email', 'userSelection.colEmail'],
	addProfile: ['permissions.addProfileButton'],
	archiveProfile: ['permissions.profileMenuArchive'],
	deactivateProfile: ['permissions.profileMenuDeactivate'],
	tabGrant: ['permissions.tabGrant'],
	tabGrantDelegated: ['permissions.tabGrantDelegated'],
	grant: ['permissions.grantButton'],
	showMore: ['overview.showMore'],
	justification: ['overview.justificationLabel'],
	startOnboardingManually: ['overview.startOnboardingManuallyButton'],
	sendNotificationEmail: ['overview.sendNotificationEmailButton'],
	manageOtherUsers: ['completed.manageOtherUsersButton'],
	print: ['completed.printButton'],
	sendOnboardingCode: ['completed.sendOnboardingCodeButton'],
	close: ['completed.closeButton'],
};

const PAGE_SOURCES: Partial<Record<keyof typeof PAGE_LABELS, readonly string[]>> = {
	navHome: ['home.topTabHome'],
	welcome: ['home.welcome'],
	titleUnitSelection: ['unitSelection.title'],
	titleUserSelection: ['userSelection.title'],
	titleCreateUser: ['createUser.dialogTitle'],
	titlePermissions: ['permissions.title'],
	titleOverview: ['overview.title'],
	titleCompleted: ['completed.title'],
	colUnit: ['permissions.colUnit', 'overview.colUnit'],
	colUnitId: ['unitSelection.colUnitId'],
	colClient: ['unitSelection.colClient'],
	colExtId: ['userSelection.colExtId'],
	colFirstName: [
		'userSelection.colFirstName',
		'permissions.colFirstName',
		'overview.colFirstName',
		'completed.fieldFirstName',
	],
	colLastName: [
		'userSelection.colLastName',
		'permissions.colLastName',
		'overview.colLastName',
		'completed.fieldLastName',
	],
	colEmail: ['userSelection.colEmail', 'permissions.colEmail', 'overview.colEmail', 'completed.fieldEmail'],
	colUserId: ['permissions.colUserId', 'overview.colUserId', 'completed.fieldUserId'],
	colUserStatus: ['userSelection.colUserStatus'],
	colOnboardingStatus: ['userSelection.colOnboardingStatus'],
	colActions: ['unitSelection.colActions', 'userSelection.colActions'],
	fieldOnboardingCode: ['completed.fieldOnboardingCode'],
	statusActive: ['userSelection.userStatusActive', 'unitSelection.statusActive'],
	statusInactive: ['userSelection.userStatusInactive'],
	statusToArchive: ['userSelection.userStatusToArchive'],
	onboardingPending: ['userSelection.onboardingStatusRunning'],
	onboardingCompleted: ['userSelection.onboardingStatusCompleted'],
};

function sourceText(source: string, lang: Lang): string | undefined {
	const [page = '', key = ''] = source.split('.');
	const value = pages[page]?.[key]?.[lang === 'en' ? 'en_proposed' : lang];
	if (value === undefined) throw new Error(`labels.json has no ${source}`);
	return typeof value === 'string' ? value : undefined;
}

function coverage(entry: LabelVariants, sources: readonly string[]): string[] {
	const missing: string[] = [];
	for (const source of sources) {
		for (const lang of LANGS) {
			const text = sourceText(source, lang);
			if (text !== undefined && !entryKeysIn(entry, lang).has(matchKey(text)))
				missing.push(`${source}.${lang}: ${text}`);
		}
	}
	return missing;
}

describe('the label catalog against labels.json', () => {
	test.each(LABEL_KEYS)('%s covers every text the portal shows for it', (key) => {
		expect(coverage(LABELS[key], SOURCES[key])).toEqual([]);
	});

	test.each(Object.keys(PAGE_SOURCES))('page label %s covers labels.json', (key) => {
		const name = key as keyof typeof PAGE_LABELS;
		expect(coverage(PAGE_LABELS[name], PAGE_SOURCES[name] ?? [])).toEqual([]);
	});

	test.each(LABEL_KEYS)('%s is quoted exactly as the portal shows it (first entry)', (key) => {
		for (const lang of LANGS) {
			const shown = sourceText(SOURCES[key][0] ?? '', lang);
			if (shown !== undefined) expect(labelText(key, lang)).toBe(shown.trim());
		}
	});

	test('no two guide labels can be confused in one language', () => {
		for (const lang of LANGS) {
			const owner = new Map<string, LabelKey>();
			for (const key of LABEL_KEYS) {
				for (const variant of entryKeysIn(LABELS[key], lang)) {
					expect(owner.get(variant), `${lang} "${variant}" in ${key}`).toBeUndefined();
					owner.set(variant, key);
				}
			}
		}
	});

	test('the three page titles that look alike differ', () => {
		for (const lang of LANGS) {
			const titles = [
				PAGE_LABELS.titlePermissions,
				PAGE_LABELS.titleOverview,
				PAGE_LABELS.titleCompleted,
				PAGE_LABELS.titleUnitSelection,
				PAGE_LABELS.titleUserSelection,
			];
			const keys = titles.flatMap((entry) => [...entryKeysIn(entry, lang)]);
			expect(new Set(keys).size).toBe(keys.length);
		}
	});
});

describe('matching a text against a label', () => {
	test('ignores case, whitespace, nbsp, apostrophe shape and a trailing period', () => {
		expect(matchesLabel('  weiter ', LABELS.continue)).toBe(true);
		expect(matchesLabel('Neuen\u00A0Benutzer\n  hinzufügen', LABELS.addUser)).toBe(true);
		expect(matchesLabel('Revenir à la sélection de l\u2019unité', LABELS.backToUnits)).toBe(true);
		expect(matchesLabel('Inviare il codice di registrazione via e-mail', LABELS.sendOnboardingCode)).toBe(true);
		expect(matchesLabel(' Mehr anzeigen', LABELS.showMore)).toBe(true);
	});

	test('knows both spellings of the German e-mail label', () => {
		expect(matchesLabel('E-Mail Adresse', LABELS.email, 'de')).toBe(true);
		expect(matchesLabel('E-Mail-Adresse', LABELS.email, 'de')).toBe(true);
	});

	test('restricted to one language, another language does not match', () => {
		expect(matchesLabel('Continuer', LABELS.continue, 'fr')).toBe(true);
		expect(matchesLabel('Continuer', LABELS.continue, 'de')).toBe(false);
	});

	test('an empty text matches nothing', () => {
		expect(matchesLabel('', LABELS.continue)).toBe(false);
		expect(matchesLabel(null, LABELS.continue)).toBe(false);
	});
});
