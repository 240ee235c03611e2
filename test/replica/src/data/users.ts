import type {Lang} from '../i18n/lang';

/**
 * The people in the user list. Four fixed users match the ExtIDs and statuses of the handbook screenshots
 * (global_onboarding_de.png); any further users are generated deterministically, so `users=10000` gives the same
 * 10,000 people on every machine. Tests name people through FIXTURE_USERS / FIXTURE_IDS.
 */
export type UserStatus = 'active' | 'inactive' | 'toArchive';
/** `none` = the Onboardingstatus cell is empty (the user never got a code). */
export type OnboardingStatus = 'running' | 'completed' | 'none';
export type ProfileStatus = 'active' | 'inactive' | 'archived';

export type Profile = {
	id: string;
	name: string;
	status: ProfileStatus;
	/** Business roles granted to this profile (Erteilte Berechtigungen, one row per business role). */
	grants: string[];
};

export type PortalUser = {
	/** 7-digit eIAM ExtID (Benutzer-ID on the later pages). */
	extId: string;
	salutation: 'mr' | 'mrs' | '';
	firstName: string;
	lastName: string;
	birthDate: string;
	email: string;
	phone: string;
	mobile: string;
	address1: string;
	address2: string;
	country: string;
	city: string;
	postalCode: string;
	language: Lang | '';
	userStatus: UserStatus;
	onboardingStatus: OnboardingStatus;
	/** `1200-<ExtID>-<6 groups of 5>`; empty until an onboarding was started. */
	onboardingCode: string;
	/** When the current code was issued/sent (ms since epoch); codes expire after one month. */
	codeSentAt: number | null;
	profiles: Profile[];
};

export const DAY_MS = 86_400_000;
/** Codes older than this count as expired (the handbook: codes expire after one month). */
export const CODE_VALIDITY_MS = 30 * DAY_MS;

/** ExtIDs of the fixed users, by what a test needs them for. */
export const FIXTURE_IDS = {
	/** Anna Müller: Aktiv, onboarding Abgeschlossen (pencil; menu with "Onboarding zurücksetzen"). */
	active: '2110430',
	/** Luca Bernasconi: Inaktiv, Abgeschlossen (info-circle). */
	inactive: '2115637',
	/** Sophie Favre: Zu archivieren, onboarding Laufend (info-circle). */
	toArchive: '2199249',
	/** Chiara Bianchi: Aktiv, onboarding Laufend, code sent 5 days ago (pencil; menu with reminder / new code). */
	pending: '2376660',
	/** Reto Baumann: Aktiv, no onboarding yet (only present with users >= 5). */
	noOnboarding: '2376663',
} as const;

type FixtureSeed = Pick<
	PortalUser,
	| 'extId'
	| 'salutation'
	| 'firstName'
	| 'lastName'
	| 'email'
	| 'phone'
	| 'language'
	| 'userStatus'
	| 'onboardingStatus'
> & {codeAgeDays: number | null; profile: string; profileId: string; grants: string[]};

const FIXTURE_SEEDS: readonly FixtureSeed[] = [
	{
		extId: FIXTURE_IDS.active,
		salutation: 'mrs',
		firstName: 'Anna',
		lastName: 'Müller',
		email: 'anna.mueller@moncucco.ch',
		phone: '+41 91 960 81 11',
		language: 'de',
		userStatus: 'active',
		onboardingStatus: 'completed',
		codeAgeDays: 94,
		profile: 'KT_Superuser',
		profileId: '1680368',
		grants: ['KT_Superuser'],
	},
	{
		extId: FIXTURE_IDS.inactive,
		salutation: 'mr',
		firstName: 'Luca',
		lastName: 'Bernasconi',
		email: 'luca.bernasconi@eoc.ch',
		phone: '+41 91 811 61 11',
		language: 'it',
		userStatus: 'inactive',
		onboardingStatus: 'completed',
		codeAgeDays: 210,
		profile: '.User',
		profileId: '1554069',
		grants: ['SP_Read_Standort'],
	},
	{
		extId: FIXTURE_IDS.toArchive,
		salutation: 'mrs',
		firstName: 'Sophie',
		lastName: 'Favre',
		email: 'sophie.favre@cardiocentro.org',
		phone: '+41 91 805 31 11',
		language: 'fr',
		userStatus: 'toArchive',
		onboardingStatus: 'running',
		codeAgeDays: 12,
		profile: 'TEST',
		profileId: '1989336',
		grants: ['SP_ErhV_Unternehmen'],
	},
	{
		extId: FIXTURE_IDS.pending,
		salutation: 'mrs',
		firstName: 'Chiara',
		lastName: 'Bianchi',
		email: 'chiara.bianchi@eoc.ch',
		phone: '+41 91 811 45 20',
		language: 'it',
		userStatus: 'active',
		onboardingStatus: 'running',
		codeAgeDays: 5,
		profile: '_User',
		profileId: '1598252',
		grants: ['KT_User'],
	},
	{
		extId: FIXTURE_IDS.noOnboarding,
		salutation: 'mr',
		firstName: 'Reto',
		lastName: 'Baumann',
		email: 'reto.baumann@clinicasantachiara.ch',
		phone: '+41 91 756 41 11',
		language: 'de',
		userStatus: 'active',
		onboardingStatus: 'none',
		codeAgeDays: null,
		profile: 'Profile-CHL1200101017',
		profileId: '1554132',
		grants: [],
	},
];

export const DEFAULT_USER_COUNT = 4;
export const MAX_USER_COUNT = 10_000;

function fixtureUser(seed: FixtureSeed, now: number): PortalUser {
	return {
		extId: seed.extId,
		salutation: seed.salutation,
		firstName: seed.firstName,
		lastName: seed.lastName,
		birthDate: '',
		email: seed.email,
		phone: seed.phone,
		mobile: '',
		address1: '',
		address2: '',
		country: 'CH',
		city: '',
		postalCode: '',
		language: seed.language,
		userStatus: seed.userStatus,
		onboardingStatus: seed.onboardingStatus,
		onboardingCode: seed.onboardingStatus === 'none' ? '' : onboardingCode(seed.extId, 0),
		codeSentAt: seed.codeAgeDays === null ? null : now - seed.codeAgeDays * DAY_MS,
		profiles: [{id: seed.profileId, name: seed.profile, status: 'active', grants: [...seed.grants]}],
	};
}

const FIRST_NAMES: readonly (readonly [string, 'mr' | 'mrs', Lang])[] = [
	['Anna', 'mrs', 'de'],
	['Lukas', 'mr', 'de'],
	['Sara', 'mrs', 'de'],
	['Daniel', 'mr', 'de'],
	['Laura', 'mrs', 'de'],
	['Simon', 'mr', 'de'],
	['Nadine', 'mrs', 'de'],
	['Thomas', 'mr', 'de'],
	['Corinne', 'mrs', 'de'],
	['Stefan', 'mr', 'de'],
	['Andrea', 'mrs', 'de'],
	['Beat', 'mr', 'de'],
	['Claudia', 'mrs', 'de'],
	['Urs', 'mr', 'de'],
	['Monika', 'mrs', 'de'],
	['Sophie', 'mrs', 'fr'],
	['Julien', 'mr', 'fr'],
	['Camille', 'mrs', 'fr'],
	['Nicolas', 'mr', 'fr'],
	['Amandine', 'mrs', 'fr'],
	['Mathieu', 'mr', 'fr'],
	['Céline', 'mrs', 'fr'],
	['Olivier', 'mr', 'fr'],
	['Élodie', 'mrs', 'fr'],
	['François', 'mr', 'fr'],
	['Luca', 'mr', 'it'],
	['Chiara', 'mrs', 'it'],
	['Marco', 'mr', 'it'],
	['Giulia', 'mrs', 'it'],
	['Matteo', 'mr', 'it'],
	['Francesca', 'mrs', 'it'],
	['Alessandro', 'mr', 'it'],
	['Elena', 'mrs', 'it'],
	['Davide', 'mr', 'it'],
	['Valentina', 'mrs', 'it'],
	['Lorenzo', 'mr', 'it'],
	['Martina', 'mrs', 'it'],
	['Fabio', 'mr', 'it'],
	['Federica', 'mrs', 'it'],
	['Gian Luca', 'mr', 'it'],
	['Noah', 'mr', 'de'],
	['Mia', 'mrs', 'de'],
	['Jonas', 'mr', 'de'],
	['Lea', 'mrs', 'de'],
	['Reto', 'mr', 'de'],
	['Nathalie', 'mrs', 'fr'],
	['Sébastien', 'mr', 'fr'],
	['Manon', 'mrs', 'fr'],
	['Loïc', 'mr', 'fr'],
	['Anne-Laure', 'mrs', 'fr'],
];

const LAST_NAMES: readonly string[] = [
	'Müller',
	'Meier',
	'Schmid',
	'Keller',
	'Weber',
	'Huber',
	'Schneider',
	'Meyer',
	'Steiner',
	'Fischer',
	'Gerber',
	'Brunner',
	'Baumann',
	'Frei',
	'Zimmermann',
	'Moser',
	'Widmer',
	'Wyss',
	'Graf',
	'Roth',
	'Favre',
	'Rochat',
	'Jaquet',
	'Perrin',
	'Bonvin',
	'Chevalley',
	'Rey',
	'Girard',
	'Dubois',
	'Morel',
	'Mercier',
	'Python',
	'Cuénod',
	'Pittet',
	'Gay',
	'Bernasconi',
	'Rossi',
	'Bianchi',
	'Ferrari',
	'Colombo',
	'Lombardi',
	'Fontana',
	'Galli',
	'Pedrazzini',
	'Lepori',
	'Cattaneo',
	'Bernardoni',
	'Gianella',
	'Righetti',
	'Zanetti',
	'Bottinelli',
	'Ghirlanda',
	'Cereghetti',
	'Induni',
	'Soldati',
	'Von Arx',
	'De Marchi',
	"Dell'Acqua",
	'Käser',
	'Schär',
	'Bärtschi',
	'Lüthi',
	'Kälin',
	'Nüesch',
	'Jäggi',
];

/** Professional addresses of the Ticino hospitals (no private mail providers). */
const DOMAINS: readonly string[] = [
	'eoc.ch',
	'cardiocentro.org',
	'moncucco.ch',
	'clinicasantanna.ch',
	'clinicasantachiara.ch',
	'clinica-hildebrand.ch',
	'arsmedica.ch',
	'clinicavarini.ch',
	'clinicaalparco.ch',
	'clinicasantacroce.ch',
];

/**
 * Private providers for the `privatemail=` scenario (all on the extension's list of private domains, which a unit
 * test checks): the access review must flag such addresses.
 */
export const PRIVATE_MAIL_DOMAINS: readonly string[] = [
	'bluewin.ch',
	'gmail.com',
	'gmx.ch',
	'hotmail.com',
	'sunrise.ch',
];

const PREFIXES: readonly string[] = ['811', '805', '960', '756', '910', '985', '822', '935'];

/** Mulberry32: small, fast and deterministic. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

function hash(text: string): number {
	let h = 2_166_136_261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
	return h >>> 0;
}

function pick<T>(items: readonly T[], rnd: () => number): T {
	const item = items[Math.floor(rnd() * items.length)];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}

const ALPHANUMERIC = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `1200-<ExtID>-<6 groups of 5 alphanumerics>`; `version` makes a new code after a resend. */
export function onboardingCode(extId: string, version: number): string {
	const rnd = random(hash(`${extId}#${version}`));
	const groups = Array.from({length: 6}, () =>
		Array.from({length: 5}, () => ALPHANUMERIC[Math.floor(rnd() * ALPHANUMERIC.length)]).join(''),
	);
	return ['1200', extId, ...groups].join('-');
}

/** ASCII local part of an e-mail address: `Müller` → `mueller`, `Dell'Acqua` → `dellacqua`. */
export function emailLocalPart(name: string): string {
	return name
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z-]/g, '');
}

/** The i-th generated user (i >= 0), independent of how many are generated. */
function generatedUser(index: number, extId: string, now: number, usedEmails: Set<string>): PortalUser {
	const rnd = random(hash(`user#${index}`));
	const [firstName, salutation, language] = pick(FIRST_NAMES, rnd);
	const lastName = pick(LAST_NAMES, rnd);
	const domain = pick(DOMAINS, rnd);
	let email = `${emailLocalPart(firstName)}.${emailLocalPart(lastName)}@${domain}`;
	for (let n = 2; usedEmails.has(email); n++) {
		email = `${emailLocalPart(firstName)}.${emailLocalPart(lastName)}${n}@${domain}`;
	}
	usedEmails.add(email);
	const roll = rnd();
	const userStatus: UserStatus = roll < 0.8 ? 'active' : roll < 0.94 ? 'inactive' : 'toArchive';
	const onboardingRoll = rnd();
	const onboardingStatus: OnboardingStatus =
		userStatus === 'inactive'
			? 'completed'
			: onboardingRoll < 0.7
				? 'completed'
				: onboardingRoll < 0.95
					? 'running'
					: 'none';
	const codeAgeDays = onboardingStatus === 'running' ? 1 + Math.floor(rnd() * 25) : 40 + Math.floor(rnd() * 600);
	const phone = `+41 91 ${pick(PREFIXES, rnd)} ${String(10 + Math.floor(rnd() * 90))} ${String(10 + Math.floor(rnd() * 90))}`;
	const grant = pick(['KT_User', 'KT_Read', 'SP_ErhV_Standort', 'SP_Read_Standort', 'SP_ErhV_Unternehmen'], rnd);
	return {
		extId,
		salutation,
		firstName,
		lastName,
		birthDate: '',
		email,
		phone,
		mobile: '',
		address1: '',
		address2: '',
		country: 'CH',
		city: '',
		postalCode: '',
		language,
		userStatus,
		onboardingStatus,
		onboardingCode: onboardingStatus === 'none' ? '' : onboardingCode(extId, 0),
		codeSentAt: onboardingStatus === 'none' ? null : now - codeAgeDays * DAY_MS,
		profiles: [{id: String(1_500_000 + (hash(extId) % 500_000)), name: '_User', status: 'active', grants: [grant]}],
	};
}

export type UserListOptions = {
	/** How many users the list holds (fixtures first), 0 … MAX_USER_COUNT. */
	count: number;
	/** ExtIDs whose onboarding is running with a fresh code (sent 2 days ago). */
	pending?: readonly string[];
	/** ExtIDs whose onboarding is running with a code sent more than a month ago (40 days). */
	expired?: readonly string[];
	/** ExtIDs whose e-mail address is at a private provider (same local part, PRIVATE_MAIL_DOMAINS). */
	privateMail?: readonly string[];
	/** Reference time for code dates (tests pin it). */
	now?: number;
};

/**
 * The list of users for a scenario: the first min(count, 5) fixtures, then generated users with unique 7-digit
 * ExtIDs (a fixed permutation of 1000000 … 9999999, so ids look random but never repeat).
 */
export function buildUsers(options: UserListOptions): PortalUser[] {
	const now = options.now ?? Date.now();
	const count = Math.max(0, Math.min(MAX_USER_COUNT, Math.floor(options.count)));
	const users = FIXTURE_SEEDS.slice(0, count).map((seed) => fixtureUser(seed, now));
	const taken = new Set(users.map((user) => user.extId));
	const usedEmails = new Set(users.map((user) => user.email));
	for (let i = 0, n = 0; users.length < count; i++) {
		// 7919 is prime and coprime with 9,000,000, so i -> id is a permutation of the 7-digit numbers.
		const extId = String(1_000_000 + ((i * 7919 + 4_242_421) % 9_000_000));
		if (taken.has(extId)) continue;
		taken.add(extId);
		users.push(generatedUser(n++, extId, now, usedEmails));
	}
	for (const user of users) {
		if (options.pending?.includes(user.extId)) setRunning(user, now - 2 * DAY_MS);
		if (options.expired?.includes(user.extId)) setRunning(user, now - 40 * DAY_MS);
		if (options.privateMail?.includes(user.extId)) user.email = privateAddress(user);
	}
	return users;
}

/** The person's address at a private provider: the same local part, a provider chosen by the ExtID. */
export function privateAddress(user: Pick<PortalUser, 'extId' | 'email'>): string {
	const local = user.email.split('@')[0] ?? user.email;
	const domain = PRIVATE_MAIL_DOMAINS[hash(user.extId) % PRIVATE_MAIL_DOMAINS.length];
	return `${local}@${domain ?? 'gmail.com'}`;
}

function setRunning(user: PortalUser, sentAt: number): void {
	user.onboardingStatus = 'running';
	user.onboardingCode ||= onboardingCode(user.extId, 0);
	user.codeSentAt = sentAt;
}

export function fullName(user: Pick<PortalUser, 'firstName' | 'lastName'>): string {
	return `${user.firstName} ${user.lastName}`;
}

export function isCodeExpired(user: Pick<PortalUser, 'codeSentAt'>, now = Date.now()): boolean {
	return user.codeSentAt !== null && now - user.codeSentAt > CODE_VALIDITY_MS;
}

/**
 * The fixed users, in list order (the default list shows the first DEFAULT_USER_COUNT). Code dates here are
 * relative to time 0; the list built for a session uses its own start time.
 */
export const FIXTURE_USERS: readonly PortalUser[] = FIXTURE_SEEDS.map((seed) => fixtureUser(seed, 0));
