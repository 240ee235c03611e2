/*
 * The words `parsePastedMail` recognises in eIAM's discrepancy e-mail, in German, French, Italian and English. We
 * have never seen that e-mail (shared/DESIGN.md "Wizard input by pasting"), so this lists what such a mail plausibly
 * says rather than one layout: field labels (as in the portal's forms and in common mail usage), the words that tell
 * "entered in the portal" from "the registered person", and the lines of mail clients that start another message.
 * Everything is compared folded (`foldWords`): lower case, no accents, punctuation as spaces.
 */

/** What a label names; `parsePastedMail` maps it with the section to one of the wizard's fields. */
export type LabelKind = 'first-name' | 'last-name' | 'email' | 'user-id';

/** Which data set a value belongs to: entered in the portal, or of the person who registered. */
export type Section = 'entered' | 'registered';

/** Lower case, accents removed, every run of other characters than letters and digits a word break. */
export function foldWords(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '');
}

// "Name" alone is left out on purpose: in German and English it can mean the last name or the whole name, and a
// guess would put a full name into the last-name field. FR "Nom" is the last name, IT "Nome" the first name.
const LABELS: Readonly<Record<LabelKind, readonly string[]>> = {
	'first-name': [
		// de
		'Vorname',
		'Vornamen',
		'Rufname',
		// fr
		'Prénom',
		'Prénoms',
		// it
		'Nome',
		'Nome di battesimo',
		// en
		'First name',
		'Firstname',
		'First names',
		'Given name',
		'Given names',
		'Forename',
	],
	'last-name': [
		'Nachname',
		'Familienname',
		'Zuname',
		'Nom',
		'Nom de famille',
		'Cognome',
		'Last name',
		'Lastname',
		'Surname',
		'Family name',
	],
	email: [
		// `E-Mail`, `E-mail` and `E Mail` fold alike; `Email` is one word, hence its own entries.
		'E-Mail',
		'Email',
		'E-Mail-Adresse',
		'Email-Adresse',
		'Email address',
		'Adresse email',
		'Indirizzo email',
		'Mail',
		'Mailadresse',
		'Mail-Adresse',
		'Courriel',
		'Adresse e-mail',
		'Adresse électronique',
		'Adresse courriel',
		'Adresse mail',
		'Indirizzo e-mail',
		'Indirizzo di posta elettronica',
		'Posta elettronica',
		'E-mail address',
		'Mail address',
		'Emailadresse',
	],
	'user-id': [
		'Benutzer-ID',
		'BenutzerID',
		'Benutzerkennung',
		'ExtID',
		'Ext-ID',
		'eIAM-ID',
		'User-ID',
		'UserID',
		'ID utilisateur',
		"ID de l'utilisateur",
		'Identifiant utilisateur',
		"Identifiant de l'utilisateur",
		'ID utente',
		"ID dell'utente",
		'Identificativo utente',
		'IDext',
	],
};

/** Folded labels, longest first, so `E-Mail-Adresse` is taken whole before `E-Mail` or `Mail`. */
export const FOLDED_LABELS: readonly {readonly kind: LabelKind; readonly words: readonly string[]}[] = (
	Object.entries(LABELS) as [LabelKind, readonly string[]][]
)
	.flatMap(([kind, labels]) => labels.map((label) => ({kind, words: foldWords(label)})))
	.sort((a, b) => b.words.length - a.words.length);

// Word beginnings that say "entered in the portal": the portal itself (also inside `Delegationsportal`) and the verbs
// for typing data in. `registr…` is not among them: IT `registrati` can mean "recorded", see `headingSection`.
const PORTAL_WORDS = ['portal', 'portail'];
const ENTERED_STEMS = ['erfass', 'eingegeb', 'eingetrag', 'saisi', 'inser', 'entered', 'captur'];
// Word beginnings that say "the person who registered": DE registriert/Registrierung/angemeldet, FR enregistré/
// inscrit/inscription, IT registrata/registrazione, EN registered/registration/registrant.
const REGISTERED_STEMS = ['registr', 'registe', 'enregistr', 'inscri', 'angemeld', 'anmeld'];
const PERSON_STEMS = ['person'];
// Words that may stand around a field label without changing it: «E-Mail der Person im Portal», «Prénom de la
// personne enregistrée», «Nome (persona registrata)», «Registered user's first name».
const FILLER_WORDS = new Set([
	...['im', 'in', 'der', 'des', 'die', 'dem', 'den', 'von', 'vom', 'bei', 'laut', 'gemass', 'wie', 'am'],
	...['de', 'la', 'le', 'les', 'l', 'd', 'du', 'dans', 'au', 'aux', 'par', 'selon', 'lors', 'comme'],
	...['del', 'della', 'dello', 'dei', 'degli', 'nel', 'nella', 'sul', 'sulla', 'dal', 'dalla', 'da', 'di', 'secondo'],
	...['the', 'of', 'by', 'from', 'as', 'at', 'to', 'according', 's', 'a', 'an', 'per'],
	...['daten', 'angaben', 'donnees', 'informations', 'dati', 'data', 'details', 'eiam'],
	...['benutzer', 'benutzers', 'benutzerin', 'utilisateur', 'utilisatrice', 'utente', 'user'],
]);

const startsWithAny = (word: string, stems: readonly string[]): boolean => stems.some((stem) => word.startsWith(stem));
const isPortalWord = (word: string): boolean => PORTAL_WORDS.some((portal) => word.includes(portal));

/** The section words name: entered, registered, `conflict` when they name both, undefined when neither. */
export function sectionOfWords(words: readonly string[]): Section | 'conflict' | undefined {
	const entered = words.some((word) => isPortalWord(word) || startsWithAny(word, ENTERED_STEMS));
	const registered = words.some((word) => startsWithAny(word, REGISTERED_STEMS));
	if (entered && registered) return 'conflict';
	if (entered) return 'entered';
	return registered ? 'registered' : undefined;
}

/** A word that may stand beside a field label: a section word, a person word or a filler. */
export function isQualifierWord(word: string): boolean {
	return (
		FILLER_WORDS.has(word) ||
		isPortalWord(word) ||
		startsWithAny(word, ENTERED_STEMS) ||
		startsWithAny(word, REGISTERED_STEMS) ||
		startsWithAny(word, PERSON_STEMS)
	);
}

// Headings whose words name both sections but mean one: IT `registrati nel portale` = recorded in the portal.
const HEADING_PHRASES: readonly {readonly words: string; readonly section: Section}[] = [
	{words: 'dati registrati nel portale', section: 'entered'},
	{words: 'registrati nel portale', section: 'entered'},
];

/** Heading lines are short; longer text is a sentence even without a full stop (a wrapped line). */
export const HEADING_MAX_WORDS = 10;

/**
 * The section a heading names (`Im Portal erfasste Daten`, `Données de la personne enregistrée`, `Dati inseriti nel
 * portale`, `Registered person`), `conflict` when it names both (a sentence comparing them), else undefined.
 */
export function headingSection(text: string): Section | 'conflict' | undefined {
	const words = foldWords(text);
	if (words.length === 0 || words.length > HEADING_MAX_WORDS) return undefined;
	const joined = words.join(' ');
	const phrase = HEADING_PHRASES.find((candidate) => joined === candidate.words);
	if (phrase) return phrase.section;
	return sectionOfWords(words);
}

/*
 * Lines where another message starts inside the paste (a reply or a forward): what follows is not the section that
 * came before. Folded text is matched (no accents, lower case, punctuation as spaces).
 */
const ATTRIBUTION_VERB = /\b(?:wrote|schrieb|a ecrit|ha scritto)\b/;
const ATTRIBUTION_MAX_WORDS = 30;
const MESSAGE_SEPARATORS = [
	'original message',
	'ursprungliche nachricht',
	'originalnachricht',
	'message d origine',
	'messaggio originale',
	'forwarded message',
	'weitergeleitete nachricht',
	'message transfere',
	'messaggio inoltrato',
	'begin forwarded message',
	'anfang der weitergeleiteten nachricht',
	'debut du message reexpedie',
	'inizio messaggio inoltrato',
];
// Header lines of a quoted or forwarded message (their addresses are the sender's and recipients', never data).
const MAIL_HEADERS = new Set([
	...['from', 'von', 'de', 'da', 'to', 'an', 'a', 'cc', 'bcc', 'sent', 'gesendet', 'envoye', 'inviato'],
	...['date', 'datum', 'data', 'subject', 'betreff', 'objet', 'oggetto'],
	...['reply to', 'antwort an', 'repondre a', 'rispondi a'],
]);

/**
 * True for `On … wrote:`, `Am … schrieb …:`, `Le … a écrit :`, `Il giorno … ha scritto:` and `Anna <a@b.ch> schrieb am
 * …:` (clients put the date and the sender in either order).
 */
export function isAttributionLine(line: string): boolean {
	if (!line.trimEnd().endsWith(':')) return false;
	const words = foldWords(line);
	return words.length <= ATTRIBUTION_MAX_WORDS && ATTRIBUTION_VERB.test(words.join(' '));
}

/** True for `-----Original Message-----`, `---------- Forwarded message ---------` and their translations. */
export function isMessageSeparator(line: string): boolean {
	const joined = foldWords(line).join(' ');
	return MESSAGE_SEPARATORS.some((separator) => joined === separator || joined.startsWith(`${separator} `));
}

/** True for `From: …`, `Betreff: …`, `À : …`, `Inviato: …` header lines. */
export function isMailHeaderLine(line: string): boolean {
	const colon = line.indexOf(':');
	if (colon < 1) return false;
	return MAIL_HEADERS.has(foldWords(line.slice(0, colon)).join(' '));
}

// Closing formulas: after them comes the signature (names, addresses, phone numbers), never data.
const VALEDICTIONS = [
	...['freundliche grusse', 'mit freundlichen grussen', 'beste grusse', 'liebe grusse', 'herzliche grusse'],
	...['gruss', 'grusse', 'viele grusse', 'freundliche gruss'],
	...['meilleures salutations', 'salutations', 'cordialement', 'bien cordialement', 'avec mes salutations'],
	...['cordiali saluti', 'distinti saluti', 'saluti', 'cordialmente'],
	...['kind regards', 'best regards', 'regards', 'sincerely', 'yours sincerely', 'best wishes'],
];
const VALEDICTION_MAX_WORDS = 8;

/** True for `Freundliche Grüsse`, `Gruss, Hans`, `Meilleures salutations`, `Cordiali saluti`, `Kind regards,` … */
export function isValediction(line: string): boolean {
	const words = foldWords(line);
	if (words.length === 0 || words.length > VALEDICTION_MAX_WORDS) return false;
	const joined = `${words.join(' ')} `;
	return VALEDICTIONS.some((closing) => joined.startsWith(`${closing} `));
}
